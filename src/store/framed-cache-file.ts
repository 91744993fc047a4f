// The layout hypo's cache files share: a format line, one line of JSON header, then the
// payload, whose length and sha256 the header holds. A file that is not exactly that
// (another format, cut short, altered) reads as nothing: a miss, never an error.
import { createHash } from 'node:crypto';

export interface FramedCacheFile {
  /** The header as written, with `bytes` and `sha256` checked already. */
  header: Readonly<Record<string, unknown>>;
  payload: Buffer;
}

/** The file's bytes: the header gains the payload's length and checksum, hashed piece by piece (a large payload is never copied to be hashed). */
export function frameCacheFile(format: string, header: Readonly<Record<string, unknown>>, pieces: readonly Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  let bytes = 0;
  for (const piece of pieces) {
    hash.update(piece);
    bytes += piece.length;
  }
  const line = JSON.stringify({ ...header, bytes, sha256: hash.digest('hex') });
  return Buffer.concat([Buffer.from(`${format}\n${line}\n`), ...pieces]);
}

/** The header and payload of a file in `format`, or undefined for anything else. */
export function unframeCacheFile(bytes: Uint8Array, format: string): FramedCacheFile | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const formatEnd = buffer.indexOf(10);
  const headerEnd = formatEnd < 0 ? -1 : buffer.indexOf(10, formatEnd + 1);
  if (headerEnd < 0 || buffer.toString('utf8', 0, formatEnd) !== format) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(buffer.toString('utf8', formatEnd + 1, headerEnd));
  } catch {
    return undefined;
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return undefined;
  const payload = buffer.subarray(headerEnd + 1);
  const { bytes: length, sha256 } = header as Record<string, unknown>;
  if (length !== payload.length || sha256 !== createHash('sha256').update(payload).digest('hex')) return undefined;
  return { header: header as Record<string, unknown>, payload };
}
