// Shell completion as a shell uses it: bash sources the script the built CLI prints and
// calls the completion function with COMP_WORDS set, as it does on Tab.
import { execFile, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DECISION_ACTIONS, EXPERIMENT_METHODS, EXPERIMENT_STATUSES, HYPOTHESIS_STATUSES, KINDS } from '../../src/model/vocabulary.js';
import { ACTED_STATES } from '../../src/report/acted-model.js';
import { HYPOTHESIS, VALID_FILES } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const BIN = fileURLToPath(new URL('../../bin/hypo.js', import.meta.url));

/**
 * The script the built CLI prints for bash, saved once: it is the same for every completion,
 * and printing it costs a node start each time (bash itself starts in milliseconds).
 */
let bashScript: string | undefined;
function bashScriptFile(): string {
  if (bashScript) return bashScript;
  const printed = spawnSync(process.execPath, [BIN, 'completion', 'bash'], { encoding: 'utf8' });
  expect(printed.stderr).toBe('');
  expect(printed.status).toBe(0);
  const file = path.join(makeTempDir('hypo-completion-', 'file'), 'hypo.bash');
  writeFileSync(file, printed.stdout);
  bashScript = file;
  return file;
}

/** The bash script that completes `words` (the last one is the word being completed). */
function completionScript(words: string[]): string {
  const quoted = words.map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
  return [
    `hypo() { node '${BIN}' "$@"; }`,
    `source '${bashScriptFile()}'`,
    `COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}`,
    '_hypo',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
}

const offered = (stdout: string) => stdout.split('\n').filter(Boolean).sort();

/** What bash offers for the words typed. */
function complete(words: string[], cwd = process.cwd()): string[] {
  const result = spawnSync('bash', ['-c', completionScript(words)], { cwd, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return offered(result.stdout);
}

/** The same, without waiting: completing ids starts hypo, and such completions can run side by side. */
async function completeAsync(words: string[], cwd = process.cwd()): Promise<string[]> {
  const result = await promisify(execFile)('bash', ['-c', completionScript(words)], { cwd, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return offered(result.stdout);
}

function hasShell(shell: string): boolean {
  return spawnSync(shell, ['-c', 'exit 0']).status === 0;
}

describe('hypo completion bash', () => {
  it('completes command names', () => {
    expect(complete(['hypo', 'st'])).toEqual(['stale', 'status']);
    expect(complete(['hypo', 'exp'])).toEqual(['export']);
    expect(complete(['hypo', ''])).not.toContain('__complete');
  });

  it('completes the flags of a command, and the values of a flag', () => {
    expect(complete(['hypo', 'check', '--f'])).toEqual(['--format']);
    expect(complete(['hypo', 'check', '--format', ''])).toEqual(['github', 'json', 'text']);
    expect(complete(['hypo', 'report', '--format', ''])).toEqual(['html', 'json', 'markdown', 'text']);
    expect(complete(['hypo', '--'])).toEqual(expect.arrayContaining(['--cwd', '--no-color', '--help']));
  });

  it('completes the words of the format: kinds, statuses, methods, decision actions', () => {
    expect(complete(['hypo', 'new', ''])).toEqual([...KINDS].sort());
    expect(complete(['hypo', 'list', '--kind', ''])).toEqual([...KINDS].sort());
    expect(complete(['hypo', 'new', 'experiment', 'Panel', '--method', ''])).toEqual([...EXPERIMENT_METHODS].sort());
    expect(complete(['hypo', 'decide', 'some-insight', ''])).toEqual([...DECISION_ACTIONS].sort());
    expect(complete(['hypo', 'status', 'some-id', ''])).toEqual(expect.arrayContaining([...HYPOTHESIS_STATUSES]));
    expect(complete(['hypo', 'completion', ''])).toEqual(['bash', 'fish', 'zsh']);
    // --fail-on takes the statuses of records in `affected`, and the states of decisions in `acted`.
    expect(complete(['hypo', 'affected', '--fail-on', ''])).toEqual([...HYPOTHESIS_STATUSES].sort());
    expect(complete(['hypo', 'acted', '--fail-on', ''])).toEqual([...ACTED_STATES].sort());
  });

  it('completes record ids from the repository, here or after -C', async () => {
    const repo = makeRepo(VALID_FILES);
    const empty = makeRepo({}, { config: false });
    const [here, prefix, afterC, linkFlag, none] = await Promise.all([
      completeAsync(['hypo', 'show', ''], repo.root),
      completeAsync(['hypo', 'show', 'riders-w'], repo.root),
      completeAsync(['hypo', '-C', repo.root, 'show', '--format', 'json', 'r']),
      completeAsync(['hypo', '-C', repo.root, 'new', 'experiment', 'Panel', '--tests', 'r']),
      completeAsync(['hypo', 'show', ''], empty.root),
    ]);
    expect(here).toEqual(['departures-panel', 'riders-plan-at-home', 'riders-want-realtime']);
    expect(prefix).toEqual(['riders-want-realtime']);
    expect(afterC).toEqual(['riders-plan-at-home', 'riders-want-realtime']);
    expect(linkFlag).toEqual(['riders-want-realtime']); // --tests takes hypotheses only
    expect(none).toEqual([]); // no records: nothing, and no error
  });

  it.runIf(hasShell('zsh'))('prints a zsh script zsh can read', () => {
    const script = spawnSync(process.execPath, [BIN, 'completion', 'zsh'], { encoding: 'utf8' }).stdout;
    expect(script).toMatch(/^#compdef hypo\n/);
    expect(spawnSync('zsh', ['-n'], { input: script }).status).toBe(0);
  });

  it.runIf(hasShell('fish'))('prints a fish script fish can read', () => {
    const repo = makeRepo();
    const file = repo.write('hypo.fish', spawnSync(process.execPath, [BIN, 'completion', 'fish'], { encoding: 'utf8' }).stdout);
    expect(spawnSync('fish', ['--no-execute', file], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
  });
});

describe('hypo completion, in process', () => {
  it('covers every command and flag in each shell', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const { stdout, code } = await runCli(['completion', shell]);
      expect(code).toBe(0);
      for (const word of ['check', 'import', 'export', 'completion', 'vscode', 'dry-run', 'bom', 'persevere', 'fake-door']) expect(stdout).toContain(word);
      expect(stdout).toContain('__complete');
      expect(stdout).toMatch(/ids[: ]hypothesis\b/);
    }
  });

  it('refuses an unknown shell, suggesting the nearest', async () => {
    const result = await runCli(['completion', 'bsh']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hypo completes bash, zsh, fish — not "bsh" (did you mean "bash"?)');
  });

  it('prints ids one per line for `__complete ids`, and nothing outside a repository', async () => {
    const repo = makeRepo(VALID_FILES);
    expect(await runCli(['-C', repo.root, '__complete', 'ids'])).toEqual({
      code: 0,
      stdout: 'departures-panel\nriders-plan-at-home\nriders-want-realtime\n',
      stderr: '',
    });
    const empty = makeRepo({}, { config: false });
    expect(await runCli(['-C', empty.root, '__complete', 'ids'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it("prints the ids of the kinds asked for, found by each file's kind: line wherever it lies", async () => {
    const repo = makeRepo({ ...VALID_FILES, 'learning/misc/riders-pay-by-swish.yaml': HYPOTHESIS, 'learning/misc/broken.yaml': 'title: no kind\n' });
    const ids = async (...words: string[]) => (await runCli(['-C', repo.root, '__complete', 'ids', ...words])).stdout;
    expect(await ids('hypothesis')).toBe('riders-pay-by-swish\nriders-want-realtime\n');
    expect(await ids('experiment,insight')).toBe('departures-panel\nriders-plan-at-home\n');
    expect(await ids()).toBe('broken\ndepartures-panel\nriders-pay-by-swish\nriders-plan-at-home\nriders-want-realtime\n');
  });

  it('prints the statuses of the kind a word names: a kind, a prefix of one, or a record id; else every status', async () => {
    const repo = makeRepo(VALID_FILES);
    const statuses = async (...words: string[]) =>
      (await runCli(['-C', repo.root, '__complete', 'statuses', '--', ...words])).stdout.split('\n').filter(Boolean);
    expect(await statuses('exp')).toEqual([...EXPERIMENT_STATUSES]);
    expect(await statuses('', 'hypothesis')).toEqual([...HYPOTHESIS_STATUSES]);
    expect(await statuses('', 'departures')).toEqual([...EXPERIMENT_STATUSES]);
    expect(await statuses('', 'riders-plan-at-home')).toEqual(['decided', 'undecided']);
    expect(await statuses('', 'nothing-like-it')).toEqual([...HYPOTHESIS_STATUSES, ...EXPERIMENT_STATUSES, 'decided', 'undecided']);
  });

  it('keeps `__complete` out of the help', async () => {
    expect((await runCli(['--help'])).stdout).not.toContain('__complete');
  });
});
