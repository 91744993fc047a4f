// The text of record versions the one history walk found, from ONE `git cat-file --batch`
// for all of them: what the status history and success-after-test read of the past.
import type { Env } from '../model/env.js';
import { decodeRecordBytes } from '../store/decode-text.js';
import { createGitRunner, HISTORY_GIT_PURPOSE } from '../store/git.js';
import type { FileVersion } from '../store/git-history.js';
import { readBlobs } from '../store/read-blobs.js';

/** A version's text; undefined where git holds no readable UTF-8 text there. */
export type TextAt = (version: FileVersion, file: string) => string | undefined;

/** Reads every version's blob at once (none asked: no process) and decodes one when asked. */
export async function readCommittedTexts(root: string | undefined, versions: readonly FileVersion[], env: Env): Promise<TextAt> {
  const names = versions.map((version) => version.blob);
  const blobs =
    names.length === 0 || root === undefined
      ? new Map<string, Uint8Array | undefined>()
      : await readBlobs(createGitRunner(root, env, HISTORY_GIT_PURPOSE), names);
  return (version, file) => {
    const bytes = blobs.get(version.blob);
    return bytes && decodeRecordBytes(bytes, file).text;
  };
}
