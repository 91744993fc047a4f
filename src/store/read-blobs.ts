// The text of many files at many commits in ONE `git cat-file --batch`, however many
// there are: never a process per file.
import type { GitRunnerWithInput } from './git.js';

/**
 * `<commit>:<path>` names (paths relative to the git top level) → the bytes git holds
 * there; undefined when git has no blob by that name.
 */
export async function readBlobs(git: GitRunnerWithInput, names: readonly string[]): Promise<Map<string, Uint8Array | undefined>> {
  // cat-file reads one object name per line: a path with a line break cannot be asked for, and reads as missing.
  const askable = [...new Set(names)].filter((name) => !name.includes('\n'));
  const blobs =
    askable.length === 0 ? [] : parseBatchOutput(await git.rawWithInput(['cat-file', '--batch'], askable.map((name) => `${name}\n`).join('')), askable.length);
  return new Map(askable.map((name, index) => [name, blobs[index]]));
}

/**
 * `cat-file --batch` output → one entry per object asked for: its bytes, or undefined when
 * git has no blob by that name. Sizes are in bytes, so the output is cut as bytes, never as text.
 */
export function parseBatchOutput(output: Uint8Array, count: number): (Uint8Array | undefined)[] {
  const objects: (Uint8Array | undefined)[] = [];
  const decoder = new TextDecoder('utf-8');
  let offset = 0;
  while (objects.length < count && offset < output.length) {
    const lineEnd = output.indexOf(0x0a, offset);
    const header = decoder.decode(output.subarray(offset, lineEnd === -1 ? output.length : lineEnd));
    offset = lineEnd === -1 ? output.length : lineEnd + 1;
    // `<sha> <type> <size>` when found; `<name> missing` or `<name> ambiguous` otherwise (a name may hold spaces).
    const found = /^[0-9a-f]{40,64} (\S+) (\d+)$/.exec(header);
    if (!found) {
      objects.push(undefined);
      continue;
    }
    const size = Number(found[2]);
    // A submodule or folder at the path is no record text.
    objects.push(found[1] === 'blob' ? output.subarray(offset, offset + size) : undefined);
    offset += size + 1;
  }
  while (objects.length < count) objects.push(undefined);
  return objects;
}
