// Bytes → text for a record file: UTF-8 with or without BOM, nothing else.
// Binary files, invalid UTF-8 and oversized files are problems, found before
// the YAML parser sees them.
import type { Problem } from '../model/problem.js';

/** A record is a few hundred bytes; anything this large is not one, and parsing it would only cost time. */
export const MAX_RECORD_BYTES = 1024 * 1024;

export type DecodedText = { text: string; problem?: undefined } | { text?: undefined; problem: Problem };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeRecordBytes(bytes: Uint8Array, file: string): DecodedText {
  const fail = (rule: string, message: string, line = 1, column = 1): DecodedText => ({
    problem: { file, line, column, severity: 'error', rule, message },
  });
  if (bytes.length > MAX_RECORD_BYTES) return { problem: fileTooLarge(bytes.length, file) };
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const [line, column] = lineAndColumn(bytes, nul);
    return fail('binary-file', 'the file holds a NUL byte: it is binary, not a YAML text', line, column);
  }
  let text: string;
  try {
    // The decoder drops a leading BOM (ignoreBOM: false).
    text = decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const [line, column] = lineAndColumn(bytes, offset);
    return fail('invalid-encoding', 'the file is not valid UTF-8: save it as UTF-8', line, column);
  }
  // A second BOM would become part of the first key (`\uFEFFkind`), and "kind is required" would puzzle.
  if (text.startsWith('\uFEFF')) return fail('invalid-encoding', 'the file starts with two byte-order marks (BOM): remove the second one');
  // The YAML parser breaks lines at LF only, so a lone CR (classic Mac OS line ends) would turn the file into one long line.
  const loneCr = /\r(?!\n)/.exec(text);
  if (loneCr) {
    const lineStart = text.lastIndexOf('\n', loneCr.index) + 1;
    const line = 1 + (text.slice(0, lineStart).match(/\n/g)?.length ?? 0);
    return fail(
      'invalid-encoding',
      'a line ends in a lone CR (carriage return), as on classic Mac OS: save the file with LF or CRLF line ends',
      line,
      loneCr.index - lineStart + 1,
    );
  }
  return { text };
}

/** The problem of a file over MAX_RECORD_BYTES; readers that know the size without reading use it too. */
export function fileTooLarge(size: number, file: string): Problem {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    rule: 'file-too-large',
    message: `the file is ${formatSize(size)} (${size} bytes); a record or config file may be at most ${formatSize(MAX_RECORD_BYTES)} (${MAX_RECORD_BYTES} bytes)`,
  };
}

/** Why a version in a record's history shows no fields: git holds it over MAX_RECORD_BYTES, and it was never read. */
export function versionTooLarge(size: number): string {
  return `this version is ${formatSize(size)} (${size} bytes), over the ${formatSize(MAX_RECORD_BYTES)} a record may have: its fields are not shown`;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/** 1-based line and column (in characters) of a byte offset. */
function lineAndColumn(bytes: Uint8Array, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return [line, prefix.length + 1];
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f)) return i;
    if ((byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}
