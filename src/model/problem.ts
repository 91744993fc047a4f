// A problem is data: collected across all files, rendered later in any format.
import { type DataPath, locate, type PackedSourceMap, type SourceMap } from './source-map.js';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, counted in characters. */
  column: number;
  /** Where the offending node ends, for underlining it in a code frame. */
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** A permanent kebab-case name, e.g. `unknown-field`. */
  rule: string;
  message: string;
}

export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/** A problem at the node `path` of a parsed file (or its nearest existing ancestor). */
export function problemAt(
  parsed: { file: string; sourceMap?: SourceMap | PackedSourceMap | undefined },
  path: DataPath,
  rule: string,
  message: string,
  options: { severity?: Severity; atKey?: boolean } = {},
): Problem {
  const [line, column, endLine, endColumn] = locate(parsed.sourceMap, path, options.atKey ? 'key' : 'value');
  return { file: parsed.file, line, column, endLine, endColumn, severity: options.severity ?? 'error', rule, message };
}

/** More problems than this in one file are noise (one mistake repeated, or a file that is no
 * record at all); the rest are counted, not listed, so output stays readable and fast. */
export const MAX_PROBLEMS_PER_FILE = 50;
const TOO_MANY = 'too-many-problems';

/**
 * At most MAX_PROBLEMS_PER_FILE problems of one file, the first ones in the text, and then one
 * more that counts the rest (rule `too-many-problems`, at the first one left out; an error when
 * any left out is). Limiting a list that holds such a count already adds to that count.
 */
export function limitProblems(problems: readonly Problem[]): Problem[] {
  const counts = problems.filter((problem) => problem.rule === TOO_MANY);
  if (problems.length <= MAX_PROBLEMS_PER_FILE + counts.length && counts.length <= 1) return [...problems];
  const sorted = problems.filter((problem) => problem.rule !== TOO_MANY).sort(compareProblems);
  const kept = sorted.slice(0, MAX_PROBLEMS_PER_FILE);
  const left = [...sorted.slice(MAX_PROBLEMS_PER_FILE), ...counts];
  const more = sorted.slice(MAX_PROBLEMS_PER_FILE).length + counts.reduce((sum, count) => sum + Number(/^\d+/.exec(count.message)?.[0] ?? 0), 0);
  const first = left[0]!;
  kept.push({
    file: first.file,
    line: first.line,
    column: first.column,
    severity: left.some((problem) => problem.severity === 'error') ? 'error' : 'warning',
    rule: TOO_MANY,
    message: `${more} more ${more === 1 ? 'problem' : 'problems'} in this file, not listed: fix the ones above and check again`,
  });
  return kept;
}
