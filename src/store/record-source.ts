// A record file's text as read, with what must survive an edit: the exact bytes (for
// the optimistic lock) and a leading BOM. Edits work on BOM-less text and keep the
// file's own line ends; saving puts the BOM back.
import { readFile } from 'node:fs/promises';
import { HypoError } from '../model/hypo-error.js';

export interface RecordSource {
  /** The bytes as read. */
  bytes: Uint8Array;
  /** The text without a BOM. */
  text: string;
  bom: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text; bytes that are not UTF-8 are refused, never replaced by U+FFFD, so an edit cannot change what it did not read. `file` names it in messages. */
export async function readRecordSource(absolutePath: string, file = absolutePath): Promise<RecordSource> {
  const bytes = await readFile(absolutePath);
  let raw: string;
  try {
    raw = decoder.decode(bytes);
  } catch {
    throw new HypoError('not-utf8', `${file} is not valid UTF-8; hypo never rewrites a file it cannot read, so nothing was written`, {
      hint: `hypo check shows where; save ${file} as UTF-8`,
      exitCode: 1,
    });
  }
  const bom = raw.startsWith('\uFEFF');
  return { bytes, text: bom ? raw.slice(1) : raw, bom };
}

/** Edited text back into the file's encoding: with its BOM if it had one. */
export function encodeLikeSource(source: Pick<RecordSource, 'bom'>, text: string): string {
  return source.bom ? `\uFEFF${text}` : text;
}
