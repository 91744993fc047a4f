// A spreadsheet saved as CSV, from disk: read, decoded as UTF-8 (a sheet saved in a
// legacy code page is refused rather than garbled), then parsed.
import { readFile } from 'node:fs/promises';
import { HypoError } from '../model/hypo-error.js';
import { type ParsedCsv, parseCsvText } from './parse-csv.js';

/** The file as UTF-8 CSV; a spreadsheet saved in a legacy code page is refused rather than garbled. `shown` names it in messages. */
export async function readCsvSheet(absolute: string, shown: string): Promise<ParsedCsv> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new HypoError('unreadable-file', `cannot read ${shown} (${code === 'ENOENT' ? 'no such file' : code})`, { hint: 'give the path of a CSV file' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HypoError('not-utf8', `${shown} is not UTF-8 text`, { hint: 'save it again as "CSV UTF-8" (Excel) or with UTF-8 encoding' });
  }
  return parseCsvText(text, shown);
}
