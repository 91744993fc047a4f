// What a shell completion script completes: the commands, their flags and arguments,
// and where each value comes from. Data, so that one walk of the CLI feeds every shell.
import type { Kind } from './vocabulary.js';

/** Where the values of a flag or an argument come from. */
export type ValueSource =
  | { kind: 'words'; words: readonly string[] }
  /** Record ids, asked of `hypo __complete ids [kinds]` at completion time: only those of `of`, when given. */
  | { kind: 'ids'; of?: readonly Kind[] }
  /**
   * Statuses, asked of `hypo __complete statuses <kind> <first>`: those of the kind the line names
   * (`--kind`'s value, or the command's first argument, a kind or a record id), else every status.
   */
  | { kind: 'statuses' }
  | { kind: 'files' }
  | { kind: 'dirs' }
  /** Free text: nothing to offer. */
  | { kind: 'any' };

export interface CompletionOption {
  /** `-C` and `--cwd`, or just `--strict`. */
  flags: string[];
  description: string;
  /** Undefined for a switch that takes no value. */
  value?: ValueSource;
  /** The value may be left out (`--changed [ref]`). */
  valueOptional?: boolean;
}

export interface CompletionArgument {
  name: string;
  variadic: boolean;
  value: ValueSource;
}

export interface CompletionCommand {
  name: string;
  description: string;
  options: CompletionOption[];
  arguments: CompletionArgument[];
}

export interface CompletionSpec {
  program: string;
  globalOptions: CompletionOption[];
  commands: CompletionCommand[];
}

/** Single-quoted for sh, bash, zsh and fish alike: `'` becomes `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
