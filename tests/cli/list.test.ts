// hypo list: the JSON rows, each filter, usage errors, and the table: fitted to a terminal, whole when piped.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text-layout.js';
import { runCli, TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));

const FILES: Record<string, string> = {
  'learning/hypotheses/riders-want-realtime.yaml':
    'kind: hypothesis\ntitle: Riders want real-time departures\nstatement: s\nstatus: testing\nowner: Sara Öberg\ntags: [realtime, bus]\n',
  'learning/hypotheses/farjan-i-realtid.yaml':
    'kind: hypothesis\ntitle: Färjeresenärer vill se färjan i realtid\nstatement: Vi tror att …\nstatus: open\ntags: [färja]\n',
  'learning/experiments/departures-panel.yaml':
    'kind: experiment\ntitle: Panel on departures\ntests: [riders-want-realtime]\nmethod: panel\nstatus: done\nresult:\n  summary: fine\n  outcome: supports\nowner: Elin Lindqvist\n',
  'learning/insights/riders-plan-at-home.yaml':
    'kind: insight\ntitle: Riders plan at home\nlearned: l\nfrom: [departures-panel]\ndecision:\n  action: persevere\n  summary: s\n  owner: Sara Öberg\n',
  'learning/insights/riders-ignore-ads.yaml': 'kind: insight\ntitle: Riders ignore ads\nlearned: l\nowner: elin lindqvist\ntags: [bus]\n',
  // Fails its schema (status), still listed with what it says.
  'learning/hypotheses/broken-status.yaml': 'kind: hypothesis\ntitle: Broken status\nstatement: s\nstatus: validatd\n',
  // Fails its schema (title is a list): listed with an empty title.
  'learning/experiments/odd-title.yaml': 'kind: experiment\ntitle: [a, b]\ntests: [riders-want-realtime]\nmethod: panel\nstatus: planned\n',
  // No kind: nothing to list it as.
  'learning/hypotheses/no-kind.yaml': 'title: No kind\n',
};

const row = (id: string, kind: string, title: string, status: string, folder: string) => ({ id, kind, title, status, file: `learning/${folder}/${id}.yaml` });
const ROWS = {
  broken: row('broken-status', 'hypothesis', 'Broken status', 'validatd', 'hypotheses'),
  farjan: row('farjan-i-realtid', 'hypothesis', 'Färjeresenärer vill se färjan i realtid', 'open', 'hypotheses'),
  riders: row('riders-want-realtime', 'hypothesis', 'Riders want real-time departures', 'testing', 'hypotheses'),
  panel: row('departures-panel', 'experiment', 'Panel on departures', 'done', 'experiments'),
  odd: row('odd-title', 'experiment', '', 'planned', 'experiments'),
  ignore: row('riders-ignore-ads', 'insight', 'Riders ignore ads', 'undecided', 'insights'),
  plan: row('riders-plan-at-home', 'insight', 'Riders plan at home', 'decided', 'insights'),
};

const LEFT_OUT = '⚠ 1 record left out for errors: learning/hypotheses/no-kind.yaml (hypo check shows why)\n';

async function listJson(root: string, ...args: string[]) {
  const result = await runCli(['-C', root, 'list', '--format', 'json', ...args]);
  expect(result.stderr.startsWith(root === EXAMPLE ? '' : LEFT_OUT)).toBe(true);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as unknown;
}

describe('hypo list --format json', () => {
  it('lists every record with an id and a kind, by kind then id', async () => {
    const repo = makeRepo(FILES);
    expect(await listJson(repo.root)).toEqual([ROWS.broken, ROWS.farjan, ROWS.riders, ROWS.panel, ROWS.odd, ROWS.ignore, ROWS.plan]);
  });

  it('filters by kind, taking a unique prefix or the folder name', async () => {
    const repo = makeRepo(FILES);
    expect(await listJson(repo.root, '--kind', 'hyp')).toEqual([ROWS.broken, ROWS.farjan, ROWS.riders]);
    expect(await listJson(repo.root, '--kind', 'e')).toEqual([ROWS.panel, ROWS.odd]);
    expect(await listJson(repo.root, '--kind', 'insights')).toEqual([ROWS.ignore, ROWS.plan]);
  });

  it('filters by status, with decided and undecided for insights', async () => {
    const repo = makeRepo(FILES);
    expect(await listJson(repo.root, '--kind', 'hypothesis', '--status', 'open')).toEqual([ROWS.farjan]);
    expect(await listJson(repo.root, '--kind', 'insight', '--status', 'decided')).toEqual([ROWS.plan]);
    expect(await listJson(repo.root, '--status', 'undecided')).toEqual([ROWS.ignore]);
    expect(await listJson(repo.root, '--status', 'done')).toEqual([ROWS.panel]);
  });

  it('filters by exact tag and by owner in any letter case', async () => {
    const repo = makeRepo(FILES);
    expect(await listJson(repo.root, '--tag', 'bus')).toEqual([ROWS.riders, ROWS.ignore]);
    expect(await listJson(repo.root, '--tag', 'färja')).toEqual([ROWS.farjan]);
    expect(await listJson(repo.root, '--tag', 'real')).toEqual([]);
    // Only the record's own owner counts, not the decision's.
    expect(await listJson(repo.root, '--owner', 'sara öberg')).toEqual([ROWS.riders]);
    expect(await listJson(repo.root, '--owner', 'Elin Lindqvist')).toEqual([ROWS.panel, ROWS.ignore]);
    expect(await listJson(repo.root, '--tag', 'bus', '--kind', 'ins')).toEqual([ROWS.ignore]);
  });

  it('lists the example repository', async () => {
    const rows = (await listJson(EXAMPLE, '--kind', 'insight', '--status', 'undecided')) as { id: string }[];
    expect(rows).toEqual([
      {
        id: 'pilotgruppen-oppnar-fyra-av-tio-notiser',
        kind: 'insight',
        title: 'Pilotgruppen öppnar fyra av tio förseningsnotiser',
        status: 'undecided',
        file: 'learning/insights/pilotgruppen-oppnar-fyra-av-tio-notiser.yaml',
      },
    ]);
    expect(((await listJson(EXAMPLE)) as unknown[]).length).toBe(25);
  });
});

describe('hypo list and records with errors', () => {
  it('lists a record with errors as it reads, names it and the ones it could not list on stderr, and keeps the JSON an array', async () => {
    const repo = makeRepo(FILES);
    const result = await runCli(['-C', repo.root, 'list', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `${LEFT_OUT}⚠ 2 records listed with errors: learning/experiments/odd-title.yaml, learning/hypotheses/broken-status.yaml (hypo check shows why)\n`,
    );
    expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
  });

  it('names only the records with errors that the filter lists', async () => {
    const repo = makeRepo(FILES);
    const result = await runCli(['-C', repo.root, 'list', '--kind', 'insight']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(LEFT_OUT);
  });

  it('exits 1 with --strict when a record was left out or has errors, and 0 when every record is valid', async () => {
    const repo = makeRepo(FILES);
    expect((await runCli(['-C', repo.root, 'list', '--strict'])).code).toBe(1);
    const clean = makeRepo({ 'learning/hypotheses/farjan-i-realtid.yaml': FILES['learning/hypotheses/farjan-i-realtid.yaml']! });
    expect(await runCli(['-C', clean.root, 'list', '--strict', '--format', 'json'])).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('hypo list usage errors', () => {
  it('rejects an unknown kind with a suggestion and exit 2', async () => {
    const repo = makeRepo(FILES);
    const result = await runCli(['-C', repo.root, 'list', '--kind', 'hypotesis']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'hypo: --kind hypotesis: not a kind: use hypothesis, experiment or insight (did you mean "hypothesis"?)\nhint: a unique prefix is enough: hyp, exp, ins\n',
    );
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('rejects a status that the kind does not have, pointing at the kind that has it', async () => {
    const repo = makeRepo(FILES);
    const result = await runCli(['-C', repo.root, 'list', '--kind', 'hyp', '--status', 'done']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--status "done" is not a status of a hypothesis (open, testing, supported, refuted, inconclusive, retired)');
    expect(result.stderr).toContain('hint: "done" is a status of an experiment: hypo list --kind experiment --status done');
  });

  it('suggests the nearest status', async () => {
    const repo = makeRepo(FILES);
    const result = await runCli(['-C', repo.root, 'list', '--status', 'suported']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(did you mean "supported"?)');
  });
});

describe('hypo list --format text', () => {
  it('prints a table with a header and a count', async () => {
    const repo = makeRepo(FILES);
    const result = await runCli(['-C', repo.root, 'list', '--kind', 'hyp']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'ID                    KIND  STATUS    TITLE',
        'broken-status         hyp   validatd  Broken status',
        'farjan-i-realtid      hyp   open      Färjeresenärer vill se färjan i realtid',
        'riders-want-realtime  hyp   testing   Riders want real-time departures',
        '3 records',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing matches, with exit 0', async () => {
    const repo = makeRepo(FILES);
    const result = await runCli(['-C', repo.root, 'list', '--tag', 'nothing']);
    expect(result).toEqual({ code: 0, stdout: 'no records match\n', stderr: LEFT_OUT });
  });

  it('fits an 80-column terminal with a 200-character title, and keeps columns aligned for å, ä, ö and emoji', async () => {
    const long = `${'Långa resor med många byten och ännu fler förseningar '.repeat(4)}`.slice(0, 200);
    expect(long).toHaveLength(200);
    const repo = makeRepo({
      'learning/hypotheses/a-very-long-title.yaml': `kind: hypothesis\ntitle: ${long}\nstatement: s\nstatus: inconclusive\n`,
      'learning/hypotheses/emoji-title.yaml':
        'kind: hypothesis\ntitle: 🚌🚌🚌 Bussen är här 🚌🚌🚌 och färjan går snart över fjärden mot Lillö och Storö\nstatement: s\nstatus: open\n',
      'learning/insights/one.yaml': `kind: insight\ntitle: Ö\nlearned: l\n`,
    });
    const result = await runCli(['-C', repo.root, 'list'], {}, { tty: true });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect([...line].length).toBeLessThanOrEqual(80);
      expect(displayWidth(line)).toBeLessThanOrEqual(80);
    }
    expect(lines[1]).toMatch(/^a-very-long-title {2}hyp {3}inconclusive {2}Långa resor .*…$/);
    expect(displayWidth(lines[1]!)).toBe(80);
    expect(lines[2]).toMatch(/🚌 Bussen är här .*…$/);
    // The title column starts at the same terminal column on every line.
    const titleColumn = displayWidth(lines[0]!.slice(0, lines[0]!.indexOf('TITLE')));
    expect(displayWidth(lines[2]!.slice(0, lines[2]!.indexOf('🚌')))).toBe(titleColumn);
    expect(displayWidth(lines[3]!.slice(0, lines[3]!.indexOf('Ö')))).toBe(titleColumn);
    expect(lines[4]).toBe('3 records');
  });

  describe('widths', () => {
    const LONG_ID = 'farjeresenarer-i-skargarden-vill-se-var-farjan-ar-just-nu';
    const LONG_TITLE = `Färjeresenärer i skärgården vill se var färjan är, ${'och när den går från Vaxholm till Ljusterö, '.repeat(3)}slut`;
    const WIDE_FILES = {
      [`learning/hypotheses/${LONG_ID}.yaml`]: `kind: hypothesis\ntitle: ${LONG_TITLE}\nstatement: s\nstatus: open\n`,
      'learning/hypotheses/kort.yaml': 'kind: hypothesis\ntitle: Kort\nstatement: s\nstatus: open\n',
    };
    const linesOf = (stdout: string) => stdout.trimEnd().split('\n');

    it('never cuts an id, and keeps every title whole when piped, whatever COLUMNS says', async () => {
      const repo = makeRepo(WIDE_FILES);
      const result = await runCli(['-C', repo.root, 'list'], { env: { ...TEST_ENV, COLUMNS: '40' } });
      expect(result.code).toBe(0);
      expect(linesOf(result.stdout)[1]).toBe(`${LONG_ID}  hyp   open    ${LONG_TITLE}`);
      expect(result.stdout).not.toContain('…');
    });

    it('fits the terminal: its own width, or COLUMNS when set, cutting titles only', async () => {
      const repo = makeRepo(WIDE_FILES);
      for (const [env, columns, width] of [
        [{}, 120, 120],
        [{ COLUMNS: '200' }, 120, 200],
      ] as const) {
        const result = await runCli(['-C', repo.root, 'list'], { env: { ...TEST_ENV, ...env } }, { tty: true, columns });
        const lines = linesOf(result.stdout);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(lines[1]).toMatch(new RegExp(`^${LONG_ID} {2}hyp {3}open {4}Färjeresenärer i skärgården .*…$`));
        expect(displayWidth(lines[1]!)).toBe(width);
        expect(lines[2]).toMatch(/^kort +hyp {3}open {4}Kort$/);
      }
    });

    it('keeps the id whole and a title of 20 columns on a terminal too narrow for both', async () => {
      const repo = makeRepo(WIDE_FILES);
      const result = await runCli(['-C', repo.root, 'list'], {}, { tty: true, columns: 60 });
      const title = linesOf(result.stdout)[1]!.slice(`${LONG_ID}  hyp   open    `.length);
      expect(linesOf(result.stdout)[1]!.startsWith(`${LONG_ID}  `)).toBe(true);
      expect(title).toBe('Färjeresenärer i sk…');
    });

    it('cuts nothing with --wide on a terminal', async () => {
      const repo = makeRepo(WIDE_FILES);
      const result = await runCli(['-C', repo.root, 'list', '--wide'], {}, { tty: true, columns: 80 });
      expect(linesOf(result.stdout)[1]).toBe(`${LONG_ID}  hyp   open    ${LONG_TITLE}`);
    });
  });

  it('says "1 record" for one', async () => {
    const repo = makeRepo(FILES);
    const result = await runCli(['-C', repo.root, 'list', '--status', 'undecided']);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 record');
  });

  it('fits the example repository into a 120-column terminal, every id whole', async () => {
    const result = await runCli(['-C', EXAMPLE, 'list', '--lang', 'en'], {}, { tty: true, columns: 120 });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('25 records');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(120);
    const ids = (JSON.parse((await runCli(['-C', EXAMPLE, 'list', '--format', 'json'])).stdout) as { id: string }[]).map((row) => row.id);
    expect(lines.slice(1, -1).map((line) => line.split(' ')[0])).toEqual(ids);
  });

  it('colours statuses and dims the header only when asked', async () => {
    const repo = makeRepo(FILES);
    const coloured = await runCli(['-C', repo.root, 'list'], { color: true });
    expect(coloured.stdout).toContain('\u001b[2mID');
    expect(coloured.stdout).toContain('\u001b[32mdone\u001b[39m');
    expect(coloured.stdout).toContain('\u001b[33mopen\u001b[39m');
    expect(coloured.stdout).toContain('\u001b[36mtesting\u001b[39m');
    const plain = await runCli(['-C', repo.root, 'list']);
    expect(plain.stdout).not.toContain('\u001b');
  });

  it('keeps escape sequences in titles from reaching the terminal', async () => {
    const repo = makeRepo({ 'learning/hypotheses/evil.yaml': 'kind: hypothesis\ntitle: "x\\e[2Jy"\nstatement: s\nstatus: open\n' });
    const result = await runCli(['-C', repo.root, 'list']);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('x\\x1b[2Jy');
  });
});

describe('hypo list outside a repository folder', () => {
  it('checks the filters before looking for records', async () => {
    const result = await runCli(['-C', path.dirname(EXAMPLE), 'list', '--kind', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--kind x: not a kind');
  });
});
