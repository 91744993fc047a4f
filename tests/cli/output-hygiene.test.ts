// Record text is data: a title that clears the screen, hides a link, rings the bell, sends
// an 8-bit CSI, reverses the line or forges a GitHub annotation reaches no output raw. Every
// text-printing command is run on such records; JSON keeps the text exactly; --format github
// keeps each annotation on its own line.
import { describe, expect, it } from 'vitest';
import { expectCleanOutput, RAW_CONTROL } from '../helpers/clean-output.js';
import { runCli } from '../helpers/run-cli.js';
import { type Lifetime, makeRepo, type TempRepo } from '../helpers/temp-repo.js';

/** A title with every trick: CSI, OSC 8 hyperlink, BEL, C1 CSI, RLO, CR and a forged workflow command. */
const EVIL = 'Riders \u001b[2J\u001b[Hwant \u001b]8;;https://evil.example\u0007realtime\u001b]8;;\u0007 \u009b31m\u202eexif\r\n::error::forged';
const EVIL_YAML = JSON.stringify(EVIL); // a YAML 1.2 double-quoted string, escapes and all
const LATER = `${EVIL} (again)`;

const FILES: Record<string, string> = {
  'learning/hypotheses/evil-hypothesis.yaml': `kind: hypothesis\ntitle: ${EVIL_YAML}\nstatement: ${EVIL_YAML}\nstatus: open\nsegment: ${EVIL_YAML}\ncreated: 2026-09-01\ncode: ["src/**"]\ntags: [${EVIL_YAML}]\n`,
  'learning/experiments/evil-experiment.yaml': `kind: experiment\ntitle: ${EVIL_YAML}\ntests: [evil-hypothesis]\nmethod: panel\nstatus: running\nplan: ${EVIL_YAML}\nstart: 2026-09-01\nend: 2026-09-10\ncode: ["src/**"]\n`,
  'learning/insights/evil-insight.yaml': `kind: insight\ntitle: ${EVIL_YAML}\nlearned: ${EVIL_YAML}\nfrom: [evil-experiment]\nhypotheses: [evil-hypothesis]\ndate: 2026-11-20\ndecision:\n  action: iterate\n  summary: ${EVIL_YAML}\n  next: [evil-hypothesis]\n`,
};

/** A record whose unknown field is named by the hostile text. */
const HOSTILE_KEY_RECORD = `kind: hypothesis\ntitle: t\nstatement: s\nstatus: open\n${EVIL_YAML}: 1\n`;

function fixture(lifetime: Lifetime = 'test'): TempRepo {
  const repo = makeRepo(FILES, { git: true, config: 'sprints: { start: 2026-11-16, length_days: 14 }\n', lifetime });
  repo.commit('Records', '2026-09-01');
  repo.write(
    'learning/hypotheses/evil-hypothesis.yaml',
    FILES['learning/hypotheses/evil-hypothesis.yaml']!.replace(`title: ${EVIL_YAML}`, `title: ${JSON.stringify(LATER)}`),
  );
  repo.commit(`Retitle ${EVIL.replace(/[\r\n]/g, ' ')}`, '2026-11-20');
  return repo;
}

// Building the fixture (git init and two commits) costs more than the commands run on it: the
// tests that only read share one for the file, and those that read it with the broken record
// another. Tests that write build their own.
let shared: TempRepo | undefined;
let sharedWithHostileKey: TempRepo | undefined;

function readOnlyFixture(): TempRepo {
  shared ??= fixture('file');
  return shared;
}

function readOnlyFixtureWithHostileKey(): TempRepo {
  if (!sharedWithHostileKey) {
    sharedWithHostileKey = fixture('file');
    sharedWithHostileKey.write('learning/hypotheses/broken.yaml', HOSTILE_KEY_RECORD);
  }
  return sharedWithHostileKey;
}

async function run(repo: TempRepo, ...args: string[]) {
  const result = await runCli(['-C', repo.root, ...args]);
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBeLessThan(2);
  return result;
}

describe('terminal output of record text', () => {
  const TEXT_COMMANDS: string[][] = [
    ['check'],
    ['list'],
    ['list', '--kind', 'insight'],
    ['show', 'evil-hypothesis'],
    ['show', 'evil-experiment'],
    ['show', 'evil-insight'],
    ['stale', '--as-of', '2026-11-25', '--days', '1'],
    ['affected', 'src/app.ts', '--as-of', '2026-11-25'],
    ['log', 'evil-hypothesis'],
    ['report', '--as-of', '2026-11-25'],
    ['report', '--as-of', '2026-11-25', '--since', '2026-08-01'],
  ];

  it.each(TEXT_COMMANDS.map((args) => [args.join(' '), args]))('hypo %s prints no raw control character', async (_, args) => {
    const repo = readOnlyFixture();
    const result = await run(repo, ...args);
    expect(result.stdout.length).toBeGreaterThan(0);
    expectCleanOutput(result, args.join(' '));
  });

  it('shows the escaped text instead, so nothing is hidden', async () => {
    const repo = readOnlyFixture();
    const shown = (await run(repo, 'show', 'evil-hypothesis')).stdout;
    expect(shown).toContain('\\x1b[2J');
    expect(shown).toContain('\\x1b]8;;https://evil.example\\x07');
    expect(shown).toContain('\\u202e');
  });

  it('hypo check shows a hostile value in a problem escaped, and in its code frame', async () => {
    const repo = fixture();
    repo.write(
      'learning/hypotheses/broken.yaml',
      `kind: hypothesis\ntitle: t\nstatement: s\nstatus: ${EVIL_YAML}\n"x\\e[2J-\\n::error::k": 1\nstatment: \u001b[2J\n`,
    );
    const result = await run(repo, 'check');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[invalid-value]');
    expectCleanOutput(result);
  });

  it('hypo set prints the old value escaped', async () => {
    const repo = fixture();
    const result = await run(repo, 'set', 'evil-hyp', 'title=Riders want real-time departures');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('title: Riders \\x1b[2J');
    expectCleanOutput(result);
  });
});

describe('--format github', () => {
  it.each([
    ['check', ['check']],
    ['stale', ['stale', '--as-of', '2026-11-25', '--days', '1']],
    ['affected', ['affected', 'src/app.ts', '--as-of', '2026-11-25']],
  ])('hypo %s keeps every annotation on one line and forges none', async (_, args) => {
    const repo = readOnlyFixtureWithHostileKey();
    const result = await run(repo, ...args, '--format', 'github');
    const lines = result.stdout.split('\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^(?:::(?:error|warning|notice) [^\n]*::[^\n]*|hypo [a-z]+: .*)$/);
    expect(lines.some((line) => line.startsWith('::error::forged'))).toBe(false);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    if (args[0] !== 'stale') expect(result.stdout).toContain('%0D%0A::error::forged');
  });
});

describe('--format json', () => {
  /** Every string anywhere in a JSON value. */
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

  it.each([
    ['list', ['list']],
    ['show', ['show', 'evil-hypothesis']],
    ['log', ['log', 'evil-hypothesis']],
    ['report', ['report', '--as-of', '2026-11-25', '--since', '2026-08-01']],
    ['check', ['check']],
  ])('hypo %s is valid JSON holding the text exactly', async (_, args) => {
    // check's JSON holds record text only in messages: an unknown field named by the hostile text.
    const repo = args[0] === 'check' ? readOnlyFixtureWithHostileKey() : readOnlyFixture();
    const result = await run(repo, ...args, '--format', 'json');
    expect(result.stderr).toBe('');
    const texts = strings(JSON.parse(result.stdout));
    expect(texts.some((text) => text === EVIL || text === LATER || text.includes(EVIL))).toBe(true);
  });
});

// A HypoError's message and hint quote config values (`there is no <root>/ folder`).
describe('hypo: messages built from hostile config text', () => {
  it('are escaped too', async () => {
    const repo = makeRepo({}, { config: 'root: "\\e[2Jlearning"\n' });
    const result = await runCli(['-C', repo.root, 'check']);
    expect(result.code).toBe(2);
    expectCleanOutput(result);
  });
});
