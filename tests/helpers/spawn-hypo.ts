// Runs the built CLI (bin/hypo.js) as its own process, as CI runs it: real exit codes and
// signals, a time limit that kills the whole process group, and the peak memory
// (resident set) measured by GNU time where /usr/bin/time exists.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_ENV } from './run-cli.js';

export const BIN = fileURLToPath(new URL('../../bin/hypo.js', import.meta.url));

/** What spawned runs see: git without user config, no colour, no check cache between runs. */
export const SPAWN_ENV: Record<string, string> = {
  ...(TEST_ENV as Record<string, string>),
  NO_COLOR: '1',
  HYPO_CACHE: '0',
};

const TIME = '/usr/bin/time';

function probeTime(): boolean {
  if (!existsSync(TIME)) return false;
  const dir = mkdtempSync(path.join(tmpdir(), 'hypo-time-'));
  try {
    const out = path.join(dir, 'rss');
    return spawnSync(TIME, ['-f', '%M', '-o', out, process.execPath, '-e', '0']).status === 0 && /^\d+\s*$/.test(readFileSync(out, 'utf8'));
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether peak memory can be measured here; tests skip only their memory assertion when not. */
export const CAN_MEASURE_MEMORY = probeTime();
if (!CAN_MEASURE_MEMORY) console.warn(`No GNU time at ${TIME}: memory limits of spawned hypo runs are not checked here (apt-get install -y time).`);

export interface SpawnResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Peak resident set in KiB, when CAN_MEASURE_MEMORY. */
  maxRssKiB?: number;
  ms: number;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  /** Killed (the whole process group) after this long. */
  timeoutMs?: number;
  /** Run as another user: how root tests what permissions do to everyone else. */
  uid?: number;
  gid?: number;
  /** Measure peak memory (default: where possible). Off for runs that kill themselves: GNU time would report its own exit. */
  measureMemory?: boolean;
}

export function spawnHypo(args: readonly string[], options: SpawnOptions = {}): Promise<SpawnResult> {
  const measure = CAN_MEASURE_MEMORY && options.measureMemory !== false;
  const dir = measure ? mkdtempSync(path.join(tmpdir(), 'hypo-rss-')) : undefined;
  // GNU time writes the figure as the user hypo runs as.
  if (dir && options.uid !== undefined) chmodSync(dir, 0o777);
  const rssFile = dir ? path.join(dir, 'rss') : undefined;
  const command = rssFile ? TIME : process.execPath;
  const argv = rssFile ? ['-f', '%M', '-o', rssFile, process.execPath, BIN, ...args] : [BIN, ...args];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      env: { ...SPAWN_ENV, ...options.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, options.timeoutMs ?? 10_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // GNU time puts "Command exited with non-zero status N" (or "…terminated by signal N") before the figure.
      const rss = rssFile && existsSync(rssFile) ? Number(/(\d+)\s*$/.exec(readFileSync(rssFile, 'utf8'))?.[1]) : Number.NaN;
      if (dir) rmSync(dir, { recursive: true, force: true });
      const result: SpawnResult = {
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
        ms: Date.now() - started,
      };
      if (Number.isFinite(rss)) result.maxRssKiB = rss;
      resolve(result);
    });
  });
}

/** Root ignores file permissions: permission tests run hypo as `nobody` then. */
export const RUNNING_AS_ROOT = process.getuid?.() === 0;
export const NOBODY = 65534;

/** Whether this process may start one as `nobody` that can reach the temp folder and hypo's code. */
export const CAN_RUN_AS_NOBODY =
  RUNNING_AS_ROOT &&
  spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(tmpdir())}, 1); require('fs').accessSync(${JSON.stringify(BIN)}, 4)`], {
    uid: NOBODY,
    gid: NOBODY,
  }).status === 0;
if (RUNNING_AS_ROOT && !CAN_RUN_AS_NOBODY)
  console.warn('Running as root, but hypo cannot be started as nobody here: permission failures are tested through HYPO_TEST_FAULT only.');
