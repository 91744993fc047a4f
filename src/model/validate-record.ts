// Validation of one parsed record: its kind, its fields against the zod schema of
// that kind, and the rules that need only the record itself (dates in order,
// a done experiment has a result). Pure: problems come back as data.
import { isCalendarDate } from './dates.js';
import { describeSchemaIssue } from './describe-schema-issue.js';
import { type Problem, problemAt } from './problem.js';
import { DecisionSchema, ExperimentResultSchema, type HypoRecord, RECORD_SCHEMAS, withoutExtensions } from './schemas.js';
import type { SourceMap } from './source-map.js';
import { didYouMean } from './suggest.js';
import { KINDS, type Kind } from './vocabulary.js';

/** Said by `check` and, through the JSON Schema, by editors. */
export const DONE_WITHOUT_RESULT = 'the experiment is done but has no result: add result.summary and result.outcome';

export interface ParsedRecordData {
  file: string;
  data: Record<string, unknown>;
  sourceMap: SourceMap;
}

export interface ValidatedRecord {
  /** The kind, when the file names a known one (even if other fields are wrong). */
  kind?: Kind;
  /** The record, only when it passed the schema. */
  record?: HypoRecord;
  problems: Problem[];
}

export function validateRecord(parsed: ParsedRecordData): ValidatedRecord {
  const { data } = parsed;
  const kind = data.kind;
  if (kind === undefined) {
    return {
      problems: [problemAt(parsed, [], 'missing-kind', `kind is required: one of ${KINDS.join(', ')}`)],
    };
  }
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
    const got = typeof kind === 'string' ? `"${kind}"${didYouMean(kind, KINDS)}` : 'a value that is not text';
    return {
      problems: [problemAt(parsed, ['kind'], 'unknown-kind', `kind must be one of ${KINDS.join(', ')} — got ${got}`)],
    };
  }
  const recordKind = kind as Kind;
  const schema = RECORD_SCHEMAS[recordKind];
  // The record is the data without team extensions, keys in the file's order; the schema
  // transforms nothing, so a valid input is the record (and can be rebuilt from the data).
  const input = withoutExtensions(data);
  const result = schema.safeParse(input, { reportInput: true });
  const problems: Problem[] = [];
  if (!result.success) {
    const knownKeys = (path: PropertyKey[]) => knownKeysAt(recordKind, path);
    for (const issue of result.error.issues) {
      for (const described of describeSchemaIssue(issue, knownKeys)) {
        problems.push(problemAt(parsed, described.path, described.rule, described.message, { atKey: described.atKey }));
      }
    }
  }
  problems.push(...recordRules(parsed, recordKind));
  return result.success ? { kind: recordKind, record: input as HypoRecord, problems } : { kind: recordKind, problems };
}

/** Rules that look at one record alone, on its raw data (so they run even when another field is wrong). */
function recordRules(parsed: ParsedRecordData, kind: Kind): Problem[] {
  const { data } = parsed;
  const problems: Problem[] = [];
  if (kind !== 'experiment') return problems;
  const { start, end, status, result } = data;
  if (typeof start === 'string' && typeof end === 'string' && isCalendarDate(start) && isCalendarDate(end) && end < start) {
    problems.push(problemAt(parsed, ['end'], 'end-before-start', `end ${end} is before start ${start}`));
  }
  if (status === 'done' && result === undefined) {
    problems.push(problemAt(parsed, ['status'], 'done-without-result', DONE_WITHOUT_RESULT));
  }
  if (status === 'done' && isPlainObject(result) && result.outcome === undefined) {
    problems.push(
      problemAt(parsed, ['result'], 'done-without-outcome', 'the experiment is done but its result has no outcome (supports, refutes or inconclusive)', {
        severity: 'warning',
        atKey: true,
      }),
    );
  }
  return problems;
}

function knownKeysAt(kind: Kind, path: PropertyKey[]): string[] {
  const shape =
    path.length === 0 ? RECORD_SCHEMAS[kind].shape : path[0] === 'result' ? ExperimentResultSchema.shape : path[0] === 'decision' ? DecisionSchema.shape : {};
  return Object.keys(shape);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
