// The kind a record file declares, for shell completion: found by its top-level `kind:`
// line, without the YAML parser, since completion runs on every Tab press. A record's
// kind is that field, not its folder: a record may live anywhere under the root.
import { KINDS, type Kind } from '../model/vocabulary.js';
import { decodeRecordBytes, MAX_RECORD_BYTES } from './decode-text.js';
import { readAtMost } from './read-bounded.js';

/** `kind: hypothesis` at the start of a line, plain or quoted, with an optional comment. */
const KIND_LINE = /^kind:[ \t]*(["']?)([a-z]+)\1[ \t]*(?:#.*)?\r?$/m;

/** The kind the file's text declares; undefined when it declares none that hypo knows, or cannot be read. */
export function readDeclaredKind(absolutePath: string): Kind | undefined {
  const read = readAtMost(absolutePath, MAX_RECORD_BYTES);
  if (!read.bytes) return undefined;
  const { text } = decodeRecordBytes(read.bytes, absolutePath);
  const declared = text === undefined ? undefined : KIND_LINE.exec(text)?.[2];
  return KINDS.find((kind) => kind === declared);
}
