// The library as a dashboard would use it: `import … from 'hypo'`, resolved through the
// package's `exports` (from the project itself, and from a project that installed it),
// giving the same data the CLI prints as JSON.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { actedReport, buildReport, check, loadRepository, nextTests, staleFindings } from '../../src/index.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = path.join(ROOT, 'examples/transit-app');

const SCRIPT = `
import { loadRepository, check, staleFindings, buildReport } from 'hypo';
const repository = await loadRepository(${JSON.stringify(EXAMPLE)});
const result = check(repository);
const stale = await staleFindings(repository, { asOf: '2026-11-25', git: false });
const report = await buildReport(repository, { asOf: '2026-11-25', sprint: 'previous', git: false });
console.log(JSON.stringify({ ok: result.ok, records: result.records, stale: stale.stale.map((finding) => finding.id), period: report.period }));
`;

/** Runs an ES module script in a node of its own, in `cwd`; rejects if it exits with an error. */
async function runModule(script: string, cwd: string): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
}

async function importAsUser(cwd: string) {
  const result = await runModule(SCRIPT, cwd);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { ok: boolean; records: number; stale: string[]; period: unknown };
}

const EXPECTED = {
  ok: true,
  records: 25,
  stale: ['koinformation-for-bilfarjan-minskar-samtal', 'offlinebiljett-minskar-oron-vid-dalig-tackning', 'pendlare-vill-bli-paminda-om-periodkortet'],
  period: { since: '2026-11-09', until: '2026-11-22', label: 'Sprint 6' },
};

// Each test waits on its own node only: they run at the same time, the project folder kept until
// the file's last test (a test's own cleanup would remove the others').
describe.concurrent("import from 'hypo'", () => {
  it('resolves the package’s own name from the project root (self-reference through exports)', async () => {
    expect(await importAsUser(ROOT)).toEqual(EXPECTED);
  });

  it('resolves from a project that has hypo in node_modules', async () => {
    const project = makeRepo({ 'package.json': '{ "name": "dashboard", "type": "module" }\n' }, { config: false, lifetime: 'file' });
    mkdirSync(path.join(project.root, 'node_modules'));
    symlinkSync(ROOT, path.join(project.root, 'node_modules/hypo'), 'dir');
    expect(await importAsUser(project.root)).toEqual(EXPECTED);
  });

  it('exports exactly the documented values', async () => {
    const result = await runModule("console.log(Object.keys(await import('hypo')).sort().join(' '))", ROOT);
    expect(result.stdout.trim().split(' ')).toEqual(
      [
        'ExperimentSchema',
        'HypoError',
        'HypothesisSchema',
        'InsightSchema',
        'actedReport',
        'buildGraph',
        'buildReport',
        'buildTrend',
        'check',
        'checkRepository',
        'loadRepository',
        'nextTests',
        'recoverWrites',
        'staleFindings',
      ].sort(),
    );
  });
});

describe('the library gives what the CLI prints', () => {
  it('check, staleFindings and buildReport match check, stale and report --format json', async () => {
    const repo = makeRepo({}, { git: true, config: false });
    cpSync(EXAMPLE, repo.root, { recursive: true });
    repo.commit('The example', '2026-10-01');
    const repository = await loadRepository(repo.root);
    const asOf = '2026-11-25';

    const checked = JSON.parse((await runCli(['-C', repo.root, 'check', '--format', 'json'])).stdout) as { ok: boolean; records: number; problems: unknown[] };
    expect(check(repository)).toMatchObject({ ok: checked.ok, records: checked.records, problems: checked.problems });

    const stale = await staleFindings(repository, { asOf });
    expect(JSON.parse(JSON.stringify(stale))).toEqual(JSON.parse((await runCli(['-C', repo.root, 'stale', '--as-of', asOf, '--format', 'json'])).stdout));

    // The CLI lists 10 unless told otherwise, and prints the warnings on stderr.
    const { warnings, ...next } = await nextTests(repository, { asOf, limit: 10 });
    expect(warnings).toEqual([]);
    expect(JSON.parse(JSON.stringify(next))).toEqual(JSON.parse((await runCli(['-C', repo.root, 'next', '--as-of', asOf, '--format', 'json'])).stdout));

    // The library's decisions also say where each `decision:` line is; the CLI's JSON keeps to its contract.
    const acted = await actedReport(repository, { asOf });
    const cliActed = JSON.parse((await runCli(['-C', repo.root, 'acted', '--as-of', asOf, '--format', 'json'])).stdout);
    expect(acted.decisions.map(({ file: _file, line: _line, ...decision }) => decision)).toEqual(cliActed.decisions);
    expect(acted.decisions.every((decision) => decision.file.startsWith('learning/insights/') && decision.line > 0)).toBe(true);

    for (const period of [[], ['--sprint', 'previous'], ['--since', '2026-09-01', '--until', '2026-10-15']]) {
      const options = Object.fromEntries(period.flatMap((word, index) => (index % 2 === 0 ? [[word.slice(2), period[index + 1]]] : [])));
      const cli = JSON.parse((await runCli(['-C', repo.root, 'report', '--as-of', asOf, '--format', 'json', ...period])).stdout);
      expect(JSON.parse(JSON.stringify(await buildReport(repository, { asOf, ...options })))).toEqual(cli);
    }
  });

  it('starts no git process with git: false, though hypotheses name code', async () => {
    const repository = await loadRepository(EXAMPLE);
    expect(repository.files.some((file) => file.record?.kind === 'hypothesis' && file.record.code?.length)).toBe(true);
    // No git on this PATH: a git process would fail the call.
    const env = { PATH: path.join(ROOT, 'no-such-folder') };
    const report = await buildReport(repository, { asOf: '2026-11-25', git: false, env });
    const next = await nextTests(repository, { asOf: '2026-11-25', git: false, env });
    expect(report.testNext.length).toBeGreaterThan(0);
    expect(next.next.map((item) => item.id)).toEqual(report.testNext.map((item) => item.id).slice(0, next.next.length));
  });

  it('takes asOf as a Date, and rejects a day that does not exist', async () => {
    const repository = await loadRepository(EXAMPLE);
    expect((await staleFindings(repository, { asOf: new Date(2026, 10, 25), git: false })).asOf).toBe('2026-11-25');
    await expect(staleFindings(repository, { asOf: '2026-02-30' })).rejects.toThrow('asOf: "2026-02-30" is not a real calendar date');
  });
});
