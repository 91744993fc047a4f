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
