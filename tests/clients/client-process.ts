// Runs a real client (npm, npx, pre-commit, git with its hooks) as its own process, asynchronously so
// that independent installs overlap, in an environment of its own: nothing of the npm script that
// started the tests leaks in (npm_config_prefix, npm_config_global, the lifecycle variables), git
// reads no user config, and npm takes what the cache that `npm ci` filled holds.
import { spawn } from 'node:child_process';
import { expect } from 'vitest';
import { GIT_ENV } from '../helpers/temp-repo.js';

export interface ClientResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr, for messages a client may print on either. */
  output: string;
}

/** npm settings as environment variables, so that they reach the npm that pre-commit and npm's git installs start too. */
const NPM_ENV: Record<string, string> = {
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  ...(process.env.npm_config_cache ? { npm_config_cache: process.env.npm_config_cache } : {}),
};

export const CLIENT_ENV: Record<string, string> = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  // npm's cache (~/.npm) and its logs; pre-commit is given PRE_COMMIT_HOME, so ~/.cache is left alone.
  HOME: process.env.HOME ?? '/root',
  ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
  LANG: 'C.UTF-8',
  NO_COLOR: '1',
  HYPO_CACHE: '0',
  ...GIT_ENV,
  ...NPM_ENV,
};

/** Runs `command`; after `timeoutMs` its whole process group (npm's scripts, git) is killed, so that no install outlives its test. */
export function runClient(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...CLIENT_ENV, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, options.timeoutMs ?? 200_000);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk) && output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk) && output.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        output: Buffer.concat(output).toString('utf8'),
      });
    });
  });
}

/** A failed step's command and output, so that a red test says what the client said. */
export function describeRun(what: string, result: ClientResult): string {
  return `${what} exited ${result.code}:\n${result.output}`;
}

/** Runs a step that must work, and fails the test with the client's own output when it does not. */
export async function mustSucceed(command: string, args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<ClientResult> {
  const result = await runClient(command, args, options);
  expect(result.code, describeRun(`${command} ${args.join(' ')}`, result)).toBe(0);
  return result;
}
