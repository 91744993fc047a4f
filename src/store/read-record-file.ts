// One record file from disk to a validated record and its problems.
// Every failure becomes a problem of that file; nothing here throws.
import { explainInvalidId, idFromFileName } from '../model/ids.js';
import { limitProblems, type Problem } from '../model/problem.js';
import type { HypoRecord } from '../model/schemas.js';
import type { PackedSourceMap, SourceMap } from '../model/source-map.js';
import { validateRecord } from '../model/validate-record.js';
import type { Kind } from '../model/vocabulary.js';
import { decodeRecordBytes, fileTooLarge, MAX_RECORD_BYTES } from './decode-text.js';
import { parseYamlMapping } from './parse-yaml.js';
import { readAtMost } from './read-bounded.js';

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

/**
 * One file from disk to a loaded file, blocking: for many small files a synchronous read is
 * cheaper than a promise each. Never reads more than MAX_RECORD_BYTES + 1 bytes.
 */
export function readRecordFileSync(absolutePath: string, file: string): LoadedFile {
  const read = readAtMost(absolutePath, MAX_RECORD_BYTES);
  if (read.bytes) return parseRecordBytes(read.bytes, file);
  const problem = read.tooLarge !== undefined ? fileTooLarge(read.tooLarge, file) : unreadable(file, read.unreadable);
  return { file, id: idFromFileName(file), problems: [problem] };
}

/** A file that could not be read: its reason, with what to do. */
export function unreadable(file: string, reason: string): Problem {
  const hint = reason === 'EACCES' || reason === 'EPERM' ? 'check its permissions' : 'a record is a regular file of YAML text';
  return { file, line: 1, column: 1, severity: 'error', rule: 'unreadable-file', message: `the file cannot be read (${reason}): ${hint}` };
}

/** The rules of problems that mean the file's text was never seen: it could not be read, decoded, or was too large. */
const UNREAD_RULES: ReadonlySet<string> = new Set(['unreadable-file', 'invalid-encoding', 'binary-file', 'file-too-large']);

/** The problem that kept the file's text from being read, when there is one: such a file is never rewritten. */
export function unreadProblem(loaded: Pick<LoadedFile, 'problems'>): Problem | undefined {
  return loaded.problems.find((problem) => UNREAD_RULES.has(problem.rule));
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
  if (!parsed.data || !parsed.sourceMap) return { file, id, text, problems: limitProblems([...idProblems, ...parsed.problems]) };
  const validated = validateRecord({ file, data: parsed.data, sourceMap: parsed.sourceMap });
  const loaded: LoadedFile = {
    file,
    id,
    text,
    data: parsed.data,
    sourceMap: parsed.sourceMap,
    problems: limitProblems([...idProblems, ...validated.problems]),
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
