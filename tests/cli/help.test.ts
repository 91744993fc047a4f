// Help that teaches: every command says what it is for and shows two examples; hypo
// alone in an empty folder points to init; a typo gets the nearest command.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { runCli, silentContext } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const ctx = silentContext();
const program = buildProgram(ctx, () => {});
const commands = program
  .createHelp()
  .visibleCommands(program)
  .map((command) => command.name())
  .filter((name) => name !== 'help');

describe('command help', () => {
  it('lists the new commands', () => {
    expect(commands).toEqual(expect.arrayContaining(['export', 'import', 'completion', 'init', 'check', 'report']));
    expect(commands).not.toContain('__complete');
  });

  for (const name of commands) {
    it(`hypo ${name} --help: a one-line purpose and at least two examples`, async () => {
      const { code, stdout } = await runCli([name, '--help']);
      expect(code).toBe(0);
      const [usage, blank, purpose] = stdout.split('\n');
      expect(usage).toMatch(new RegExp(`^Usage: hypo ${name}\\b`));
      expect(blank).toBe('');
      expect(purpose!.length).toBeGreaterThan(15);
      expect(program.commands.find((command) => command.name() === name)!.description()).not.toContain('\n');
      const examples = /\nExamples:\n((?: {2}(?:hypo|source|eval) .*\n)+)/.exec(stdout)?.[1]?.trimEnd().split('\n') ?? [];
      expect(examples.length, `${name}: ${stdout}`).toBeGreaterThanOrEqual(2);
      expect(stdout.match(/Examples:/g)).toHaveLength(1);
    });
  }

  it('shows init’s --vscode flag', async () => {
    expect((await runCli(['init', '--help'])).stdout).toContain('--vscode');
  });
});

describe('hypo --help', () => {
  it('lists the commands in groups, then examples and where the guides are', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    const groups = [...stdout.matchAll(/^([A-Z][a-z ]+):\n((?: {2}.*\n)+)/gm)].map(([, heading, body]) => [
      heading,
      [...body!.matchAll(/^ {2}([a-z_]+)\b/gm)].map(([, name]) => name),
    ]);
    expect(groups).toEqual([
      ['Options', expect.any(Array)],
      ['Records', ['check', 'init', 'new', 'set', 'status', 'decide', 'link', 'rename', 'list', 'show']],
      ['History', ['stale', 'affected', 'acted', 'log']],
      ['Reports', ['report', 'trend', 'journey', 'next', 'methods']],
      ['Integrations', ['export', 'import', 'completion']],
      ['Help', ['help']],
      ['Examples', ['hypo', 'hypo', 'hypo', 'hypo', 'hypo']],
      ['Learn more', ['hypo', 'the']],
    ]);
    const guides = /^ {2}the guides, getting-started\.md first: (.*)$/m.exec(stdout)?.[1];
    expect(existsSync(`${guides}getting-started.md`)).toBe(true);
    for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80 + (guides?.length ?? 0));
  });

  it('is what hypo alone prints, examples included', async () => {
    const alone = await runCli([], { cwd: makeRepo().root });
    expect(alone.stdout).toBe((await runCli(['--help'])).stdout);
  });
});

describe('hypo without arguments', () => {
  it('suggests hypo init in a folder without a config and without records', async () => {
    const dir = makeRepo({}, { config: false });
    const { rmSync } = await import('node:fs');
    rmSync(`${dir.root}/learning`, { recursive: true });
    const result = await runCli([], { cwd: dir.root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: hypo');
    expect(result.stdout).toMatch(/\nThere is no hypo\.config\.yaml and no learning\/ folder here: start with hypo init\n$/);
  });

  it('does not, where there are records or a config', async () => {
    expect((await runCli([], { cwd: makeRepo({}, { config: false }).root })).stdout).not.toContain('hypo init');
    expect((await runCli([], { cwd: makeRepo().root })).stdout).not.toContain('start with hypo init');
  });
});

describe('a mistyped command', () => {
  it.each([
    ['exprot', 'export'],
    ['complet', 'completion'],
    ['stal', 'stale'],
  ])('%s suggests %s', async (typed, meant) => {
    const result = await runCli([typed]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`hypo: unknown command '${typed}'`);
    expect(result.stderr).toContain(`(Did you mean ${meant}?)`);
  });
});
