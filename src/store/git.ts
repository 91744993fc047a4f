// The one door to git: a runner over simple-git, so that callers (and tests that
// count processes) see every git invocation as one `raw(args)` call.
// The one process that reads its standard input (cat-file --batch) goes through
// `streamWithInput` instead, which simple-git cannot do, and the two quick questions every
// kept result's lookup asks are spawned directly too (DIRECT below).
import { spawn } from 'node:child_process';
import type { SimpleGit } from 'simple-git';
import type { Env } from '../model/env.js';
import { HypoError } from '../model/hypo-error.js';

export interface GitRunner {
  /** Runs `git <args>` in the repository and returns its standard output. */
  raw(args: readonly string[]): Promise<string>;
}

/**
 * A runner that can also feed a process's standard input. A separate interface, so that
 * runners written against GitRunner alone (test doubles) stay valid.
 */
export interface GitRunnerWithInput extends GitRunner {
  /**
   * Runs `git <args>` with `input` on its standard input and hands its standard output to
   * `onChunk` as bytes, chunk by chunk as it arrives, for `cat-file --batch`: its output may
   * be far larger than anything worth holding, and its object sizes count bytes, not
   * characters. Resolves when git exits 0; an error thrown by `onChunk` stops git and rejects.
   */
  streamWithInput(args: readonly string[], input: string, onChunk: (chunk: Uint8Array) => void): Promise<void>;
}

/**
 * simple-git's checks of what the environment configures (EDITOR, PAGER, GIT_SSH_COMMAND,
 * GIT_CONFIG_COUNT with its keys, …), off: the environment is the person's who runs hypo,
 * and git runs in it as it would from their shell. Only `--upload-pack`-style options stay
 * refused: hypo never passes such options, so one would be injected.
 */
const TRUSTED_ENVIRONMENT = {
  allowUnsafeAlias: true,
  allowUnsafeAskPass: true,
  allowUnsafeConfigEnvCount: true,
  allowUnsafeConfigPaths: true,
  allowUnsafeCredentialHelper: true,
  allowUnsafeDiffExternal: true,
  allowUnsafeDiffTextConv: true,
  allowUnsafeEditor: true,
  allowUnsafeFilter: true,
  allowUnsafeFsMonitor: true,
  allowUnsafeGitProxy: true,
  allowUnsafeGpgProgram: true,
  allowUnsafeHooksPath: true,
  allowUnsafeMergeDriver: true,
  allowUnsafePager: true,
  allowUnsafeProtocolOverride: true,
  allowUnsafeSshCommand: true,
  allowUnsafeTemplateDir: true,
} as const;

/**
 * What git is asked for, so that a missing git says why this command needs it: `why` finishes
 * "git is needed …" (`to date each record from the commit that added it`); `instead`, when
 * there is a way around it, is the hint's second half.
 */
export interface GitPurpose {
  why: string;
  instead?: string;
}

/** Why the records' history is read from git, and the way to do without it. */
export const HISTORY_GIT_PURPOSE: GitPurpose = {
  why: 'to date each record from the commit that added it and to read its past states',
  instead: 'to go without, set `git_history: false` in hypo.config.yaml: ages then count from each record’s `created` field',
};

/** No `git` on PATH: a person's environment to fix, never "spawn git ENOENT". */
function gitMissing(purpose: GitPurpose, cause: unknown): HypoError {
  return new HypoError('git-missing', `git is needed ${purpose.why}, but there is no git program on PATH`, {
    hint: `install git (https://git-scm.com/downloads) or add its folder to PATH${purpose.instead ? `; ${purpose.instead}` : ''}`,
    cause,
  });
}

/**
 * What every lookup of a kept result asks (the commit checked out, the files tracked), from
 * a process of its own: loading simple-git and its dependencies takes ~20 ms, several times
 * what these two commands do, and a lookup that hits is ~0.2 s in all. Nothing a person
 * gives reaches them as an option (a ref comes after `--end-of-options`, docs/security.md)
 * and their output is a list, so simple-git's argument checks and its task queue have
 * nothing to add. Arguments go to git as an array: no shell ever reads them.
 */
const DIRECT: ReadonlySet<string> = new Set(['rev-parse', 'ls-files']);

export function createGitRunner(cwd: string, env: Env, purpose: GitPurpose): GitRunnerWithInput {
  const place: GitPlace = { cwd, env, purpose };
  // simple-git (with its dependencies, a tenth of a start-up) loads when git is first asked, not when a runner is made.
  let git: Promise<SimpleGit> | undefined;
  const gitNow = () => {
    // git runs in the environment it is given, whole: the caller passes the process's own, or a
    // test's pinned one. Nothing here reads the process environment.
    git ??= import('simple-git').then(({ simpleGit }) =>
      simpleGit({ baseDir: cwd, unsafe: TRUSTED_ENVIRONMENT }).env(
        Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)) as Record<string, string>,
      ),
    );
    return git;
  };
  return {
    raw: async (args) => {
      if (DIRECT.has(args[0] ?? '')) return rawDirect(place, args);
      try {
        return await (await gitNow()).raw([...args]);
      } catch (error) {
        const message = error instanceof Error ? error.message.trim().split('\n')[0]! : String(error);
        if (/\bspawn git ENOENT\b/.test(message)) throw gitMissing(purpose, error);
        throw gitFailed(args, message, error);
      }
    },
    streamWithInput: (args, input, onChunk) => streamWithInput(place, args, input, onChunk),
  };
}

/** Where and why a runner's processes run. */
interface GitPlace {
  cwd: string;
  env: Env;
  purpose: GitPurpose;
}

/** simple-git cannot write to a command's standard input, so this one process is spawned directly. */
async function streamWithInput(place: GitPlace, args: readonly string[], input: string, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const { code, signal, stderr } = await spawnGit(place, args, input, onChunk);
  if (code !== 0) throw gitFailed(args, stderr || `exit ${code ?? signal}`);
}

/**
 * `git <args>`'s standard output, as simple-git's `raw` gives it: a failure only when git
 * exits non-zero and says why on its standard error (`rev-parse --verify -q HEAD` in a
 * repository without a commit exits 1 in silence, and answers nothing).
 */
async function rawDirect(place: GitPlace, args: readonly string[]): Promise<string> {
  const stdout: Uint8Array[] = [];
  const { code, stderr } = await spawnGit(place, args, '', (chunk) => stdout.push(chunk));
  const output = Buffer.concat(stdout).toString('utf8');
  if (code !== 0 && stderr !== '') throw gitFailed(args, `${output}${stderr}`);
  return output;
}

function gitFailed(args: readonly string[], message: string, cause?: unknown): HypoError {
  return new HypoError('git-failed', `git ${args[0]} failed: ${message.trim().split('\n')[0] ?? ''}`, { cause });
}

/** One git process, its output handed to `onChunk` as it arrives; settles once it has exited, with how, and what it said on its standard error. */
function spawnGit(
  { cwd, env, purpose }: GitPlace,
  args: readonly string[],
  input: string,
  onChunk: (chunk: Uint8Array) => void,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // As for simple-git above, the environment given is the whole environment, PATH included.
    const child = spawn('git', [...args], { cwd, env: { ...env }, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const stderr: Buffer[] = [];
    let consumerError: { error: unknown } | undefined;
    // The handler runs to its end before the next chunk is read: git waits on a full pipe meanwhile.
    child.stdout.on('data', (chunk: Buffer) => {
      if (consumerError) return;
      try {
        onChunk(chunk);
      } catch (error) {
        consumerError = { error };
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // git closing its input early (it failed) surfaces as EPIPE here; the exit code tells why.
    child.stdin.on('error', () => undefined);
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? gitMissing(purpose, error) : gitFailed(args, error.message, error)));
    child.on('close', (code, signal) => {
      if (consumerError) reject(consumerError.error);
      else resolve({ code, signal, stderr: Buffer.concat(stderr).toString('utf8') });
    });
    child.stdin.end(input);
  });
}
