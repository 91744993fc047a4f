// Never silently partial: every command that reads records works on the valid ones, names
// the ones it left out on stderr and in its JSON, and fails with --strict.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

const VALID = 'learning/hypotheses/betala-med-swish.yaml';
/** One bad field: the day does not exist. Its globs still read. */
const BAD_DATE = 'learning/hypotheses/kvitto-i-appen.yaml';
/** Not even YAML: nothing in it can be read. */
const UNREADABLE = 'learning/hypotheses/olaslig.yaml';

const SKIPPED = [
  { file: BAD_DATE, line: 6, column: 10, rule: 'invalid-date', message: 'created: "2026-02-30" is not a real calendar date' },
  {
    file: UNREADABLE,
    line: 3,
    column: 1,
    rule: 'yaml-syntax',
    message: 'flow sequence in block collection must be sufficiently indented and end with a ]',
  },
];
const LINE = `⚠ 2 records left out for errors: ${BAD_DATE}, ${UNREADABLE} (hypo check shows why)\n`;

function repoWithBrokenRecords(): TempRepo {
  const repo = makeRepo(
    {
      [VALID]:
        'kind: hypothesis\ntitle: Betala med Swish\nstatement: Vi tror att resenärer hellre betalar med Swish\nstatus: open\nmetric_type: customer\ncode: [src/checkout/**]\n',
      [BAD_DATE]:
        'kind: hypothesis\ntitle: Kvitto i appen\nstatement: Vi tror att kvittot räcker\nstatus: open\nmetric_type: business\ncreated: 2026-02-30\ncode: [src/checkout/pay.ts, src/receipt/**]\n',
      [UNREADABLE]: 'kind: hypothesis\ntitle: [oavslutad\n',
    },
    { git: true },
  );
  repo.commit('Records', '2026-11-02');
  return repo;
}

const run = (repo: TempRepo, ...args: string[]) => runCli(['-C', repo.root, ...args]);

describe('commands that read records, with records left out for errors', () => {
  it('report: works on the valid records, names the others on stderr, in the JSON and in the report itself', async () => {
    const repo = repoWithBrokenRecords();
    const json = await run(repo, 'report', '--format', 'json', '--as-of', '2026-11-25');
    expect(json.code).toBe(0);
    expect(json.stderr).toBe(LINE);
    const report = JSON.parse(json.stdout);
    expect(report.skipped).toEqual(SKIPPED);
    // The share counts only what could be read, and the report says so rather than show 100 % silently.
    expect(report.customerFocus).toMatchObject({ customer: 1, business: 0 });
    expect(report.assumptionMap.map((item: { id: string }) => item.id)).toEqual(['betala-med-swish']);

    const markdown = await run(repo, 'report', '--format', 'markdown', '--as-of', '2026-11-25');
    expect(markdown.stdout).toContain(`## Warnings\n\n- 2 records left out for errors: ${BAD_DATE}, ${UNREADABLE} (hypo check shows why)\n`);
    expect((await run(repo, 'report', '--strict', '--as-of', '2026-11-25')).code).toBe(1);
  });

  it('stale: the JSON names them, and --strict fails even when nothing is stale', async () => {
    const repo = repoWithBrokenRecords();
    const result = await run(repo, 'stale', '--format', 'json', '--as-of', '2026-11-25');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(LINE);
    expect(JSON.parse(result.stdout)).toEqual({ asOf: '2026-11-25', stale: [], warnings: [], skipped: SKIPPED });
    const text = await run(repo, 'stale', '--as-of', '2026-11-25');
    expect(text.stdout).toBe('✔ nothing stale among the records that could be read as of 2026-11-25\n');
    expect((await run(repo, 'stale', '--strict', '--as-of', '2026-11-25')).code).toBe(1);
  });

  it('affected: a left-out record whose globs read is listed as invalid, and --fail-on fails on it', async () => {
    const repo = repoWithBrokenRecords();
    const result = await run(repo, 'affected', 'src/checkout/pay.ts', '--format', 'json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(LINE);
    expect(JSON.parse(result.stdout)).toEqual({
      since: null,
      changed: ['src/checkout/pay.ts'],
      affected: [
        { id: 'betala-med-swish', status: 'open', files: ['src/checkout/pay.ts'] },
        { id: 'kvitto-i-appen', status: 'invalid', files: ['src/checkout/pay.ts'] },
      ],
      skipped: SKIPPED,
    });
    // Whatever statuses fail the run, a record nobody can read the status of fails it too.
    expect((await run(repo, 'affected', 'src/receipt/kvitto.ts', '--fail-on', 'refuted')).code).toBe(1);
    expect((await run(repo, 'affected', 'src/receipt/kvitto.ts', '--fail-on', 'invalid')).code).toBe(1);
    expect((await run(repo, 'affected', 'src/receipt/kvitto.ts')).code).toBe(0);
  });

  it('affected: never answers that no record is touched while a record could not be read', async () => {
    const repo = repoWithBrokenRecords();
    const result = await run(repo, 'affected', 'src/other.ts');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("no record's code is touched");
    expect(result.stdout).toBe(
      "⚠ no readable record's code is touched in the given changes (1 changed file)\n⚠ 1 record could not be read: whether the change touches its code is unknown\n",
    );
    const invalid = await run(repo, 'affected', 'src/receipt/kvitto.ts');
    // Its age comes from git, since its `created` is no real day.
    expect(invalid.stdout).toContain('kvitto-i-appen hypothesis · invalid · ');
    expect((await run(repo, 'affected', 'src/other.ts', '--strict')).code).toBe(1);
  });

  it('affected --format github: annotates each left-out record where its error is', async () => {
    const repo = repoWithBrokenRecords();
    const result = await run(repo, 'affected', 'src/other.ts', '--format', 'github');
    expect(result.stdout).toContain(
      `::warning file=${BAD_DATE},line=6,col=10,title=hypo%3A record left out (invalid-date)::created: "2026-02-30" is not a real calendar date. hypo left this record out; hypo check shows why\n`,
    );
  });

  it('list, show, log and export: the line on stderr, the JSON of show and log, and --strict', async () => {
    const repo = repoWithBrokenRecords();
    const list = await run(repo, 'list', '--format', 'json');
    expect(list.code).toBe(0);
    // A list shows a record with errors as it reads; one of no known kind it cannot.
    expect(list.stderr).toBe(
      `⚠ 1 record left out for errors: ${UNREADABLE} (hypo check shows why)\n⚠ 1 record listed with errors: ${BAD_DATE} (hypo check shows why)\n`,
    );
    expect(Array.isArray(JSON.parse(list.stdout))).toBe(true);

    const show = await run(repo, 'show', 'betala-med-swish', '--format', 'json');
    expect(show.code).toBe(0);
    expect(show.stderr).toBe(LINE);
    expect(JSON.parse(show.stdout).skipped).toEqual(SKIPPED);

    const log = await run(repo, 'log', 'betala-med-swish', '--format', 'json');
    expect(log.code).toBe(0);
    expect(log.stderr).toBe(LINE);
    expect(JSON.parse(log.stdout).skipped).toEqual(SKIPPED);

    const exported = await run(repo, 'export', '--format', 'json');
    expect(exported.code).toBe(0);
    expect(exported.stderr).toBe(LINE);
    expect(JSON.parse(exported.stdout).map((row: { id: string }) => row.id)).toEqual(['betala-med-swish']);

    for (const args of [['list'], ['show', 'betala-med-swish'], ['log', 'betala-med-swish'], ['export']]) {
      expect((await run(repo, ...args, '--strict')).code, args.join(' ')).toBe(1);
    }
  });

  it('says nothing and exits 0 with --strict when every record is valid', async () => {
    const repo = makeRepo({ [VALID]: 'kind: hypothesis\ntitle: Betala med Swish\nstatement: s\nstatus: open\n' }, { git: true });
    repo.commit('One record', '2026-11-02');
    for (const args of [['report', '--as-of', '2026-11-25'], ['stale', '--as-of', '2026-11-25'], ['list'], ['show', 'betala'], ['export']]) {
      const result = await run(repo, ...args, '--strict', '--format', 'json');
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 0, stderr: '' });
    }
    expect(JSON.parse((await run(repo, 'report', '--format', 'json', '--as-of', '2026-11-25')).stdout).skipped).toEqual([]);
  });
});
