import { isatty } from 'node:tty';
import { createInquirerPrompter, type Prompter } from './prompter.js';

// The world a command sees, injected so tests can pass a fixed clock, a folder,
// captured streams and a TTY or not, without touching process globals.

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Context {
  /** The folder the command works in (after `-C`). */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
  stdinIsTTY: boolean;
  now: () => Date;
  /** Colour the output: a TTY, no NO_COLOR, no --no-color. */
  color: boolean;
  debug: boolean;
  /** Asks a person; only used when stdin and stdout are TTYs. */
  prompter: Prompter;
}

/** Questions may be asked: a person at a terminal on both ends. */
export function isInteractive(ctx: Context): boolean {
  return ctx.stdinIsTTY && Boolean(ctx.stdout.isTTY);
}

export function createProcessContext(): Context {
  const env = process.env;
  return {
    cwd: process.cwd(),
    env,
    stdout: process.stdout,
    stderr: process.stderr,
    // isatty(0) rather than process.stdin.isTTY: touching process.stdin builds a stream (and loads readline) for nothing.
    stdinIsTTY: isatty(0),
    now: () => new Date(),
    color: wantsColor(env, Boolean(process.stdout.isTTY)),
    debug: Boolean(env.HYPO_DEBUG),
    prompter: createInquirerPrompter(),
  };
}

/** Colour only on a TTY, never under NO_COLOR (https://no-color.org); FORCE_COLOR overrides both ways. */
export function wantsColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}
