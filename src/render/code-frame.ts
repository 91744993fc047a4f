// A few lines of source around a problem, with the offending node underlined,
// the way compilers show it.
import { sanitizeForTerminal } from './terminal-text.js';
import type { Painter } from './painter.js';

export interface FrameTarget {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

const CONTEXT_LINES = 1;
const MAX_LINE_WIDTH = 100;

export function renderCodeFrame(source: string, target: FrameTarget, paint: Painter): string {
  const lines = source.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop(); // the final newline ends a line, it does not start one
  if (target.line < 1 || target.line > lines.length) return '';
  const first = Math.max(1, target.line - CONTEXT_LINES);
  const last = Math.min(lines.length, target.line + CONTEXT_LINES);
  const gutterWidth = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const text = clip(sanitizeForTerminal((lines[number - 1] ?? '').replace(/\t/g, ' ')));
    const gutter = String(number).padStart(gutterWidth);
    const marker = number === target.line ? paint.error('>') : ' ';
    out.push(`  ${marker} ${paint.dim(`${gutter} |`)} ${text}`.trimEnd());
    if (number === target.line) {
      const lineLength = text.length;
      const start = Math.min(target.column, lineLength + 1);
      const end = target.endLine === target.line && target.endColumn !== undefined ? target.endColumn : lineLength + 1;
      const width = Math.max(1, Math.min(end, lineLength + 1) - start);
      out.push(`    ${paint.dim(`${' '.repeat(gutterWidth)} |`)} ${' '.repeat(start - 1)}${paint.error('^'.repeat(width))}`);
    }
  }
  return out.join('\n');
}

function clip(text: string): string {
  return text.length > MAX_LINE_WIDTH ? `${text.slice(0, MAX_LINE_WIDTH - 1)}…` : text;
}
