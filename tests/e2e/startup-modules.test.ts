// What `hypo --version` and `hypo --help` load: the commonest probes of a CLI answer in
// little more than node's own start, so they load the command list at most: never
// commander, a command's options, its module, zod or yaml.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/hypo.js', import.meta.url));

/** A module loader hook that names on stderr every module the run loads. */
const HOOKS = `export async function load(url, context, next) { process.stderr.write('loaded ' + url + '\\n'); return next(url, context); }`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;

function run(args: string[]): { stdout: string; loaded: string[] } {
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const loaded = [...result.stderr.matchAll(/^loaded (.*)$/gm)].map(([, url]) => url!);
  return { stdout: result.stdout, loaded };
}

const GROUP_FILES = /\/cli\/(records|history|report|integration)-commands\.js$|\/cli\/(command-kit|new-flags)\.js$/;
const HEAVY = /\/node_modules\/(zod|yaml|simple-git|chalk|@inquirer)\/|\/commands\/(?!context\.js)/;

describe('the start of bin/hypo.js', () => {
  it('--help loads the command list, and neither commander nor any command', () => {
    const { stdout, loaded } = run(['--help']);
    expect(stdout).toMatch(/^Usage: hypo \[options\] \[command\]\n/);
    expect(loaded.some((url) => url.endsWith('/cli/command-list.js'))).toBe(true);
    expect(loaded.filter((url) => url.includes('/node_modules/') || GROUP_FILES.test(url) || HEAVY.test(url))).toEqual([]);
  });

  it('hypo help lists the commands with commander, loading no command', () => {
    const { stdout, loaded } = run(['help']);
    expect(stdout).toMatch(/^Usage: hypo \[options\] \[command\]\n/);
    expect(loaded.some((url) => url.includes('/node_modules/commander/'))).toBe(true);
    expect(loaded.filter((url) => GROUP_FILES.test(url) || HEAVY.test(url))).toEqual([]);
  });

  it('a command loads its own group only', () => {
    const { stdout, loaded } = run(['methods', '--help']);
    expect(stdout).toContain('--format <format>');
    expect(loaded.filter((url) => GROUP_FILES.test(url)).map((url) => url.replace(/.*\/cli\//, ''))).toEqual(['report-commands.js', 'command-kit.js']);
  });

  it('--version loads neither commander nor the command list', () => {
    const { stdout, loaded } = run(['--version']);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(loaded.filter((url) => url.includes('/node_modules/') || url.endsWith('/cli/command-list.js') || HEAVY.test(url))).toEqual([]);
  });
});
