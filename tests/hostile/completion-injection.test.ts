// Completion never runs record text. A cloned repository may hold a record file named
// `$(touch${IFS}PWNED).yaml`; pressing Tab after `hypo show ` in bash, zsh or fish must
// offer the valid ids and nothing else, and run nothing. Each shell is the real one,
// loading the script the built CLI prints, with that CLI on PATH as `hypo`; shells that
// are not installed are skipped (.ci/run installs them). A stand-in `hypo` that prints
// hostile lines itself shows that each script also takes every line as a literal word.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Shell, scriptFile } from '../helpers/completion-script.js';
import { HYPOTHESIS } from '../helpers/records.js';
import { BIN, SPAWN_ENV } from '../helpers/spawn-hypo.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const SHELLS: Shell[] = ['bash', 'zsh', 'fish'];

function hasShell(shell: string): boolean {
  return spawnSync(shell, ['-c', 'exit 0']).status === 0;
}

/** Every file a hostile name would create if a shell ran it. */
const PWNED = ['PWNED', 'PWNED2', 'PWNED3', 'PWNED4', 'PWNED5', 'PWNED6', 'PWNED7'];

/** Record file names that are shell syntax, each hoping to be run on Tab. None is a valid id. */
const HOSTILE_FILES = [
  `$(touch\${IFS}PWNED).yaml`,
  '`touch PWNED2`.yaml',
  'a;touch PWNED3.yaml',
  'x$(id).yaml',
  '$(touch PWNED4).yml',
  "'; touch PWNED5; '.yaml",
  'ok\n$(touch PWNED6).yaml',
  '(touch PWNED7).yaml',
  '*.yaml',
  '{a,b}.yaml',
  'Upper-Case.yaml',
];

/** Lines a stand-in `hypo __complete ids` prints, bypassing hypo's filter: each script must offer them as they are. */
const HOSTILE_LINES = [`$(touch\${IFS}PWNED)`, '`touch PWNED2`', 'a;touch PWNED3', 'x$(id)', "'; touch PWNED5; '", '(touch PWNED7)', '*', '{a,b}'];

const sh = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A folder with an executable `hypo` running `body`, for PATH. */
function binWith(body: string): string {
  const dir = makeTempDir('hypo-bin-');
  const file = path.join(dir, 'hypo');
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return dir;
}

/** The built CLI as `hypo`, the way an installed one is found. */
const realHypo = () => binWith(`exec ${sh(process.execPath)} ${sh(BIN)} "$@"`);

/** A `hypo` that prints the hostile lines whatever it is asked. */
function standInHypo(): string {
  const lines = path.join(makeTempDir('hypo-lines-'), 'lines');
  writeFileSync(lines, `${HOSTILE_LINES.join('\n')}\n`);
  return binWith(`cat ${sh(lines)}`);
}

/** Drives zsh's line editor on a pseudo-terminal; see the file. */
const ZSH_DRIVER = fileURLToPath(new URL('../helpers/zsh-complete.zsh', import.meta.url));

/** What `shell` offers after `hypo show ` in `cwd`, with `bin` first on PATH. */
function offered(shell: Shell, cwd: string, bin: string): string[] {
  const home = makeTempDir('hypo-home-');
  const env = {
    ...SPAWN_ENV,
    PATH: `${bin}${path.delimiter}${process.env.PATH}`,
    HOME: home,
    XDG_CONFIG_HOME: home,
    XDG_DATA_HOME: home,
    XDG_CACHE_HOME: home,
  };
  const script = scriptFile(shell);
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 30_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return result.stdout;
  };
  switch (shell) {
    case 'bash': {
      const line = 'hypo show ';
      const stdout = run('bash', [
        '--norc',
        '--noprofile',
        '-c',
        `source ${sh(script)}; COMP_WORDS=(hypo show ''); COMP_CWORD=2; COMP_LINE=${sh(line)}; COMP_POINT=${line.length}; _hypo; printf '%s\\0' "\${COMPREPLY[@]}"`,
      ]);
      return stdout.split('\0').slice(0, -1);
    }
    case 'zsh': {
      const out = path.join(makeTempDir('hypo-zsh-'), 'offered');
      run('zsh', ['-f', ZSH_DRIVER, out, script]);
      return existsSync(out) ? readFileSync(out, 'utf8').split('\0').slice(0, -1) : [];
    }
    case 'fish': {
      const stdout = run('fish', ['-c', `source ${sh(script)}; complete -C 'hypo show '`]);
      // fish prints `candidate<TAB>description`; ids have no description.
      return stdout
        .split('\n')
        .filter(Boolean)
        .map((candidate) => candidate.replace(/\t.*$/, ''));
    }
  }
}

function hostileRepo() {
  const repo = makeRepo({
    'learning/hypotheses/riders-want-realtime.yaml': HYPOTHESIS,
    'learning/experiments/panel-test-2.yml': '',
  });
  for (const name of HOSTILE_FILES) repo.write(`learning/hypotheses/${name}`, '');
  return repo;
}

/** No hostile name ran: no PWNED file where the shell ran, nor where the tests run. */
function expectNothingRan(...dirs: string[]): void {
  for (const dir of [...dirs, process.cwd()]) for (const name of PWNED) expect(existsSync(path.join(dir, name)), `${name} in ${dir}`).toBe(false);
}

const listing = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('completion never runs record text', () => {
  for (const shell of SHELLS) {
    it.runIf(hasShell(shell))(`${shell} offers exactly the valid ids of a repository full of hostile file names, and runs none`, () => {
      const repo = hostileRepo();
      const before = listing(repo.root);
      expect(offered(shell, repo.root, realHypo()).sort()).toEqual(['panel-test-2', 'riders-want-realtime']);
      expectNothingRan(repo.root);
      expect(listing(repo.root)).toEqual(before);
    });

    it.runIf(hasShell(shell))(`${shell} takes every line \`hypo __complete ids\` prints as one literal word`, () => {
      const cwd = makeTempDir('hypo-cwd-');
      expect(offered(shell, cwd, standInHypo()).sort()).toEqual([...HOSTILE_LINES].sort());
      expectNothingRan(cwd);
      expect(listing(cwd)).toEqual([]);
    });
  }

  it('prints only valid ids for `__complete ids`', () => {
    const repo = hostileRepo();
    const result = spawnSync(process.execPath, [BIN, '-C', repo.root, '__complete', 'ids'], { env: SPAWN_ENV, encoding: 'utf8' });
    expect(result).toMatchObject({ status: 0, stderr: '', stdout: 'panel-test-2\nriders-want-realtime\n' });
    expectNothingRan(repo.root);
  });
});
