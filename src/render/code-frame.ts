// A few lines of source around a problem, with the offending node underlined,
// the way compilers show it.

import type { Painter } from './painter.js';
import { sanitizeForTerminal } from './terminal-text.js';

export interface FrameTarget {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

const CONTEXT_LINES = 1;
const MAX_LINE_WIDTH = 100;

export function renderCodeFrame(source: string | readonly string[], target: FrameTarget, paint: Painter): string {
  // Callers with many problems in one file split it once and pass the lines.
  const lines: readonly string[] = typeof source === 'string' ? splitSourceLines(source) : source;
  if (target.line < 1 || target.line > lines.length) return '';
  const first = Math.max(1, target.line - CONTEXT_LINES);
  const last = Math.min(lines.length, target.line + CONTEXT_LINES);
  const gutterWidth = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const raw = lines[number - 1] ?? '';
    const text = clip(visible(raw));
    const gutter = String(number).padStart(gutterWidth);
    const marker = number === target.line ? paint.error('>') : ' ';
    out.push(`  ${marker} ${paint.dim(`${gutter} |`)} ${text}`.trimEnd());
    if (number === target.line) {
      // Columns count characters of the raw line; escaped control characters take more room on screen.
      const endColumn = target.endLine === target.line && target.endColumn !== undefined ? target.endColumn : raw.length + 1;
      const start = Math.min(visible(raw.slice(0, target.column - 1)).length + 1, text.length + 1);
      const end = Math.min(visible(raw.slice(0, Math.max(endColumn, target.column) - 1)).length + 1, text.length + 1);
      const width = Math.max(1, end - start);
      out.push(`    ${paint.dim(`${' '.repeat(gutterWidth)} |`)} ${' '.repeat(start - 1)}${paint.error('^'.repeat(width))}`);
    }
  }
  return out.join('\n');
}

/** A file's lines, for code frames: the final newline ends a line, it does not start one. */
export function splitSourceLines(source: string): string[] {
  const lines = source.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function visible(text: string): string {
  return sanitizeForTerminal(text.replace(/\t/g, ' '));
}

function clip(text: string): string {
  return text.length > MAX_LINE_WIDTH ? `${text.slice(0, MAX_LINE_WIDTH - 1)}…` : text;
}
