// Shell completion as a shell uses it: bash sources the script the built CLI prints and
// calls the completion function with COMP_WORDS set, as it does on Tab.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VALID_FILES } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';
import { DECISION_ACTIONS, EXPERIMENT_METHODS, HYPOTHESIS_STATUSES, KINDS } from '../../src/model/vocabulary.js';

const BIN = fileURLToPath(new URL('../../bin/hypo.js', import.meta.url));

/** What bash offers for the words typed (the last one is the word being completed). */
function complete(words: string[], cwd = process.cwd()): string[] {
  const quoted = words.map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
  const script = [
    `hypo() { node '${BIN}' "$@"; }`,
    `source <(node '${BIN}' completion bash)`,
    `COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}`,
    '_hypo',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const result = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean).sort();
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
  });

  it('completes record ids from the repository, here or after -C', () => {
    const repo = makeRepo(VALID_FILES);
    const ids = ['departures-panel', 'riders-plan-at-home', 'riders-want-realtime'];
    expect(complete(['hypo', 'show', ''], repo.root)).toEqual(ids);
    expect(complete(['hypo', 'show', 'riders-w'], repo.root)).toEqual(['riders-want-realtime']);
    expect(complete(['hypo', '-C', repo.root, 'show', '--format', 'json', 'r'])).toEqual(['riders-plan-at-home', 'riders-want-realtime']);
    expect(complete(['hypo', '-C', repo.root, 'new', 'experiment', 'Panel', '--tests', 'd'])).toEqual(['departures-panel']);
    expect(complete(['hypo', 'show', ''], makeRepo({}, { config: false }).root)).toEqual([]); // no records: nothing, and no error
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
      expect(stdout).toContain('__complete ids');
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

  it('keeps `__complete` out of the help', async () => {
    expect((await runCli(['--help'])).stdout).not.toContain('__complete');
  });
});
