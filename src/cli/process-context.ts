// The real process behind a command's Context: its folder, environment, streams, TTYs
// and clock. The only place that reads the process; everything below takes what it needs.
import { isatty } from 'node:tty';
import type { Context, Env } from '../commands/context.js';
import type { WriteFaults } from '../store/write-faults.js';
import { guardProcessOutput } from './process-output.js';
import { createInquirerPrompter } from './prompter.js';

export function createProcessContext(): Context {
  const env = process.env;
  // A closed pipe (`hypo export | head -1`) ends the output quietly, never with an EPIPE stack trace.
  const { stdout, stderr } = guardProcessOutput();
  return {
    cwd: process.cwd(),
    env,
    stdout,
    stderr,
    // isatty(0) rather than process.stdin.isTTY: touching process.stdin builds a stream (and loads readline) for nothing.
    stdinIsTTY: isatty(0),
    now: () => new Date(),
    color: wantsColor(env, Boolean(process.stdout.isTTY)),
    debug: Boolean(env.HYPO_DEBUG),
    prompter: createInquirerPrompter(),
    faults: faultsFromEnv(env),
  };
}

/**
 * The width commander wraps help to: the terminal's columns when stdout is one. commander
 * reads the process's stdout whatever a command's Context says, and so does `hypo --help`.
 */
export function stdoutHelpWidth(): number | undefined {
  return process.stdout.isTTY ? process.stdout.columns : undefined;
}

/** Colour only on a TTY, never under NO_COLOR (https://no-color.org); FORCE_COLOR overrides both ways. */
export function wantsColor(env: Env, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

/**
 * HYPO_TEST_FAULT, for spawned tests of failed and interrupted writes: `write-eacces` fails
 * every temp-file write as a permission error would; `before-rename` kills the process
 * (SIGKILL) after the temp files are written and before the first rename; `kill-at-step:N`
 * kills it after the Nth step of a write (a lock taken, the journal written, a temp file
 * written, a file moved into place, the journal removed). Read here, at the process boundary,
 * because no test can inject a context into a process it kills.
 */
export function faultsFromEnv(env: Env): WriteFaults {
  const killAt = /^kill-at-step:(\d+)$/.exec(env.HYPO_TEST_FAULT ?? '');
  if (killAt) {
    let steps = 0;
    return { step: () => (++steps === Number(killAt[1]) ? process.kill(process.pid, 'SIGKILL') : undefined) };
  }
  switch (env.HYPO_TEST_FAULT) {
    case 'write-eacces':
      return {
        beforeWrite: (temp) => {
          throw Object.assign(new Error(`EACCES: permission denied, open '${temp}'`), { code: 'EACCES' });
        },
      };
    case 'before-rename':
      return { beforeRename: () => process.kill(process.pid, 'SIGKILL') };
    default:
      return {};
  }
}
