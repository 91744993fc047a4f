// The text of many files at many commits in ONE `git cat-file --batch`, however many
// there are: never a process per file.
import { type CatFileObject, catFileParser } from './cat-file-stream.js';
import type { GitRunnerWithInput } from './git.js';

/**
 * Each distinct name (a blob id, or `<commit>:<path>` with the path relative to the git top
 * level) → `onObject`, in the order first asked, as cat-file streams it. Blobs over `maxBytes`
 * are skipped as they pass and arrive as `too-large`.
 */
export async function streamBlobs(
  git: GitRunnerWithInput,
  names: readonly string[],
  maxBytes: number,
  onObject: (name: string, object: CatFileObject) => void,
): Promise<void> {
  const distinct = [...new Set(names)];
  // cat-file reads one object name per line: a path with a line break cannot be asked for, and reads as missing.
  for (const name of distinct) if (name.includes('\n')) onObject(name, { found: 'none' });
  const askable = distinct.filter((name) => !name.includes('\n'));
  if (askable.length === 0) return;
  let next = 0;
  const parse = catFileParser(maxBytes, (object) => {
    // More objects than names would be git's mistake: ignore them rather than misname them.
    if (next < askable.length) onObject(askable[next++]!, object);
  });
  await git.streamWithInput(['cat-file', '--batch'], askable.map((name) => `${name}\n`).join(''), parse);
  while (next < askable.length) onObject(askable[next++]!, { found: 'none' });
}

/**
 * Names → the bytes git holds there, all held at once; undefined when git has no blob by
 * that name. For a few versions of each record (snapshots): `hypo log` streams instead.
 */
export async function readBlobs(git: GitRunnerWithInput, names: readonly string[]): Promise<Map<string, Uint8Array | undefined>> {
  const blobs = new Map<string, Uint8Array | undefined>();
  await streamBlobs(git, names, Number.POSITIVE_INFINITY, (name, object) => blobs.set(name, object.found === 'blob' ? object.bytes : undefined));
  return blobs;
}
