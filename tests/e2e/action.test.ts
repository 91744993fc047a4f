// The GitHub Action (action.yml), the sample workflow that uses it and the pre-commit
// hook, run as CI would run them: each step's script goes through bash with the
// inputs filled in, `npx` and `npm` recording what they were asked to run, and the
// hypo commands recorded are then run in process on a git copy of the example.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyExample } from '../helpers/example-copy.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | boolean>;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const logs = mkdtempSync(path.join(tmpdir(), 'hypo-action-'));
afterAll(() => rmSync(logs, { recursive: true, force: true }));
let runs = 0;

/** What a step runs in: its folder (from `working-directory`) and the command lines. */
interface Ran {
  folder: string;
  argv: string[];
}

/** `${{ inputs.name }}` → the value given, else the input's default. */
function substitute(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '');
}

/** The commands a script runs, with `npx` and `npm` replaced by functions that record their arguments. */
function commandsOf(script: string, env: Record<string, string>): string[][] {
  const log = path.join(logs, `calls-${++runs}`);
  const record = (name: string) => `${name}() { printf '%s\\037' ${name} "$@" >> "$CALLS"; printf '\\036' >> "$CALLS"; }`;
  execFileSync('bash', ['-euo', 'pipefail', '-c', `${record('npx')}\n${record('npm')}\n${script}`], {
    env: { PATH: process.env.PATH, ...env, CALLS: log, GITHUB_STEP_SUMMARY: '/dev/null' },
  });
  const calls = existsSync(log) ? readFileSync(log, 'utf8').split('\x1e').filter(Boolean) : [];
  return calls.map((call) => call.split('\x1f').filter((word, index, words) => index < words.length - 1 || word !== ''));
}

/** The action's steps with `with` values over the inputs' defaults: what each `run:` step runs. */
function runAction(given: Record<string, string> = {}): Ran[] {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, given[name] ?? input.default ?? '']));
  return action.runs.steps.filter((step) => step.run !== undefined).flatMap((step) => runStep(step, inputs));
}

function runStep(step: Step, inputs: Record<string, string>): Ran[] {
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, substitute(String(value), inputs)]));
  const folder = substitute(step['working-directory'] ?? '.', inputs);
  return commandsOf(substitute(step.run!, inputs), env).map((argv) => ({ folder, argv }));
}

/** `npx [--no-install] hypo …` → hypo's arguments; anything else is not hypo. */
function hypoArgs(argv: readonly string[]): string[] | undefined {
  const words = argv[0] === 'npx' ? argv.slice(1).filter((word) => word !== '--no-install') : [];
  return words[0] === 'hypo' ? words.slice(1) : undefined;
}

/** The git copy of the example, made once: the hypo commands of the action and the workflow only read it. */
let example: TempRepo | undefined;
function exampleRepo(): TempRepo {
  if (example) return example;
  example = makeRepo({}, { git: true, config: false, lifetime: 'file' });
  // The documented workflow is a team's that keeps hypo's default language: the example's `lang: sv` goes.
  copyExample(example.root, { lang: false });
  example.commit('The example', '2026-10-01');
  return example;
}

async function runHypoCommands(ran: readonly Ran[]) {
  const repo = exampleRepo();
  const results = [];
  for (const { folder, argv } of ran) {
    const args = hypoArgs(argv);
    if (args) results.push({ args, ...(await runCli(['-C', path.join(repo.root, folder), ...args])) });
  }
  return results;
}

describe('action.yml', () => {
  it('is a composite action with documented inputs and defaults', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['install', 'node-version', 'stale-fail', 'working-directory']);
    expect(action.inputs['stale-fail']!.default).toBe('false');
    expect(action.inputs['working-directory']!.default).toBe('.');
    expect(action.inputs['node-version']!.default).toBe('20');
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20);
    expect(action.runs.steps.find((step) => step.uses)?.uses).toMatch(/^actions\/setup-node@v\d+$/);
  });

  it('posts nothing by itself: no comment, no summary, no API call', () => {
    for (const step of action.runs.steps) expect(step.run ?? '').not.toMatch(/GITHUB_STEP_SUMMARY|GITHUB_OUTPUT|\bgh\b|curl|github-script/);
    expect(action.runs.steps.every((step) => !step.uses || step.uses.startsWith('actions/setup-node'))).toBe(true);
  });

  it('with the defaults, installs, checks, and flags stale assumptions without failing', async () => {
    const ran = runAction();
    expect(ran.map(({ argv }) => argv.join(' '))).toEqual([
      'npm ci',
      'npx --no-install hypo check --format github',
      'npx --no-install hypo stale --format github --warn',
    ]);
    const [check, stale] = await runHypoCommands(ran);
    expect(check).toMatchObject({ code: 0, stderr: '' });
    // The example's six statements without a reason warn, as the issue of the quality rules describes; warnings never fail.
    expect(check!.stdout.match(/title=hypo statement-no-reason::/g)).toHaveLength(6);
    expect(check!.stdout).toMatch(/^hypo check: 0 error\(s\), 6 warning\(s\) in \d+ file\(s\)$/m);
    expect(stale!.code).toBe(0);
    expect(stale!.stdout).toMatch(/^::warning file=learning\/hypotheses\/[a-z0-9-]+\.yaml,line=\d+,title=hypo stale%3A /m);
  });

  it('fails on stale assumptions with stale-fail, and skips npm ci with install: false', async () => {
    const ran = runAction({ 'stale-fail': 'true', install: 'false' });
    expect(ran.map(({ argv }) => argv.join(' '))).toEqual(['npx --no-install hypo check --format github', 'npx --no-install hypo stale --format github']);
    const [, stale] = await runHypoCommands(ran);
    expect(stale!.code).toBe(1);
    expect(stale!.stdout).toMatch(/^::error file=learning\/hypotheses\//m);
  });

  it('runs in working-directory', async () => {
    const ran = runAction({ 'working-directory': 'learning/..' });
    expect(ran.every(({ folder }) => folder === 'learning/..')).toBe(true);
    const [check] = await runHypoCommands(ran);
    expect(check!.code).toBe(0);
  });
});

describe('examples/ci/hypo.yml', () => {
  const workflow = parse(readFileSync(path.join(ROOT, 'examples/ci/hypo.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs)[0]!.steps;

  it('uses the action from the checkout, with the full history, and puts the report in the job summary', async () => {
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    const ran = steps.flatMap((step): Ran[] => {
      if (step.uses === './') return runAction(Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, String(value)])));
      return step.run ? runStep(step, {}) : [];
    });
    expect(ran.map(({ argv }) => hypoArgs(argv)?.[0] ?? argv.join(' '))).toEqual(['npm ci', 'check', 'stale', 'report']);
    expect(steps.at(-1)!.run).toBe('npx hypo report --format markdown >> "$GITHUB_STEP_SUMMARY"');
    const [check, stale, report] = await runHypoCommands(ran);
    expect(check!.code).toBe(0);
    expect(stale!.code).toBe(0); // stale-fail: false
    expect(report).toMatchObject({ code: 0, stderr: '' });
    expect(report!.stdout).toMatch(/^# Learning loop report/);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('offers hypo-check for the pre-commit framework', () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    // What the commit will hold, on every commit: a commit that only deletes a record passes pre-commit no YAML file.
    expect(hooks).toEqual([
      expect.objectContaining({ id: 'hypo-check', entry: 'hypo check --staged', language: 'node', always_run: true, pass_filenames: false }),
    ]);
    expect(hooks[0]!.files).toBeUndefined();
  });
});
