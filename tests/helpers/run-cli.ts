// Runs the CLI in process with captured output and a fixed clock.
import { main } from '../../src/cli/main.js';
import type { Context, Prompter } from '../../src/commands/context.js';

/** Fails the test if a command asks anything: without a TTY, nothing may be asked. */
export const NO_PROMPTS: Prompter = {
  input: async (options) => {
    throw new Error(`unexpected prompt: ${options.message}`);
  },
  select: async (options) => {
    throw new Error(`unexpected prompt: ${options.message}`);
  },
  checkbox: async (options) => {
    throw new Error(`unexpected prompt: ${options.message}`);
  },
  confirm: async (options) => {
    throw new Error(`unexpected prompt: ${options.message}`);
  },
};

/** The environment commands see in tests: git on the PATH, no global or system git config. */
export const TEST_ENV = {
  PATH: process.env.PATH,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  // The run's own cache folder (tests/global-setup.ts): commands use their caches as they would for a user.
  ...(process.env.HYPO_TEST_CACHE_HOME ? { XDG_CACHE_HOME: process.env.HYPO_TEST_CACHE_HOME } : {}),
};

/** A context that writes nowhere and asks nothing: for building the program without running a command. */
export function silentContext(): Context {
  const silent = { write: () => true };
  return {
    cwd: process.cwd(),
    env: TEST_ENV,
    stdout: silent,
    stderr: silent,
    stdinIsTTY: false,
    now: () => new Date(),
    color: false,
    debug: false,
    prompter: NO_PROMPTS,
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `hypo argv` with captured output. With `tty: true` the captured stdout and stderr say
 * they are terminals, as a person's shell is (colour stays off unless `color` is overridden),
 * `columns` wide when given.
 */
export async function runCli(argv: string[], overrides: Partial<Context> = {}, options: { tty?: boolean; columns?: number } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const isTTY = options.tty ?? false;
  const code = await main(argv, {
    cwd: process.cwd(),
    env: TEST_ENV,
    stdout: { write: (text: string) => (stdout += text), isTTY, ...(options.columns === undefined ? {} : { columns: options.columns }) },
    stderr: { write: (text: string) => (stderr += text), isTTY },
    stdinIsTTY: false,
    now: () => new Date('2026-11-25T12:00:00Z'),
    color: false,
    debug: false,
    prompter: NO_PROMPTS,
    ...overrides,
  });
  return { code, stdout, stderr };
}

export interface JsonProblem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  rule: string;
  message: string;
}

export interface CheckJson {
  ok: boolean;
  files: number;
  records: number;
  problems: JsonProblem[];
}

/** `hypo -C root check --format json`, parsed. */
export async function checkJson(root: string, ...extra: string[]): Promise<{ code: number; json: CheckJson; stderr: string }> {
  const result = await runCli(['-C', root, 'check', '--format', 'json', ...extra]);
  return { code: result.code, json: JSON.parse(result.stdout) as CheckJson, stderr: result.stderr };
}
