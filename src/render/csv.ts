// CSV per RFC 4180: fields holding a comma, a quote, CR or LF are quoted, quotes inside
// doubled, records ended by CRLF. UTF-8; with `bom`, a byte-order mark first, which
// Excel needs to read the file as UTF-8 rather than the system's code page. Every cell a
// spreadsheet would evaluate as a formula gets a leading quote (model/spreadsheet-formulas.ts),
// which `hypo import` takes off again.
import { neutraliseFormula } from '../model/spreadsheet-formulas.js';
import { sanitizeLine } from './terminal-text.js';

export interface CsvOptions {
  bom?: boolean;
  /**
   * For a person at a terminal rather than for a program: every control character, line
   * break and bidi override in a cell is shown escaped (`\x1b[2J`, `\n`), so a cell can
   * neither clear the screen, set the clipboard (OSC 52) or hide a link (OSC 8), nor start a
   * line that passes for another record. Records end in a newline alone. The result is no
   * longer the exported data: it is for reading.
   */
  forTerminal?: boolean;
}

export function renderCsv(header: readonly string[], rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  // The terminal shows the cells the file would hold, so the quote comes before the escaping.
  const field = options.forTerminal
    ? (value: string) => csvField(sanitizeLine(neutraliseFormula(value)))
    : (value: string) => csvField(neutraliseFormula(value));
  const end = options.forTerminal ? '\n' : '\r\n';
  const lines = [header, ...rows].map((cells) => `${cells.map(field).join(',')}${end}`);
  return `${options.bom ? '\uFEFF' : ''}${lines.join('')}`;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
