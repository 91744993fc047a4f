// A command's computed result kept between runs, like the check's result (check-cache.ts):
// when nothing it was computed from changed, the next `hypo report` (or `stale`, `next`,
// `journey`, `acted`) prints it again without parsing a record or reading the history. One
// entry per command and repository. Its key is the fingerprint of the config and every
// file and folder the records' walk saw (fingerprintRepository: build, config, sizes,
// inodes, timestamps in nanoseconds), the question asked (the command's options, today's
// day) and, in a git work tree, the commit checked out (the history walks, the past days'
// blobs and the code's commits all read below it) and, when the result matched files git
// tracks, the list of those files. A shallow clone is never kept: fetching more of it
// changes its history without moving HEAD. The payload is v8's structured clone of the
// result, under a checksum. The other caches a result is computed through (the parse, the
// walks, the statuses) hold exactly what a run without them would compute from the same
// inputs, so they are not part of the key. A file that is not exactly what this build
// wrote (another format or build, cut short, a wrong checksum) is a miss, never an answer
// and never an error. See docs/decisions/0011.

import { readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { cacheFileIn, writeCacheFile } from './cache-folder.js';

import { frameCacheFile, unframeCacheFile } from './framed-cache-file.js';

/** The first line of every entry; a new layout gets a new number. */
const FORMAT = 'hypo-kept-result 1';

/** The commands whose results are kept: each names its own entry. */
export type KeptCommand = 'report' | 'trend' | 'stale' | 'next' | 'journey' | 'acted';

/** What a kept result holds for, besides its key. */
export interface KeptResultHeader {
  /** The fingerprint of the records' walk and the question, as one hash. */
  key: string;
  /** The records folder the fingerprint walked (from the config, which is in the fingerprint). */
  recordRoot: string;
  /** In a git work tree: the commit checked out. */
  head?: string;
  /** When the result matched files git tracks: the trackedStamp of those files. */
  tracked?: string;
}

export interface KeptResult {
  header: KeptResultHeader;
  /** As it was given to writeKeptResult; the caller judges its shape. */
  payload: unknown;
}

function keptResultFile(folder: string, command: KeptCommand, root: string): string {
  return cacheFileIn(folder, command, root, '.bin');
}

/** The kept entry of this command for this repository, undefined when there is none or it is not exactly what hypo writes. */
export async function readKeptResult(folder: string, command: KeptCommand, root: string): Promise<KeptResult | undefined> {
  try {
    return decodeKeptResult(await readFile(keptResultFile(folder, command, root)));
  } catch {
    return undefined;
  }
}

export function decodeKeptResult(buffer: Buffer): KeptResult | undefined {
  try {
    const framed = unframeCacheFile(buffer, FORMAT);
    if (!framed || !isHeader(framed.header)) return undefined;
    const { bytes: _bytes, sha256: _sha256, ...rest } = framed.header;
    return { header: rest as unknown as KeptResultHeader, payload: deserialize(framed.payload) };
  } catch {
    return undefined;
  }
}

export function encodeKeptResult(header: KeptResultHeader, payload: unknown): Buffer {
  return frameCacheFile(FORMAT, { ...header }, [serialize(payload)]);
}

export async function writeKeptResult(folder: string, command: KeptCommand, root: string, header: KeptResultHeader, payload: unknown): Promise<void> {
  await writeCacheFile(keptResultFile(folder, command, root), () => encodeKeptResult(header, payload));
}

function isHeader(header: Readonly<Record<string, unknown>>): boolean {
  return (
    typeof header.key === 'string' &&
    /^[0-9a-f]{64}$/.test(header.key) &&
    typeof header.recordRoot === 'string' &&
    (header.head === undefined || typeof header.head === 'string') &&
    (header.tracked === undefined || typeof header.tracked === 'string')
  );
}
