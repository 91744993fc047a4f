// `git cat-file --batch` output, parsed as it streams in chunks cut anywhere: a header
// line, then the object's bytes, then a line feed. An object over the size cap is never
// held: its bytes are counted off as they pass, so a history of huge versions costs no
// more memory than one chunk.

/** What cat-file gave for one name asked, in the order asked. */
export type CatFileObject =
  | { found: 'blob'; bytes: Uint8Array }
  /** A blob over the cap: only its size is known. */
  | { found: 'too-large'; size: number }
  /** No such object, an ambiguous name, or no blob (a folder or submodule at the path). */
  | { found: 'none' };

/** `<sha> <type> <size>` when found; `<name> missing` or `<name> ambiguous` otherwise (a name may hold spaces). */
const FOUND_HEADER = /^[0-9a-f]{40,64} (\S+) (\d+)$/;

/**
 * A parser to feed chunk by chunk; `onObject` gets each object as soon as its last byte is
 * in. Sizes count bytes, so the stream is cut as bytes, never as text. Blobs over `maxBytes`
 * arrive as `too-large`.
 */
export function catFileParser(maxBytes: number, onObject: (object: CatFileObject) => void): (chunk: Uint8Array) => void {
  const decoder = new TextDecoder('utf-8');
  /** The header read so far, when it spans chunks. */
  let headerParts: Uint8Array[] = [];
  /** Bytes of the current object still to come; -1 between objects (reading a header), 0 for the line feed after one. */
  let remaining = -1;
  let body: Uint8Array | undefined;
  let filled = 0;
  let current: CatFileObject = { found: 'none' };

  const startObject = (header: string) => {
    const found = FOUND_HEADER.exec(header);
    if (!found) {
      onObject({ found: 'none' });
      return;
    }
    const size = Number(found[2]);
    const isBlob = found[1] === 'blob';
    body = isBlob && size <= maxBytes ? new Uint8Array(size) : undefined;
    filled = 0;
    current = body ? { found: 'blob', bytes: body } : isBlob ? { found: 'too-large', size } : { found: 'none' };
    remaining = size;
    if (size === 0) finishBody();
  };
  const finishBody = () => {
    onObject(current);
    body = undefined;
    current = { found: 'none' };
    remaining = 0;
  };

  return (chunk) => {
    let offset = 0;
    while (offset < chunk.length) {
      if (remaining === -1) {
        const end = chunk.indexOf(0x0a, offset);
        // Copied: a header is a few bytes, and a view would keep the whole chunk alive.
        headerParts.push(chunk.slice(offset, end === -1 ? chunk.length : end));
        if (end === -1) return;
        offset = end + 1;
        const header = decoder.decode(joinParts(headerParts));
        headerParts = [];
        startObject(header);
      } else if (remaining === 0) {
        // The line feed after an object's bytes.
        offset++;
        remaining = -1;
      } else {
        const take = Math.min(remaining, chunk.length - offset);
        body?.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        remaining -= take;
        offset += take;
        if (remaining === 0) finishBody();
      }
    }
  };
}

function joinParts(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
