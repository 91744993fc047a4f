// npm run bench: times hypo on a generated repository of 10,000 records and 5,000
// commits against reference points (node itself, the parse floor, the history floor,
// ajv-cli), and `stale` after one new commit on a short and a long history, prints the
// tables and writes BENCHMARKS.md. Not a test: numbers, not verdicts.
// `npm run bench -- --only history-growth` measures the second table alone and prints it.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRecords, writeRepository } from './bench/generate-repo.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);
const COMMITS = Number(process.env.BENCH_COMMITS ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const HYPO = path.join(ROOT, 'bin/hypo.js');
const NODE = process.execPath;
/** The history lengths `stale` is timed on after one new commit, with GROWTH_RECORDS records. */
const GROWTH_COMMITS = [2_000, 20_000];
const GROWTH_RECORDS = 1_000;

interface Measurement {
  name: string;
  medianMs: number;
  peakMb: number | null;
  /** CPU time (user + system, git's included) of the median run: steadier than the wall clock on a busy machine. */
  medianCpuMs: number | null;
}

interface MeasureOptions {
  /** The environment of the command (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Run before each run, outside the time measured. */
  before?: () => void;
}

function measure(name: string, command: string, args: string[], cwd: string, options: MeasureOptions = {}): Measurement {
  const times: number[] = [];
  const cpu: number[] = [];
  let peak: number | null = null;
  for (let run = 0; run <= RUNS; run++) {
    options.before?.();
    const [exe, argv] = TIME ? [TIME, ['-f', 'BENCH_PEAK_KB %M BENCH_CPU_S %U %S', command, ...args]] : [command, args];
    const started = process.hrtime.bigint();
    const result = spawnSync(exe, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: options.env ?? process.env });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${name} failed (${result.status}): ${result.stderr.slice(0, 500)}`);
    const kb = /BENCH_PEAK_KB (\d+)/.exec(result.stderr ?? '')?.[1];
    if (kb) peak = Math.max(peak ?? 0, Number(kb) / 1024);
    const seconds = /BENCH_CPU_S ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
    if (run > 0) {
      // run 0 warms the file cache
      times.push(elapsed);
      if (seconds) cpu.push((Number(seconds[1]) + Number(seconds[2])) * 1000);
    }
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { name, medianMs: median(times), peakMb: peak, medianCpuMs: cpu.length === times.length ? median(cpu) : null };
}

function main(): void {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  if (only !== undefined && only !== 'history-growth') throw new Error(`--only: unknown group ${only} (history-growth)`);
  const work = mkdtempSync(path.join(tmpdir(), 'hypo-bench-'));
  try {
    if (only === 'history-growth') {
      console.log(historyGrowth(work));
      return;
    }
    const big = path.join(work, 'big');
    const small = path.join(work, 'small');
    let started = Date.now();
    const records = generateRecords(RECORDS);
    writeRepository(big, records, COMMITS);
    writeRepository(small, generateRecords(30, 7), 30);
    console.log(`generated ${RECORDS} records and ${COMMITS} commits in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const someId = path.basename(records[records.length - 1]!.file, '.yaml');

    started = Date.now();
    const ajv = path.join(ROOT, 'node_modules/.bin/ajv');
    const results: Measurement[] = [
      measure('node -e 0', NODE, ['-e', '0'], big),
      measure('parse floor (read + yaml.parseDocument, 1 thread)', NODE, [path.join(ROOT, 'scripts/bench/parse-floor.mjs'), big], big),
      measure('history floor (git log --name-status)', 'git', ['log', '--name-status', '--format=%H %aI', '--', 'learning'], big),
      ...(existsSync(ajv) ? [measure('ajv-cli validate (3 schemas)', 'sh', ['-c', ajvCommand(ajv)], big)] : []),
      measure('hypo --version', NODE, [HYPO, '--version'], big),
      measure('hypo --help', NODE, [HYPO, '--help'], big),
      measure('hypo check --no-cache (cold: parse everything)', NODE, [HYPO, 'check', '--format', 'json', '--no-cache'], big),
      measure('hypo check (repeated: nothing changed)', NODE, [HYPO, 'check', '--format', 'json'], big),
      measure('hypo stale', NODE, [HYPO, 'stale', '--format', 'json'], big),
      measure('hypo next (code globs over 4,000 tracked files)', NODE, [HYPO, 'next', '--format', 'json'], big),
      measure('hypo acted (every decision against the whole history)', NODE, [HYPO, 'acted', '--format', 'json'], big),
      measure('hypo report --format json (current sprint: the working tree)', NODE, [HYPO, 'report', '--format', 'json'], big),
      // Sprint 200 ends on 2023-08-27, two thirds into the history: a snapshot from git with records missing and changed since.
      measure('hypo report --sprint 200 (past: as of its end)', NODE, [HYPO, 'report', '--format', 'json', '--sprint', '200'], big),
      measure('hypo trend (6 sprints up to sprint 200, each as of its end)', NODE, [HYPO, 'trend', '--format', 'json', '--as-of', '2023-08-27'], big),
      measure('hypo list --format json', NODE, [HYPO, 'list', '--format', 'json'], big),
      measure(`hypo show <id>`, NODE, [HYPO, 'show', someId], big),
      measure('hypo check --no-cache (30 records)', NODE, [HYPO, 'check', '--no-cache'], small),
      measure('hypo check (30 records, repeated)', NODE, [HYPO, 'check'], small),
    ];
    console.log(`measured in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const table = renderTable(results);
    console.log(table);
    const growth = historyGrowth(work);
    console.log(growth);
    writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), updateBenchmarks(renderMarkdown(table, growth)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `hypo stale` right after one new commit, on the same records with a short and a long
 * history: with the history kept in the cache, git reads the new commit alone, so the time
 * should not grow with the history (the last column); without the cache, for comparison.
 */
function historyGrowth(work: string): string {
  const records = generateRecords(GROWTH_RECORDS);
  const edited = records[0]!.file;
  const results = GROWTH_COMMITS.map((commits) => {
    const root = path.join(work, `history-${commits}`);
    const started = Date.now();
    writeRepository(root, records, commits);
    console.log(`generated ${GROWTH_RECORDS} records and ${commits} commits in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    let count = 0;
    // Each run follows a commit of its own, made after the run before it kept the history.
    const commitOne = () => {
      appendFileSync(path.join(root, edited), `# edited after the history, ${++count}\n`);
      spawnSync('git', ['commit', '-q', '-a', '-m', `One more commit ${count}`], { cwd: root, env: { ...process.env, ...BENCH_GIT } });
    };
    const cache = { ...process.env, XDG_CACHE_HOME: path.join(work, `cache-${commits}`), HYPO_CACHE_DIR: '', HYPO_CACHE: '' };
    const label = `${GROWTH_RECORDS.toLocaleString('en')} records, ${commits.toLocaleString('en')} commits`;
    return {
      commits,
      cached: measure(`hypo stale after one new commit (${label})`, NODE, [HYPO, 'stale', '--format', 'json'], root, { env: cache, before: commitOne }),
      cold: measure(`hypo stale after one new commit, no cache (${label})`, NODE, [HYPO, 'stale', '--format', 'json'], root, {
        env: { ...process.env, HYPO_CACHE: '0' },
        before: commitOne,
      }),
    };
  });
  const shortest = results[0]!;
  const rows = results.flatMap(({ cached, cold }) =>
    [
      [cached, shortest.cached],
      [cold, shortest.cold],
    ].map(([result, base]) => {
      const peak = result!.peakMb === null ? '–' : `${result!.peakMb.toFixed(0)} MB`;
      const cpu = result!.medianCpuMs === null ? '–' : `${result!.medianCpuMs.toFixed(0)} ms`;
      const cpuRatio = result!.medianCpuMs === null || base!.medianCpuMs === null ? '–' : `${(result!.medianCpuMs / base!.medianCpuMs).toFixed(2)}×`;
      return `| ${result!.name} | ${result!.medianMs.toFixed(0)} ms | ${cpu} | ${peak} | ${(result!.medianMs / base!.medianMs).toFixed(2)}× | ${cpuRatio} |`;
    }),
  );
  const shortLabel = shortest.commits.toLocaleString('en');
  return [
    `| command | median of ${RUNS} | CPU (user + system) | peak memory | ratio to ${shortLabel} commits | CPU ratio |`,
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

/** Who the benchmark's own commits are by, whatever the machine's git config says. */
const BENCH_GIT = {
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

function ajvCommand(ajv: string): string {
  const schemas = path.join(ROOT, 'schemas');
  const options = '--spec=draft2020 -c ajv-formats --strict=false --errors=no';
  return ['hypothesis:hypotheses', 'experiment:experiments', 'insight:insights']
    .map((pair) => {
      const [kind, folder] = pair.split(':');
      return `${ajv} validate ${options} -s ${schemas}/${kind}.schema.json -d 'learning/${folder}/*.yaml' >/dev/null`;
    })
    .join(' ; ');
}

function renderTable(results: Measurement[]): string {
  const find = (prefix: string) => results.find((result) => result.name.startsWith(prefix))?.medianMs;
  const node = find('node -e 0')!;
  const parse = find('parse floor')!;
  const history = find('history floor')!;
  const ajv = find('ajv-cli');
  const rows = results.map((result) => {
    const ratios = [
      `${(result.medianMs / node).toFixed(2)}× node`,
      `${(result.medianMs / parse).toFixed(2)}× parse`,
      `${(result.medianMs / Math.max(parse, history)).toFixed(2)}× max(parse, history)`,
    ];
    if (ajv) ratios.push(`${(result.medianMs / ajv).toFixed(2)}× ajv`);
    const peak = result.peakMb === null ? '–' : `${result.peakMb.toFixed(0)} MB`;
    return `| ${result.name} | ${result.medianMs.toFixed(0)} ms | ${peak} | ${ratios.join(' · ')} |`;
  });
  return [`| command | median of ${RUNS} | peak memory | ratios |`, '|---|---:|---:|---|', ...rows].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the measured part of BENCHMARKS.md, keeping the notes written around it. */
function updateBenchmarks(measured: string): string {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start === -1 || end === -1) return `${current.trimEnd()}\n\n${START}\n${measured}${END}\n`;
  return `${current.slice(0, start + START.length)}\n${measured}${current.slice(end)}`;
}

function renderMarkdown(table: string, growth: string): string {
  const repository = `a generated repository of ${RECORDS.toLocaleString('en')} records and ${COMMITS.toLocaleString('en')} commits (and one of 30 records)`;
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`;
  const today = new Date().toISOString().slice(0, 10);
  return `\`npm run bench\` on ${repository}, median of ${RUNS} runs after a warm-up, on ${machine}, ${today}.

${table}

\`hypo stale\` right after one new commit on ${GROWTH_RECORDS.toLocaleString('en')} records with a short and a long history: the cost of what changed, not of the history.

${growth}
`;
}

main();
