// A record file's text as read, with what must survive an edit: the exact bytes (for
// the optimistic lock) and a leading BOM. Edits work on BOM-less text and keep the
// file's own line ends; saving puts the BOM back.
import { readFile } from 'node:fs/promises';

export interface RecordSource {
  /** The bytes as read. */
  bytes: Uint8Array;
  /** The text without a BOM. */
  text: string;
  bom: boolean;
}

export async function readRecordSource(absolutePath: string): Promise<RecordSource> {
  const bytes = await readFile(absolutePath);
  const raw = bytes.toString('utf8');
  const bom = raw.startsWith('\uFEFF');
  return { bytes, text: bom ? raw.slice(1) : raw, bom };
}

/** Edited text back into the file's encoding: with its BOM if it had one. */
export function encodeLikeSource(source: Pick<RecordSource, 'bom'>, text: string): string {
  return source.bom ? `\uFEFF${text}` : text;
}
