// CSV text → a header and rows, per RFC 4180 (quoted fields, doubled quotes, line breaks
// inside quotes), through csv-parse. Rows keep their spreadsheet row numbers (the header
// is row 1), counting rows left empty, so that a problem names the row a person sees.
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { HypoError } from '../model/hypo-error.js';

export interface CsvRow {
  /** The row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: string[];
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
  delimiter: ',' | ';';
}

export function parseCsvText(text: string, file: string): ParsedCsv {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(body);
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? `:${error.lines}` : '';
      throw new HypoError('csv-invalid', `${file}${line}: not valid CSV: ${error.message.replace(/^[^:]*: /, '')}`, {
        hint: 'a field holding commas, quotes or line breaks must be in double quotes, with each quote inside doubled ("")',
      });
    }
    throw error;
  }
  const [header, ...rest] = records;
  if (!header || header.every((cell) => cell.trim() === '')) {
    throw new HypoError('csv-empty', `${file} has no header row`, { hint: 'the first row names the columns: id, title, statement, …' });
  }
  const rows: CsvRow[] = [];
  rest.forEach((cells, index) => {
    // Rows left empty in the spreadsheet are skipped, but still counted.
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push({ row: index + 2, cells: cells.map((cell) => cell.replace(/\r\n?/g, '\n')) });
  });
  return { header: header.map((cell) => cell.trim()), rows, delimiter };
}

/** Spreadsheets in many locales (Swedish Excel among them) save CSV with semicolons. */
function guessDelimiter(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
}
