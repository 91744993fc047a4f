// Completion that reads the line as a person typed it: `-C ~/dir` is the home folder's,
// --tests, link and --next offer only ids of the kinds they take, --status the statuses
// of the kind the line names, and `npx hypo …` completes with the project's own hypo.
// Each shell is the real one, loading the script the built CLI prints; the project's
// hypo is node_modules/.bin/hypo, as npm installs it, and no hypo is on PATH.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXPERIMENT_STATUSES, HYPOTHESIS_STATUSES } from '../../src/model/vocabulary.js';
import { scriptFile } from '../helpers/completion-script.js';
import { EXPERIMENT, HYPOTHESIS, INSIGHT } from '../helpers/records.js';
import { BIN, SPAWN_ENV } from '../helpers/spawn-hypo.js';
import { makeTempDir } from '../helpers/temp-repo.js';

const hasShell = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const sh = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** $HOME/proj: records of each kind, one hypothesis outside the kind folders, and hypo installed in node_modules. */
function homeWithProject(): { home: string; project: string } {
  const home = makeTempDir('hypo-home-');
  const project = path.join(home, 'proj');
  const files: Record<string, string> = {
    'hypo.config.yaml': '',
    'learning/hypotheses/riders-want-realtime.yaml': HYPOTHESIS,
    'learning/misc/riders-pay-by-swish.yaml': HYPOTHESIS,
    'learning/experiments/riders-panel.yaml': EXPERIMENT,
    'learning/insights/riders-plan-at-home.yaml': INSIGHT,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  }
  mkdirSync(path.join(project, 'node_modules/.bin'), { recursive: true });
  symlinkSync(BIN, path.join(project, 'node_modules/.bin/hypo'));
  return { home, project };
}

const HYPOTHESES = ['riders-pay-by-swish', 'riders-want-realtime'];

/** The environment of a person's shell: HOME set, node on PATH, hypo not. */
const shellEnv = (home: string) => ({ ...SPAWN_ENV, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_CACHE_HOME: home });

/** What bash offers for `words` (the last is the word being completed), typed in `cwd`. */
async function bashOffers(script: string, words: string[], cwd: string, home: string): Promise<string[]> {
  const body = [
    `source ${sh(script)}`,
    `COMP_WORDS=(${words.map(sh).join(' ')}); COMP_CWORD=${words.length - 1}`,
    words[0] === 'npx' ? '_hypo_npx' : '_hypo',
    `printf '%s\\n' "\${COMPREPLY[@]}"`,
  ].join('\n');
  const { stdout, stderr } = await promisify(execFile)('bash', ['--norc', '--noprofile', '-c', body], { cwd, env: shellEnv(home), encoding: 'utf8' });
  expect(stderr).toBe('');
  return stdout.split('\n').filter(Boolean).sort();
}

describe('completion reads the line as typed (bash)', () => {
  it('expands ~ in -C, offers ids of the kind each place takes, and the statuses of the kind', async () => {
    const { home, project } = homeWithProject();
    const script = scriptFile('bash');
    const elsewhere = makeTempDir('hypo-cwd-');
    const cases: [string[], string[]][] = [
      [['npx', 'hypo', '-C', '~/proj', 'link', ''], ['riders-panel']],
      [['npx', 'hypo', '-C', '~/proj', 'link', 'riders-panel', ''], HYPOTHESES],
      [['npx', 'hypo', '-C', '~/proj', 'new', 'experiment', 'Panel', '--tests', ''], HYPOTHESES],
      [['npx', 'hypo', '-C', '~/proj', 'decide', ''], ['riders-plan-at-home']],
      [
        ['npx', 'hypo', '-C', '~/proj', 'decide', 'riders-plan', 'iterate', '--next', 'riders-p'],
        ['riders-panel', 'riders-pay-by-swish', 'riders-plan-at-home'],
      ],
      [['npx', 'hypo', '-C', '~/proj', 'status', 'riders-panel', ''], [...EXPERIMENT_STATUSES].sort()],
      [['npx', 'hypo', '-C', '~/proj', 'list', '--kind', 'hyp', '--status', ''], [...HYPOTHESIS_STATUSES].sort()],
      [
        ['npx', 'hypo', '-C', '~/proj', 'list', '--kind=insight', '--status', ''],
        ['decided', 'undecided'],
      ],
    ];
    // npx runs the project's hypo, found from where the line is typed; -C ~/proj then points at the records.
    const offered = await Promise.all(cases.map(([words]) => bashOffers(script, words, project, home)));
    expect(offered).toEqual(cases.map(([, expected]) => expected));
    // Typed as hypo with no hypo on PATH, in a folder without node_modules: nothing to run, nothing offered, no error.
    expect(await bashOffers(script, ['hypo', '-C', '~/proj', 'show', ''], elsewhere, home)).toEqual([]);
  });
});

describe.each(['zsh', 'fish'] as const)('completion reads the line as typed (%s)', (shell) => {
  it.runIf(hasShell(shell))('completes `npx hypo -C ~/proj link riders-panel ` with the hypotheses alone', () => {
    const { home, project } = homeWithProject();
    const script = scriptFile(shell);
    const line = 'npx hypo -C ~/proj link riders-panel ';
    const run = (command: string, args: string[]) => {
      const result = spawnSync(command, args, { cwd: project, env: shellEnv(home), encoding: 'utf8', timeout: 60_000 });
      expect(result).toMatchObject({ status: 0, stderr: '' });
      return result.stdout;
    };
    if (shell === 'fish') {
      const stdout = run('fish', ['-c', `source ${sh(script)}; complete -C ${sh(line)}`]);
      expect(stdout.split('\n').filter(Boolean).sort()).toEqual(HYPOTHESES);
      return;
    }
    const out = path.join(makeTempDir('hypo-zsh-'), 'offered');
    run('zsh', ['-f', fileURLToPath(new URL('../helpers/zsh-complete.zsh', import.meta.url)), out, script, line]);
    expect(readFileSync(out, 'utf8').split('\0').filter(Boolean).sort()).toEqual(HYPOTHESES);
  });
});
