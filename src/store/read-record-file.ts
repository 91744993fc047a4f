// One record file from disk to a validated record and its problems.
// Every failure becomes a problem of that file; nothing here throws.
import { readFile } from 'node:fs/promises';
import { explainInvalidId, idFromFileName } from '../model/ids.js';
import type { Problem } from '../model/problem.js';
import type { HypoRecord } from '../model/schemas.js';
import type { PackedSourceMap, SourceMap } from '../model/source-map.js';
import { validateRecord } from '../model/validate-record.js';
import type { Kind } from '../model/vocabulary.js';
import { decodeRecordBytes } from './decode-text.js';
import { parseYamlMapping } from './parse-yaml.js';

export interface LoadedFile {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** The id the file name declares. */
  id: string;
  /** The decoded text (for code frames), when the file could be read as text. */
  text?: string;
  kind?: Kind;
  data?: Record<string, unknown>;
  /** Packed when the file was parsed in a worker thread. */
  sourceMap?: SourceMap | PackedSourceMap;
  /** Present only when the record passed its schema. */
  record?: HypoRecord;
  problems: Problem[];
}

export async function readRecordFile(absolutePath: string, file: string): Promise<LoadedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return {
      file,
      id: idFromFileName(file),
      problems: [{ file, line: 1, column: 1, severity: 'error', rule: 'unreadable-file', message: `the file cannot be read (${code}): check its permissions` }],
    };
  }
  return parseRecordBytes(bytes, file);
}

/** Bytes → loaded file; separate from reading so tests and other sources can feed it. */
export function parseRecordBytes(bytes: Uint8Array, file: string): LoadedFile {
  const id = idFromFileName(file);
  const idProblems = checkFileName(id, file);
  const decoded = decodeRecordBytes(bytes, file);
  if (decoded.problem) return { file, id, problems: [...idProblems, decoded.problem] };
  return parseRecordText(decoded.text, file, idProblems);
}

export function parseRecordText(text: string, file: string, idProblems = checkFileName(idFromFileName(file), file)): LoadedFile {
  const id = idFromFileName(file);
  const parsed = parseYamlMapping(text, file);
  if (!parsed.data || !parsed.sourceMap) return { file, id, text, problems: [...idProblems, ...parsed.problems] };
  const validated = validateRecord({ file, data: parsed.data, sourceMap: parsed.sourceMap });
  const loaded: LoadedFile = {
    file,
    id,
    text,
    data: parsed.data,
    sourceMap: parsed.sourceMap,
    problems: [...idProblems, ...validated.problems],
  };
  if (validated.kind) loaded.kind = validated.kind;
  if (validated.record) loaded.record = validated.record;
  return loaded;
}

function checkFileName(id: string, file: string): Problem[] {
  const reason = explainInvalidId(id);
  if (!reason) return [];
  return [
    {
      file,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'invalid-id',
      message: `"${id}" is not a valid id: ${reason}. The file name is the id: rename the file`,
    },
  ];
}
