// A computed report kept between runs, like the check's result (check-cache.ts): when
// nothing it was computed from changed, the next `hypo report` prints it again without
// parsing a record or reading the history. Its key is the fingerprint of the config and
// every file and folder the records' walk saw (fingerprintRepository: build, config,
// sizes, inodes, timestamps in nanoseconds), the question asked (period options, as-of
// day, today's day) and, in a git work tree, the commit checked out (the history walks,
// the past days' blobs and the code's commits all read below it) and, when the report
// matched `code:` globs, the list of files git tracks. A shallow clone is never kept:
// fetching more of it changes its history without moving HEAD. The payload is v8's
// structured clone of the report, under a checksum. The other caches a report is computed
// through (the parse, the walks, the statuses) hold exactly what a run without them would
// compute from the same inputs, so they are not part of the key. A file that is not exactly what this
// build wrote (another format or build, cut short, a wrong checksum) is a miss, never an
// answer and never an error.

import { readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { cacheFileIn, writeCacheFile } from './cache-folder.js';

import { frameCacheFile, unframeCacheFile } from './framed-cache-file.js';

/** The first line of every entry; a new layout gets a new number. */
const FORMAT = 'hypo-report-cache 2';

/** What a kept report holds for, besides its key. */
export interface ReportCacheHeader {
  /** The fingerprint of the records' walk and the question, as one hash. */
  key: string;
  /** The records folder the fingerprint walked (from the config, which is in the fingerprint). */
  recordRoot: string;
  /** In a git work tree: the commit checked out. */
  head?: string;
  /** When the report matched `code:` globs: the trackedStamp of the files git tracked. */
  tracked?: string;
}

export interface KeptReport {
  header: ReportCacheHeader;
  /** As it was given to writeKeptReport; the caller judges its shape. */
  payload: unknown;
}

function reportCacheFile(folder: string, root: string): string {
  return cacheFileIn(folder, 'report', root, '.bin');
}

/** The kept entry for this repository, undefined when there is none or it is not exactly what hypo writes. */
export async function readKeptReport(folder: string, root: string): Promise<KeptReport | undefined> {
  try {
    return decodeKeptReport(await readFile(reportCacheFile(folder, root)));
  } catch {
    return undefined;
  }
}

export function decodeKeptReport(buffer: Buffer): KeptReport | undefined {
  try {
    const framed = unframeCacheFile(buffer, FORMAT);
    if (!framed || !isHeader(framed.header)) return undefined;
    const { bytes: _bytes, sha256: _sha256, ...rest } = framed.header;
    return { header: rest as unknown as ReportCacheHeader, payload: deserialize(framed.payload) };
  } catch {
    return undefined;
  }
}

export function encodeKeptReport(header: ReportCacheHeader, payload: unknown): Buffer {
  return frameCacheFile(FORMAT, { ...header }, [serialize(payload)]);
}

export async function writeKeptReport(folder: string, root: string, header: ReportCacheHeader, payload: unknown): Promise<void> {
  await writeCacheFile(reportCacheFile(folder, root), () => encodeKeptReport(header, payload));
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
