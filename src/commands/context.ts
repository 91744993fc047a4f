// The world a command sees, and the exit codes it returns. Commands depend on this
// interface; the CLI (src/cli/process-context.ts) builds the real one from the process,
// and tests pass a fixed clock, a folder, captured streams, a TTY or not, and scripted
// answers, without touching process globals.
import type { WriteFaults } from '../store/write-faults.js';

/** Success: nothing to report, or only what was asked for. */
export const EXIT_OK = 0;
/** Findings: check errors, stale assumptions, a refused change, a failing affected record. */
export const EXIT_FINDINGS = 1;
/** Usage, configuration or environment error, or an unexpected one. */
export const EXIT_USAGE = 2;
/** A person cancelled a prompt (Ctrl-C), as shells report SIGINT. */
export const EXIT_CANCELLED = 130;

export type ExitCode = typeof EXIT_OK | typeof EXIT_FINDINGS | typeof EXIT_USAGE | typeof EXIT_CANCELLED;

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  /** A terminal's width in columns, when it is one. */
  columns?: number;
}

export type { Env } from '../model/env.js';

import type { Env } from '../model/env.js';

export interface Choice<T extends string = string> {
  value: T;
  name?: string;
  description?: string;
  /** A checkbox: ticked at the start. */
  checked?: boolean;
}

/** Questions to a person, behind an interface: the CLI asks with inquirer, tests answer from a script. */
export interface Prompter {
  /** `validate` returns true, or the reason the answer cannot be taken (asked again). */
  input(options: { message: string; default?: string; required?: boolean; validate?: (value: string) => true | string }): Promise<string>;
  select<T extends string>(options: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T extends string>(options: { message: string; choices: Choice<T>[]; required?: boolean }): Promise<T[]>;
  /** A yes/no question; Enter takes `default`. */
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
}

export interface Context {
  /** The folder the command works in (after `-C`). */
  cwd: string;
  env: Env;
  stdout: Output;
  stderr: Output;
  stdinIsTTY: boolean;
  now: () => Date;
  /** Colour the output: a TTY, no NO_COLOR, no --no-color. */
  color: boolean;
  debug: boolean;
  /** Asks a person; only used when stdin and stdout are TTYs. */
  prompter: Prompter;
  /** Failures injected into writes, for tests of what a failed or killed write leaves behind. */
  faults?: WriteFaults;
}

/** Questions may be asked: a person at a terminal on both ends. */
export function isInteractive(ctx: Context): boolean {
  return ctx.stdinIsTTY && Boolean(ctx.stdout.isTTY);
}
