// What `hypo import` says: each problem at its spreadsheet row and column, then what
// was (or would be) created.
import type { Painter } from './painter.js';
import { sanitizeLine } from './terminal-text.js';

export interface RowProblemView {
  row?: number;
  column?: string;
  severity: 'error' | 'warning';
  message: string;
}

export function renderRowProblems(file: string, problems: readonly RowProblemView[], paint: Painter): string {
  return problems
    .map((problem) => {
      const where = [
        sanitizeLine(file),
        problem.row === undefined ? 'header' : `row ${problem.row}`,
        ...(problem.column ? [`column ${sanitizeLine(problem.column)}`] : []),
      ].join(', ');
      const severity = problem.severity === 'error' ? paint.error('error') : paint.warning('warning');
      return `${paint.path(where)}: ${severity} ${sanitizeLine(problem.message)}\n`;
    })
    .join('');
}

export function renderImported(created: readonly { row: number; file: string }[], what: string, dryRun: boolean): string {
  const heading = dryRun ? `Would create ${created.length} ${what} (nothing written: --dry-run):` : `Created ${created.length} ${what}:`;
  return `${heading}\n${created.map(({ row, file }) => `  ${sanitizeLine(file)}  (row ${row})\n`).join('')}`;
}
