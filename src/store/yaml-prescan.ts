// Checks on a record's raw text before the YAML parser builds a tree of it: left-over
// merge-conflict markers (the parser's own errors for them are confusing), and nesting
// so deep that building the tree would cost gigabytes or the stack.
import { Lexer } from 'yaml';
import type { Problem } from '../model/problem.js';

/** Records nest three levels at most; anything far deeper is not a record, and recursing into it risks the stack. */
export const MAX_DEPTH = 64;
/** Texts this large are scanned for nesting before the parser builds a tree of it: a 1 MiB
 * file of `[[[[…` would otherwise cost the parser a gigabyte. A record is well under this. */
const NESTING_SCAN_FROM = 16 * 1024;
const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?:\s|$)/;

export function tooDeepMessage(): string {
  return `the data nests more than ${MAX_DEPTH} levels deep: a record is a flat mapping`;
}

/** The problems of the raw text: conflict markers, or else nesting too deep; none when the text may be parsed. */
export function prescanYamlText(text: string, file: string): Problem[] {
  const conflicts = findConflictMarkers(text, file);
  if (conflicts.length > 0) return conflicts;
  const tooDeepAt = text.length >= NESTING_SCAN_FROM ? findExcessiveNesting(text) : undefined;
  if (tooDeepAt === undefined) return [];
  const lineStart = text.lastIndexOf('\n', tooDeepAt - 1) + 1;
  const line = 1 + (text.slice(0, lineStart).match(/\n/g)?.length ?? 0);
  return [{ file, line, column: tooDeepAt - lineStart + 1, severity: 'error', rule: 'too-deep', message: tooDeepMessage() }];
}

/**
 * The offset where flow collections (`[`, `{`) nest, or block indicators (`- - -`, `? ? ?`) pile up
 * on one line, more than MAX_DEPTH deep; undefined when they do not. One pass of the lexer, which
 * keeps no tree: quoted text, comments and block scalars are single tokens, so brackets in them do not count.
 */
function findExcessiveNesting(text: string): number | undefined {
  let offset = 0;
  let flow = 0;
  let onLine = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') flow++;
    else if (token === ']' || token === '}') flow = Math.max(0, flow - 1);
    else if (token === '-' || token === '?') onLine++;
    else if (token.startsWith('\n') || token.startsWith('\r\n')) onLine = 0;
    if (flow > MAX_DEPTH || onLine > MAX_DEPTH) return offset;
    // The lexer's markers for document start, flow end and scalar start are not text.
    if (token !== '\u0002' && token !== '\u0018' && token !== '\u001f') offset += token.length;
  }
  return undefined;
}

function findConflictMarkers(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  if (!/^(?:<{7}|={7}|>{7}|\|{7})/m.test(text)) return problems;
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const content = text.slice(start, end === -1 ? text.length : end);
    if (CONFLICT_MARKER.test(content)) {
      problems.push({
        file,
        line,
        column: 1,
        endLine: line,
        endColumn: 8,
        severity: 'error',
        rule: 'merge-conflict',
        message: `left-over merge-conflict marker "${content.slice(0, 7)}": resolve the conflict and remove the markers`,
      });
    }
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return problems;
}
