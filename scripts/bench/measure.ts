// Timing whole hypo processes: the wall clock from spawn to exit, and the peak memory and
// CPU time `/usr/bin/time` reports where it exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Timed runs per measurement, after one warm-up run. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

export interface Measurement {
  name: string;
  medianMs: number;
  peakMb: number | null;
  /** CPU time (user + system, git's included) of the median run: steadier than the wall clock on a busy machine. */
  medianCpuMs: number | null;
}

export interface MeasureOptions {
  /** The environment of the command (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Run before each run, the warm-up's included, outside the time measured. */
  before?: () => void;
}

export interface Run {
  ms: number;
  peakMb: number | null;
  cpuMs: number | null;
  /** The exit code: 0 and 1 (findings) are answers, anything else a failure. */
  status: number | null;
  stderr: string;
}

/** One run of a command. */
export function runOnce(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Run {
  const [exe, argv] = TIME ? [TIME, ['-f', 'BENCH_PEAK_KB %M BENCH_CPU_S %U %S', command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(exe, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const stderr = result.stderr ?? '';
  const kb = /BENCH_PEAK_KB (\d+)/.exec(stderr)?.[1];
  const seconds = /BENCH_CPU_S ([\d.]+) ([\d.]+)/.exec(stderr);
  return {
    ms,
    peakMb: kb ? Number(kb) / 1024 : null,
    cpuMs: seconds ? (Number(seconds[1]) + Number(seconds[2])) * 1000 : null,
    status: result.status,
    stderr,
  };
}

/** The median of RUNS runs after a warm-up run (which warms the file cache and, when caches are on, hypo's own). */
export function measure(name: string, command: string, args: string[], cwd: string, options: MeasureOptions = {}): Measurement {
  const times: number[] = [];
  const cpu: number[] = [];
  let peak: number | null = null;
  for (let run = 0; run <= RUNS; run++) {
    options.before?.();
    const result = runOnce(command, args, cwd, options.env);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${name} failed (${result.status}): ${result.stderr.slice(0, 500)}`);
    if (result.peakMb !== null) peak = Math.max(peak ?? 0, result.peakMb);
    if (run > 0) {
      times.push(result.ms);
      if (result.cpuMs !== null) cpu.push(result.cpuMs);
    }
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { name, medianMs: median(times), peakMb: peak, medianCpuMs: cpu.length === times.length ? median(cpu) : null };
}

/** The environment with hypo's caches in a folder of their own, so no earlier run outside the bench counts. */
export function cacheEnv(folder: string): NodeJS.ProcessEnv {
  const { HYPO_CACHE: _off, HYPO_CACHE_DIR: _dir, ...rest } = process.env;
  return { ...rest, XDG_CACHE_HOME: folder };
}

/** The environment with every cache of hypo off. */
export function noCacheEnv(): NodeJS.ProcessEnv {
  return { ...process.env, HYPO_CACHE: '0' };
}

/** Who the benchmark's own commits are by, whatever the machine's git config says. */
export const BENCH_GIT = {
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
