// `npm run bench -- --only sizes` (or `--sizes` beside the rest): every read command once
// on 1,000, 10,000 and 50,000 records, first with empty caches and then repeated with
// nothing changed, for the time and the peak memory of each. Does each command complete
// at 50,000 records and 20,000 commits, and does memory grow no faster than the records?
import { rmSync } from 'node:fs';
import path from 'node:path';
import { settleSince } from './edit-and-commit.js';
import { generateRecords, writeRepository } from './generate-repo.js';
import { cacheEnv, type Run, runOnce } from './measure.js';

/** records:commits pairs, overridable as BENCH_SIZES=1000:500,10000:5000. */
const SIZES = (process.env.BENCH_SIZES ?? '1000:500,10000:5000,50000:20000').split(',').map((pair) => {
  const [records, commits] = pair.split(':').map(Number);
  return { records: records!, commits: commits! };
});
/** The peak memory a 10,000-record run must stay under. */
const PEAK_LIMIT_MB = 300;

interface Cell {
  first: Run;
  repeated: Run;
}

export function sizes(work: string, hypo: string): string {
  const results = SIZES.map(({ records, commits }) => {
    const root = path.join(work, `size-${records}`);
    let started = Date.now();
    const generated = generateRecords(records);
    writeRepository(root, generated, commits);
    console.log(`generated ${records} records and ${commits} commits in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // Files written a moment ago are parsed again by every run until they are a few seconds old (as a person's saved files are).
    settleSince(Date.now());
    const someId = path.basename(generated[generated.length - 1]!.file, '.yaml');
    started = Date.now();
    const cells = new Map<string, Cell>();
    for (const [name, args] of commands(someId)) {
      // Each command with caches of its own: the first run fills them, the second finds nothing changed.
      const env = cacheEnv(path.join(work, `cache-size-${records}-${cells.size}`));
      const first = runOnce(process.execPath, [hypo, ...args], root, env);
      const repeated = runOnce(process.execPath, [hypo, ...args], root, env);
      cells.set(name, { first, repeated });
      console.log(`  ${records} records: ${name}: ${cell(first)}, repeated ${cell(repeated)}`);
    }
    console.log(`measured ${records} records in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    rmSync(root, { recursive: true, force: true });
    return { records, commits, cells };
  });
  const header = `| command | ${results.map(({ records, commits }) => `${records.toLocaleString('en')} records, ${commits.toLocaleString('en')} commits`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---:|').join('')}`;
  const table = (which: keyof Cell) =>
    [
      header,
      rule,
      ...[...results[0]!.cells.keys()].map((name) => `| ${name} | ${results.map(({ cells }) => cell(cells.get(name)![which])).join(' | ')} |`),
      `| **peak memory, any command** | ${results.map(({ cells }) => `${peakOf(cells, which).toFixed(0)} MB`).join(' | ')} |`,
    ].join('\n');
  return [
    'First run, empty caches (time · peak memory):',
    '',
    table('first'),
    '',
    'Repeated, nothing changed:',
    '',
    table('repeated'),
    '',
    verdicts(results),
  ].join('\n');
}

/** Every command that reads the repository, as a user runs it. */
function commands(someId: string): [string, string[]][] {
  return [
    ['check', ['check', '--format', 'json']],
    ['list --format json', ['list', '--format', 'json']],
    ['show <id>', ['show', someId]],
    ['log <id>', ['log', someId, '--format', 'json']],
    ['stale', ['stale', '--format', 'json']],
    ['affected --since HEAD~1', ['affected', '--since', 'HEAD~1', '--format', 'json']],
    ['acted', ['acted', '--format', 'json']],
    ['next', ['next', '--format', 'json']],
    ['report --format json', ['report', '--format', 'json']],
    ['trend', ['trend', '--format', 'json']],
    ['journey', ['journey', '--format', 'json']],
    ['export --format json', ['export', '--format', 'json']],
  ];
}

function cell(run: Run): string {
  if (run.status !== 0 && run.status !== 1) return `**failed** (exit ${run.status})`;
  const peak = run.peakMb === null ? '–' : `${run.peakMb.toFixed(0)} MB`;
  return `${(run.ms / 1000).toFixed(2)} s · ${peak}`;
}

function peakOf(cells: Map<string, Cell>, which?: keyof Cell): number {
  const runs = [...cells.values()].flatMap((cell) => (which ? [cell[which]] : [cell.first, cell.repeated]));
  return Math.max(...runs.map((run) => run.peakMb ?? 0));
}

/** The targets of this block: every command completes; peak memory at 10,000 records; memory per record as records grow. */
function verdicts(results: { records: number; cells: Map<string, Cell> }[]): string {
  const lines = results.map(({ records, cells }) => {
    const failed = [...cells].filter(([, cell]) => [cell.first, cell.repeated].some((run) => run.status !== 0 && run.status !== 1)).map(([name]) => name);
    const peak = peakOf(cells);
    const limit = records === 10_000 ? `; ≤ ${PEAK_LIMIT_MB} MB: ${peak <= PEAK_LIMIT_MB ? 'met' : '**not met**'}` : '';
    const completes = failed.length === 0 ? 'every command completes: met' : `every command completes: **not met** (${failed.join(', ')})`;
    return `- ${records.toLocaleString('en')} records: ${completes}; peak memory ${peak.toFixed(0)} MB${limit}`;
  });
  const smallest = results[0]!;
  const largest = results[results.length - 1]!;
  if (largest !== smallest) {
    const growth = peakOf(largest.cells) / peakOf(smallest.cells);
    lines.push(
      `- peak memory grows ${growth.toFixed(1)}× for ${(largest.records / smallest.records).toFixed(0)}× the records (${smallest.records.toLocaleString('en')} → ${largest.records.toLocaleString('en')}): ${growth <= largest.records / smallest.records ? 'no faster than linear: met' : '**faster than linear**'}`,
    );
  }
  return lines.join('\n');
}
