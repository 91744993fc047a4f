// What hypo reads out of committed versions (a status, the success criteria), through a
// cache by blob id: a version read once is never read from git again, in this run or
// the next. The versions not kept go through ONE `git cat-file --batch`, as before.
import type { Env } from '../model/env.js';
import { BLOB_ID, readBlobFacts, writeBlobFacts } from '../store/blob-facts-cache.js';
import { cacheFolder } from '../store/cache-folder.js';
import type { FileVersion } from '../store/git-history.js';
import { readCommittedTexts, type TextAt } from './committed-texts.js';

/** How one kind of fact is read from a version's text, and how a kept one is recognised. */
export interface FactReader<T> {
  /** The cache's name for it: `status`, `criteria`. */
  name: string;
  /** The fact in a version's text; it depends on the text alone (`file` names it in messages). */
  extract(text: string, file: string): T;
  /** Exactly what `extract` returns, as JSON gives it back. */
  isFact(value: unknown): value is T;
  /** Loads what `extract` needs, once there are versions to extract from: a run with every fact kept never loads it. */
  prepare?(): Promise<void>;
}

/** A version's fact; undefined where git holds no readable UTF-8 text there. */
export type FactAt<T> = (version: FileVersion) => T | undefined;

export async function readCommittedFacts<T>(
  root: string | undefined,
  versions: readonly { version: FileVersion; file: string }[],
  env: Env,
  reader: FactReader<T>,
  /**
   * A version's text when the caller holds it already, exactly as git would give it (the
   * working file, when it is that version's blob): asked only of versions not kept, and read
   * from git only when this gives none. The version committed just now is the usual one.
   */
  held?: TextAt,
): Promise<FactAt<T>> {
  const folder = cacheFolder(env);
  const place = folder === undefined || root === undefined || versions.length === 0 ? undefined : { folder, name: reader.name, root };
  const facts = place ? await readBlobFacts(place, reader.isFact) : new Map<string, T>();
  const missing = versions.filter(({ version }) => !facts.has(version.blob));
  const heldTexts = new Map<string, string>();
  for (const { version, file } of missing) {
    const text = heldTexts.has(version.blob) ? undefined : held?.(version, file);
    if (text !== undefined) heldTexts.set(version.blob, text);
  }
  const toRead = missing.filter(({ version }) => !heldTexts.has(version.blob));
  if (heldTexts.size > 0) await reader.prepare?.();
  let added = 0;
  for (const { version, file } of missing) {
    const text = heldTexts.get(version.blob);
    if (text === undefined || facts.has(version.blob)) continue;
    facts.set(version.blob, reader.extract(text, file));
    if (BLOB_ID.test(version.blob)) added++;
  }
  const textAt = await readCommittedTexts(
    root,
    toRead.map(({ version }) => version),
    env,
  );
  if (toRead.length > 0) await reader.prepare?.();
  for (const { version, file } of toRead) {
    if (facts.has(version.blob)) continue;
    const text = textAt(version, file);
    // A version git could not give (or not as UTF-8 text) is not kept: it is asked for again next time.
    if (text === undefined) continue;
    facts.set(version.blob, reader.extract(text, file));
    if (BLOB_ID.test(version.blob)) added++;
  }
  if (place && added > 0) await writeBlobFacts(place, new Map([...facts].filter(([blob]) => BLOB_ID.test(blob))));
  return (version) => facts.get(version.blob);
}
