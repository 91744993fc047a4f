// What shell completion offers for an id or a status: read from file names, and for a
// kind from each file's `kind:` line, never parsing a record, since completion runs on
// every Tab press. A file name is anyone's text (a cloned repository may hold
// `$(touch x).yaml`), so only names that are valid ids are offered: lower-case letters,
// digits and hyphens, which no shell expands.
import path from 'node:path';
import { HypoError } from '../model/hypo-error.js';
import { idFromFileName, isValidId } from '../model/ids.js';
import { parseKind } from '../model/parse-kind.js';
import { resolveId } from '../model/resolve-id.js';
import { KINDS, type Kind } from '../model/vocabulary.js';
import { STATUSES_BY_KIND } from '../report/record-list.js';
import { findRecordFiles } from '../store/find-record-files.js';
import { findRepoRoot } from '../store/find-repo-root.js';
import { loadConfig } from '../store/load-config.js';
import { readDeclaredKind } from '../store/read-declared-kind.js';

interface NamedFile {
  id: string;
  absolutePath: string;
}

/** The record files under the repository `cwd` is in whose names are valid ids. */
async function namedRecordFiles(cwd: string): Promise<NamedFile[]> {
  const found = findRepoRoot(cwd);
  const { config, file } = await loadConfig(found.root, found.configFile);
  const { files } = await findRecordFiles(found.root, path.resolve(found.root, config.root), new Set(file ? [file] : []));
  return files.map((file) => ({ id: idFromFileName(file), absolutePath: path.resolve(found.root, file) })).filter(({ id }) => isValidId(id));
}

/** The valid ids of the record files under the repository `cwd` is in, sorted, without duplicates; only those declaring one of `kinds`, when given. */
export async function listRecordIds(cwd: string, kinds?: readonly Kind[]): Promise<string[]> {
  const files = await namedRecordFiles(cwd);
  const wanted = kinds ? files.filter(({ absolutePath }) => isOneOf(readDeclaredKind(absolutePath), kinds)) : files;
  return [...new Set(wanted.map(({ id }) => id))].sort();
}

/**
 * The statuses of the kind the first telling hint names: a kind (or its folder, or a unique
 * prefix, as commands take it) or the id of a record (or a unique prefix). Every status of
 * every kind when no hint tells, so that completion still offers something.
 */
export async function listStatuses(cwd: string, hints: readonly string[]): Promise<string[]> {
  for (const hint of hints.filter(Boolean)) {
    const kind = kindOfWord(hint) ?? (await kindOfRecord(cwd, hint));
    if (kind) return [...STATUSES_BY_KIND[kind]];
  }
  return [...new Set(KINDS.flatMap((kind) => STATUSES_BY_KIND[kind]))];
}

function isOneOf(kind: Kind | undefined, kinds: readonly Kind[]): boolean {
  return kind !== undefined && kinds.includes(kind);
}

function kindOfWord(word: string): Kind | undefined {
  try {
    return parseKind(word);
  } catch (error) {
    if (error instanceof HypoError) return undefined;
    throw error;
  }
}

async function kindOfRecord(cwd: string, input: string): Promise<Kind | undefined> {
  const files = await namedRecordFiles(cwd);
  const resolution = resolveId(
    input,
    files.map(({ id }) => id),
  );
  const file = resolution.ok ? files.find(({ id }) => id === resolution.id) : undefined;
  return file && readDeclaredKind(file.absolutePath);
}
