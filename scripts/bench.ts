// npm run bench: times hypo on a generated repository of 10,000 records and 5,000
// commits against reference points (node itself, the parse floor, the history floor,
// ajv-cli), cold (no caches), with nothing changed since the last run and with one record
// edited and one commit added, each row beside the issue's target for it; then `stale`
// after one new commit on a short and a long history. Prints the tables and rewrites
// their blocks in BENCHMARKS.md. Not a test: numbers, and the targets they meet or not.
// Parts: `npm run bench -- --only targets`, `--only history-growth`, `--only sizes`
// (every command at 1,000, 10,000 and 50,000 records: long); `--sizes` adds the last to
// a full run.

import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { editAndCommit, settleSince } from './bench/edit-and-commit.js';
import { generateRecords, writeRepository } from './bench/generate-repo.js';
import { writeMarked } from './bench/markers.js';
import { BENCH_GIT, cacheEnv, type Measurement, measure, noCacheEnv, RUNS } from './bench/measure.js';
import { sizes } from './bench/sizes.js';
import { type Comparison, met, type Row, renderTable, row } from './bench/targets.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCHMARKS = path.join(ROOT, 'BENCHMARKS.md');
const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);
const COMMITS = Number(process.env.BENCH_COMMITS ?? 5_000);
const HYPO = path.join(ROOT, 'bin/hypo.js');
const NODE = process.execPath;
/** The history lengths `stale` is timed on after one new commit, with GROWTH_RECORDS records. */
const GROWTH_COMMITS = [2_000, 20_000];
const GROWTH_RECORDS = 1_000;
const PARTS = ['targets', 'history-growth', 'sizes'] as const;
type Part = (typeof PARTS)[number];
/** The peak memory of any hypo command at 10,000 records. */
const PEAK_LIMIT_MB = 300;

function main(): void {
  const parts = selectedParts(process.argv.slice(2));
  const work = mkdtempSync(path.join(tmpdir(), 'hypo-bench-'));
  try {
    if (parts.includes('targets')) {
      const measured = targets(work);
      console.log(measured);
      writeMarked(BENCHMARKS, 'bench', measured);
    }
    if (parts.includes('history-growth')) {
      const measured = historyGrowth(work);
      console.log(measured);
      writeMarked(BENCHMARKS, 'bench-history-growth', measured);
    }
    if (parts.includes('sizes')) {
      const measured = `\`npm run bench -- --only sizes\` on ${machine()}, ${today()}.\n\n${sizes(work, HYPO)}\n`;
      console.log(measured);
      writeMarked(BENCHMARKS, 'bench-sizes', measured);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `--only PART` runs that part alone; without it, every part but sizes, which `--sizes` adds. */
function selectedParts(argv: string[]): Part[] {
  const at = argv.indexOf('--only');
  if (at !== -1) {
    const only = argv[at + 1] as Part;
    if (!PARTS.includes(only)) throw new Error(`--only: unknown part ${only} (${PARTS.join(', ')})`);
    return [only];
  }
  return argv.includes('--sizes') ? [...PARTS] : ['targets', 'history-growth'];
}

/** Every target of the issue on RECORDS records and COMMITS commits, each row beside its own. */
function targets(work: string): string {
  const big = path.join(work, 'big');
  const small = path.join(work, 'small');
  let started = Date.now();
  const records = generateRecords(RECORDS);
  writeRepository(big, records, COMMITS);
  writeRepository(small, generateRecords(30, 7), 30);
  console.log(`generated ${RECORDS} records and ${COMMITS} commits in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  settleSince(Date.now());
  const someId = path.basename(records[records.length - 1]!.file, '.yaml');
  const hypotheses = records.map((record) => record.file).filter((file) => file.includes('/hypotheses/'));
  const hypo = (name: string, args: string[], root: string, options: Parameters<typeof measure>[4] = {}) => {
    const result = measure(name, NODE, [HYPO, ...args], root, options);
    console.log(`  ${name}: ${result.medianMs.toFixed(0)} ms`);
    return result;
  };

  started = Date.now();
  const ajvBin = path.join(ROOT, 'node_modules/.bin/ajv');
  const node = measure('node -e 0', NODE, ['-e', '0'], big);
  const parse = measure('parse floor (read + yaml.parseDocument, 1 thread)', NODE, [path.join(ROOT, 'scripts/bench/parse-floor.mjs'), big], big);
  const history = measure('history floor (git log --name-status)', 'git', ['log', '--name-status', '--format=%H %aI', '--', 'learning'], big);
  const ajv = existsSync(ajvBin) ? measure('ajv-cli validate (3 schemas)', 'sh', ['-c', ajvCommand(ajvBin)], big) : undefined;
  const vsNode = (limit?: number): Comparison => ({ against: 'node', baseMs: node.medianMs, limit });
  const vsParse = (limit?: number): Comparison => ({ against: 'parse', baseMs: parse.medianMs, limit });
  const vsFloors = (limit?: number): Comparison => ({ against: 'max(parse, history)', baseMs: Math.max(parse.medianMs, history.medianMs), limit });
  const vsAjv: Comparison[] = ajv ? [{ against: 'ajv', baseMs: ajv.medianMs, limit: 1, strict: true }] : [];
  const reference = [row(node), row(parse, vsNode()), row(history, vsParse()), ...(ajv ? [row(ajv, vsParse())] : [])];

  const startup = [row(hypo('hypo --version', ['--version'], big), vsNode(1.3)), row(hypo('hypo --help', ['--help'], big), vsNode(1.3))];

  // Cold: HYPO_CACHE=0 turns off the parse, history and blob caches; `check --no-cache` every cache of that check.
  const off = { env: noCacheEnv() };
  const coldCheck = hypo('check --no-cache', ['check', '--format', 'json', '--no-cache'], big, off);
  // What the history the success-after-test rule reads costs a cold check: the same records with the rule off.
  const noHistoryRule = path.join(work, 'big-without-success-after-test');
  cpSync(big, noHistoryRule, { recursive: true });
  appendFileSync(path.join(noHistoryRule, 'hypo.config.yaml'), 'quality:\n  rules:\n    success-after-test: off\n');
  const coldCheckNoRule = hypo('check --no-cache, success-after-test off (no history read)', ['check', '--format', 'json', '--no-cache'], noHistoryRule, off);
  const coldStale = hypo('stale', ['stale', '--format', 'json'], big, off);
  const coldReport = hypo('report --format json (current sprint: the working tree)', ['report', '--format', 'json'], big, off);
  const vs = (result: Measurement, against: string, limit?: number): Comparison => ({ against, baseMs: result.medianMs, limit });
  const cold = [
    row(coldCheck, vsParse(1), ...vsAjv),
    row(coldCheckNoRule, vsParse(), ...(ajv ? [{ against: 'ajv', baseMs: ajv.medianMs }] : [])),
    row(coldStale, vsFloors(1.2)),
    row(coldReport, vsFloors(1.2)),
    // Sprint 200 ends on 2023-08-27, two thirds into the history: a snapshot from git with records missing and changed since.
    row(hypo('report --sprint 200 (past: as of its end)', ['report', '--format', 'json', '--sprint', '200'], big, off), vs(coldReport, 'report', 1.5)),
    row(
      hypo('trend (6 sprints up to sprint 200, each as of its end)', ['trend', '--format', 'json', '--as-of', '2023-08-27'], big, off),
      vs(coldReport, 'report', 3),
    ),
    row(hypo('acted (every decision against the whole history)', ['acted', '--format', 'json'], big, off), vs(coldStale, 'stale', 1.2)),
    row(hypo('next (code globs over 4,000 tracked files)', ['next', '--format', 'json'], big, off), vs(coldStale, 'stale', 1.1)),
    row(hypo('list --format json', ['list', '--format', 'json'], big, off), vsParse()),
    row(hypo('show <id>', ['show', someId], big, off), vsParse()),
    row(hypo('check --no-cache, 30 records', ['check', '--no-cache'], small, off), vsNode(1.5)),
  ];

  // Caches of the bench's own, so nothing from an earlier run counts; each command's warm-up run fills them.
  const warmEnv = cacheEnv(path.join(work, 'cache'));
  const unchanged = readCommands(someId).map(([name, args]) => row(hypo(name, args, big, { env: warmEnv }), vsParse(0.3)));
  unchanged.push(row(hypo('check, 30 records', ['check'], small, { env: warmEnv }), vsNode(1.5)));

  // Before each run (the warm-up's included), one hypothesis edited and committed: each timed run follows
  // exactly one edit and one commit since the same command's run before it.
  const before = editAndCommit(big, hypotheses);
  const edited = readCommands(someId).map(([name, args]) => row(hypo(name, args, big, { env: warmEnv, before }), vsParse(0.4)));
  console.log(`measured in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Each group's title, and the word that names it in the summary of the targets missed.
  const groups: [string, string, Row[]][] = [
    ['Reference points', 'reference', reference],
    ['Start-up', 'start-up', startup],
    ['Cold, no caches (`HYPO_CACHE=0`; `check --no-cache`)', 'cold', cold],
    ['Nothing changed since the last run (caches warm)', 'unchanged', unchanged],
    ["One record edited and one commit added since the same command's last run", 'one edit', edited],
  ];
  const all = [...startup, ...cold, ...unchanged, ...edited];
  const peak = Math.max(...all.map(({ result }) => result.peakMb ?? 0));
  const heaviest = all.find(({ result }) => result.peakMb === peak)?.result.name;
  const targeted = groups.flatMap(([, tag, rows]) =>
    rows.flatMap(({ result, compare }) =>
      compare
        .filter((comparison) => comparison.limit !== undefined)
        .map((comparison) => ({ tag, name: result.name, against: comparison.against, met: met(result.medianMs / comparison.baseMs, comparison) })),
    ),
  );
  const missed = targeted.filter((target) => !target.met);
  const peakVerdict = RECORDS === 10_000 ? `; ≤ ${PEAK_LIMIT_MB} MB: ${peak <= PEAK_LIMIT_MB ? 'met' : '**not met**'}` : '';
  return [
    `\`npm run bench\` on a generated repository of ${RECORDS.toLocaleString('en')} records and ${COMMITS.toLocaleString('en')} commits (and one of 30 records), median of ${RUNS} runs after a warm-up, on ${machine()}, ${today()}.`,
    ...groups.map(([title, , rows]) => `${title}:\n\n${renderTable(rows)}`),
    `Peak memory of any hypo command at ${RECORDS.toLocaleString('en')} records: ${peak.toFixed(0)} MB (${heaviest})${peakVerdict}.`,
    `Targets met: ${targeted.length - missed.length} of ${targeted.length}.${missed.length === 0 ? '' : ` Not met: ${missed.map(({ tag, name, against }) => `${tag} ${name.split(' (')[0]} (vs ${against})`).join('; ')}.`}`,
  ].join('\n\n');
}

/** The commands a user runs many times a day, timed with nothing and with one record changed since the last run. */
function readCommands(someId: string): [string, string[]][] {
  return [
    ['check', ['check', '--format', 'json']],
    ['list --format json', ['list', '--format', 'json']],
    ['show <id>', ['show', someId]],
    ['stale', ['stale', '--format', 'json']],
    ['report --format json', ['report', '--format', 'json']],
    ['next', ['next', '--format', 'json']],
    ['journey', ['journey', '--format', 'json']],
    ['acted', ['acted', '--format', 'json']],
  ];
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
    const label = `${GROWTH_RECORDS.toLocaleString('en')} records, ${commits.toLocaleString('en')} commits`;
    return {
      commits,
      cached: measure(`hypo stale after one new commit (${label})`, NODE, [HYPO, 'stale', '--format', 'json'], root, {
        env: cacheEnv(path.join(work, `cache-${commits}`)),
        before: commitOne,
      }),
      cold: measure(`hypo stale after one new commit, no cache (${label})`, NODE, [HYPO, 'stale', '--format', 'json'], root, {
        env: noCacheEnv(),
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
  return `\`hypo stale\` right after one new commit on ${GROWTH_RECORDS.toLocaleString('en')} records with a short and a long history: the cost of what changed, not of the history (\`npm run bench -- --only history-growth\`, ${today()}).

${[
  `| command | median of ${RUNS} | CPU (user + system) | peak memory | ratio to ${shortLabel} commits | CPU ratio |`,
  '|---|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n')}
`;
}

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

function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

main();
