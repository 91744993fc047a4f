// The VS Code YAML extension's `yaml.schemas` mapping in .vscode/settings.json, so that
// records written by hand (without the schema comment line) get completion and hover
// help too. settings.json is JSONC: comments and trailing commas are allowed, and a
// person wrote it, so it is edited in place with jsonc-parser and never rewritten whole.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyEdits, type FormattingOptions, modify, type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { HypoError } from '../model/hypo-error.js';
import { KIND_FOLDERS, KINDS, type Kind } from '../model/vocabulary.js';
import { replaceFileAtomic } from './atomic-write.js';
import { commitChanges } from './commit-changes.js';

export const VSCODE_SETTINGS_FILE = '.vscode/settings.json';

/** The record file endings a folder's glob covers: hypo reads both. */
const RECORD_EXTENSIONS = ['yaml', 'yml'] as const;

/**
 * Schema path (relative to the workspace folder) → the globs of the records it describes.
 * `schemaPath` gives a kind's schema path, found like the one `hypo new` writes in a record.
 */
export function schemaGlobs(recordRoot: string, schemaPath: (kind: Kind) => string): Record<string, string[]> {
  const root = recordRoot.replace(/\/+$/, '') || '.';
  const globs: Record<string, string[]> = {};
  for (const kind of KINDS) globs[schemaPath(kind)] = RECORD_EXTENSIONS.map((extension) => path.posix.join(root, KIND_FOLDERS[kind], `*.${extension}`));
  return globs;
}

export type SettingsPlan = { change: 'none' } | { change: 'create' | 'update'; text: string };

/**
 * The settings text with every schema mapped to its glob, keeping everything else.
 * An existing mapping of the same schema is kept: a different glob becomes a list
 * holding both, never a replacement. Throws when the text is not a JSONC object.
 */
export function planVscodeSettings(existing: string | undefined, globs: Record<string, string[]>, file = VSCODE_SETTINGS_FILE): SettingsPlan {
  const bom = existing?.startsWith('\uFEFF') ? '\uFEFF' : '';
  let text = (existing ?? '').slice(bom.length);
  const empty = text.trim() === '';
  if (empty) text = '{}\n';
  const errors: ParseError[] = [];
  const settings: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const [first] = errors;
    const { line, column } = lineAndColumn(text, first!.offset);
    throw new HypoError('settings-invalid', `${file}:${line}:${column}: cannot read it (${printParseErrorCode(first!.error)}); nothing was changed`, {
      hint: `fix ${file} (comments and trailing commas are fine), then run hypo init --vscode again`,
    });
  }
  if (!isObject(settings)) {
    throw new HypoError('settings-invalid', `${file} does not hold an object of settings; nothing was changed`, {
      hint: `fix ${file}, then run hypo init --vscode again`,
    });
  }
  const current = settings['yaml.schemas'];
  if (current !== undefined && !isObject(current)) {
    throw new HypoError('settings-invalid', `${file}: "yaml.schemas" is not an object; nothing was changed`, {
      hint: 'make it an object mapping schema files to globs, then run hypo init --vscode again',
    });
  }
  const formatting = formattingOf(text);
  let changed = false;
  for (const [schema, wanted] of Object.entries(globs)) {
    const mapped = current?.[schema];
    const value = mergedGlobs(mapped, wanted);
    if (value === undefined) continue;
    text = applyEdits(text, modify(text, ['yaml.schemas', schema], value, { formattingOptions: formatting }));
    changed = true;
  }
  if (!changed) return { change: 'none' };
  return { change: existing === undefined || empty ? 'create' : 'update', text: `${bom}${text}` };
}

/** The new value of a schema's mapping: what is mapped, plus the globs it lacks; undefined when it has them all. */
function mergedGlobs(mapped: unknown, wanted: string[]): string | string[] | undefined {
  const have: unknown[] = typeof mapped === 'string' ? [mapped] : Array.isArray(mapped) ? mapped : [];
  const missing = wanted.filter((glob) => !have.includes(glob));
  if (missing.length === 0 && mapped !== undefined) return undefined;
  const value = [...have, ...missing] as string[];
  return value.length === 1 ? value[0] : value;
}

/** The text of .vscode/settings.json under `workspace`; undefined when there is none or it cannot be read. */
export function readVscodeSettings(workspace: string): Promise<string | undefined> {
  return readFile(path.join(workspace, VSCODE_SETTINGS_FILE), 'utf8').catch(() => undefined);
}

/** Reads, merges and writes .vscode/settings.json under `workspace`; returns what happened. */
export async function addSchemasToVscodeSettings(workspace: string, globs: Record<string, string[]>): Promise<SettingsPlan['change']> {
  const target = path.join(workspace, VSCODE_SETTINGS_FILE);
  const bytes = existsSync(target) ? await readFile(target) : undefined;
  const plan = planVscodeSettings(bytes?.toString('utf8'), globs);
  if (plan.change === 'none') return 'none';
  if (bytes) {
    // The bytes read are the lock: a file changed meanwhile (the editor saved it) is not overwritten.
    await replaceFileAtomic(target, plan.text, { expected: bytes });
  } else {
    await mkdir(path.dirname(target), { recursive: true });
    await commitChanges(workspace, [{ action: 'create', file: VSCODE_SETTINGS_FILE, content: plan.text }]);
  }
  return plan.change;
}

/** Edits keep the file's own indentation and line ends. */
function formattingOf(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  const tabs = indent.startsWith('\t');
  return { insertSpaces: !tabs, tabSize: tabs ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r?\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
