// What every command group's wiring shares: the options several commands take, the
// examples block of a command's help, and how a command's work reaches the process.
import { type Command, Option } from 'commander';
import type { Context } from '../commands/context.js';
import { LANGS } from '../model/lang.js';

export type Format = 'text' | 'json';

/**
 * What a command's action reaches: `program` is the whole program; `commandContext` applies
 * the global options; `exit` sets the exit code a command returns; `completeAll` adds the
 * rest of every command (completion reads them all).
 */
export interface Wiring {
  program: Command;
  commandContext: () => Context;
  exit: (run: Promise<number>) => Promise<void>;
  completeAll: () => Promise<void>;
}

/** Adds the rest of a command listed in command-list.ts: its options, examples and action. */
export type CommandDetails = (command: Command, wiring: Wiring) => void;

/** The rest of each command of a group, by name. */
export type GroupCommands = Readonly<Record<string, CommandDetails>>;

export const formatOption = (formats: readonly string[] = ['text', 'json']) =>
  new Option('--format <format>', 'output format').choices(formats).default('text');

/** The format of a command with --out: no commander default, so that the command can take it from the file's extension. */
export const documentFormatOption = (formats: readonly string[], fallback: string) =>
  new Option('--format <format>', `output format (default: from the --out file's extension, else ${fallback})`).choices(formats);

/** The language of a command's human-readable output; no commander default, so that the config's `lang` applies without it. */
export const langOption = () => new Option('--lang <lang>', "language of the output (default: the config's lang, else en)").choices(LANGS);

/** `--strict` on a command that reads records: a record left out for errors fails the run. */
export const strictOption = () => new Option('--strict', 'exit 1 when a record was left out for errors (hypo check shows why)');

export const examples = (...lines: string[]) => `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
