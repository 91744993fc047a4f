// Record text and file names are data, and so are the names of the folders they sit in. A
// title that clears the screen (ESC[2J), sets the clipboard (OSC 52), hides a link (OSC 8),
// sends an 8-bit CSI (U+009B) or reverses the line (U+202E), and a file name holding a newline
// followed by a line that looks like hypo's own output, reach no human-readable output raw:
// the file name shows `\n`, so the forged line never starts a line of its own. CSV goes out
// escaped to a terminal and byte for byte to a pipe or a file; JSON escapes C1 controls and
// bidi overrides as `\u` sequences and still parses to the text exactly as written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { expectCleanOutput, RAW_CONTROL } from '../helpers/clean-output.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

const EVIL = 'Riders \u001b[2J\u001b[H want \u001b]52;c;cm0gLXJmIH4=\u0007 \u001b]8;;https://evil.example\u0007realtime\u001b]8;;\u0007 \u009b31m \u202eexif';
const EVIL_YAML = JSON.stringify(EVIL);
/** The line a folder name tries to forge: it would read as a check error of a file that does not exist. */
const FORGED = 'learning/forged.yaml:1:1 error everything is broken [invalid-yaml]';
/** A folder whose name holds a newline, the forged line and escape sequences; a valid record in it. */
const FOLDER = `learning/h\n${FORGED} \u001b[2J\u009b\u202e`;
const EVIL_FILE = `${FOLDER}/evil.yaml`;
/** A file whose own name holds the newline: not a valid id, so check reports it by name. */
const FORGED_FILE = `learning/x\n${FORGED} \u001b]52;c;aGk=\u0007.yaml`;

const HYPOTHESIS = `kind: hypothesis\ntitle: ${EVIL_YAML}\nstatement: ${EVIL_YAML}\nstatus: open\nsegment: ${EVIL_YAML}\ncreated: 2026-01-01\ntags: [${EVIL_YAML}]\n`;

let shared: TempRepo | undefined;

function fixture(): TempRepo {
  if (shared) return shared;
  const repo = makeRepo({}, { git: true, lifetime: 'file' });
  repo.write(EVIL_FILE, HYPOTHESIS);
  repo.write(FORGED_FILE, HYPOTHESIS.replace('status: open', 'status: testing'));
  repo.write(
    'learning/insights/evil-insight.yaml',
    `kind: insight\ntitle: ${EVIL_YAML}\nlearned: ${EVIL_YAML}\nhypotheses: [evil]\ndate: 2026-11-20\ndecision:\n  action: iterate\n  summary: ${EVIL_YAML}\n`,
  );
  repo.commit('Records', '2026-01-01');
  shared = repo;
  return repo;
}

async function run(args: string[], tty = false) {
  const result = await runCli(['-C', fixture().root, ...args], {}, { tty });
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBeLessThan(2);
  return result;
}

/** No line of the output is the forged one, and no line starts with the forged file name's tail. */
function expectNoForgedLine(output: string): void {
  for (const line of output.split('\n')) expect(line.startsWith('learning/forged.yaml')).toBe(false);
}

const TEXT_COMMANDS: string[][] = [
  ['check'],
  ['stale', '--as-of', '2026-11-25'],
  ['list'],
  ['show', 'evil'],
  ['show', 'evil-insight'],
  ['log', 'evil'],
  ['report', '--as-of', '2026-11-25', '--since', '2025-12-01'],
  ['export'],
];

describe('human-readable output of hostile record text and file names', () => {
  it.each(TEXT_COMMANDS.map((args) => [args.join(' '), args]))('hypo %s on a terminal prints no raw control and forges no line', async (_, args) => {
    const result = await run(args, true);
    expect(result.stdout.length).toBeGreaterThan(0);
    expectCleanOutput(result, args.join(' '));
    expectNoForgedLine(result.stdout);
    expectNoForgedLine(result.stderr);
  });

  it('hypo check names the file with its newline escaped', async () => {
    const result = await run(['check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`learning/x\\n${FORGED} \\x1b]52;c;aGk=\\x07.yaml:1:1 error`);
  });

  it('hypo stale names both files with their newlines escaped', async () => {
    const { stdout } = await run(['stale', '--as-of', '2026-11-25']);
    expect(stdout).toContain(`learning/h\\n${FORGED} \\x1b[2J\\x9b\\u202e/evil.yaml:4 untested evil:`);
    expect(stdout).toContain(`learning/x\\n${FORGED}`);
  });

  it('hypo show says where the record is, escaped, and shows its text escaped', async () => {
    const { stdout } = await run(['show', 'evil']);
    // A path with spaces may be wrapped at them: the words are all there, on no forged line.
    expect(stdout).toContain('learning/h\\nlearning/forged.yaml:1:1');
    expect(stdout).toContain('\\x1b[2J\\x9b\\u202e/evil.yaml');
    expect(stdout).toContain('\\x1b]52;c;cm0gLXJmIH4=\\x07');
    expect(stdout).toContain('\\x9b31m \\u202eexif');
  });

  it('hypo set, rename and decide name the files they changed, escaped', async () => {
    const repo = makeRepo({}, { git: true });
    repo.write(EVIL_FILE, HYPOTHESIS);
    repo.write(`${FOLDER}/evil-insight.yaml`, `kind: insight\ntitle: t\nlearned: l\nhypotheses: [evil]\ndate: 2026-11-20\n`);
    const results = [
      await runCli(['-C', repo.root, 'set', 'evil', 'importance=high'], {}, { tty: true }),
      await runCli(['-C', repo.root, 'rename', 'evil', 'evil-two'], {}, { tty: true }),
      await runCli(['-C', repo.root, 'decide', 'evil-insight', 'iterate', '--summary', 'Try again'], {}, { tty: true }),
      await runCli(['-C', repo.root, 'decide', 'evil-insight', 'iterate', '--summary', 'Try again'], {}, { tty: true }),
    ];
    for (const result of results) {
      expect(result.code, result.stderr).toBe(0);
      expectCleanOutput(result);
      expectNoForgedLine(result.stdout);
    }
    const stdout = results.map((result) => result.stdout).join('');
    expect(stdout).toContain(`updated learning/h\\n${FORGED}`);
    expect(stdout).toContain(`/evil.yaml → learning/h\\n${FORGED} \\x1b[2J\\x9b\\u202e/evil-two.yaml`);
    expect(stdout).toContain(`recorded in learning/h\\n${FORGED}`);
  });
});

describe('hypo export --format csv', () => {
  const CONTROL = new RegExp(RAW_CONTROL.source, 'u');

  it('to a terminal: every control escaped, one line per record', async () => {
    const { stdout } = await run(['export'], true);
    // One line per record (ended by a newline alone: this copy is for reading); no control
    // character inside a cell, not even a line break.
    const records = stdout.split('\n').slice(0, -1);
    expect(records).toHaveLength(4);
    for (const record of records) expect(record).not.toMatch(/[\n\r]|(?![\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
    expect(stdout).toContain('\\x1b]52;c;cm0gLXJmIH4=\\x07');
    expect(stdout).toContain(`learning/h\\n${FORGED}`);
  });

  it('to a pipe: the data byte for byte, so an import reads back exactly what was exported', async () => {
    const { stdout } = await run(['export']);
    expect(stdout).toMatch(CONTROL);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    const evil = rows.find((row) => row.id === 'evil');
    expect(evil?.title).toBe(EVIL);
    expect(evil?.file).toBe(EVIL_FILE);
    expect(rows.map((row) => row.file)).toContain(FORGED_FILE);
  });

  it('to a file named by --out, from a terminal: the data byte for byte', async () => {
    const repo = fixture();
    const out = path.join(repo.root, 'out.csv');
    const result = await run(['export', '--out', out], true);
    expectCleanOutput(result);
    const pipe = await run(['export']);
    expect(readFileSync(out, 'utf8')).toBe(pipe.stdout);
  });
});

describe('--format json', () => {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

  it.each([
    ['list', ['list']],
    ['show', ['show', 'evil']],
    ['export', ['export', '--format', 'json']],
    ['check', ['check']],
    ['stale', ['stale', '--as-of', '2026-11-25']],
    ['log', ['log', 'evil']],
    ['report', ['report', '--as-of', '2026-11-25', '--since', '2025-12-01']],
  ])('hypo %s writes C1 controls and bidi overrides as \\u escapes and parses to the text as written', async (name, args) => {
    const { stdout } = await run([...args, '--format', 'json'], true);
    expect(stdout).not.toMatch(/(?![\n])[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
    const texts = strings(JSON.parse(stdout));
    if (name === 'check') {
      // Problems name the file rather than quote its text.
      expect(texts).toContain(FORGED_FILE);
    } else if (name === 'stale' || name === 'log') {
      // Findings and commits name the file (whose folder holds U+009B and U+202E) rather than quote text.
      expect(stdout).toContain('\\u009b\\u202e/evil.yaml');
      expect(texts).toContain(EVIL_FILE);
    } else {
      expect(stdout).toContain('\\u009b31m');
      expect(stdout).toContain('\\u202eexif');
      expect(texts.some((text) => text === EVIL || text.includes(EVIL))).toBe(true);
    }
  });
});
