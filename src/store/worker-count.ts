// How many parser workers to start, apart from the parser itself: a run that finds every
// file in the parse cache asks it without loading the YAML parser or the schemas.
import { availableParallelism } from 'node:os';
import type { Env } from '../model/env.js';

/** Below this many files, workers cost more (module loading per worker) than they save. */
export const PARALLEL_THRESHOLD = 400;
const MAX_WORKERS = 8;

/**
 * How many workers to use: HYPO_WORKERS overrides (0 = none), else one per core, less
 * the cores `reserved` for work running at the same time (a `git log` walk).
 */
export function workerCount(fileCount: number, env: Env, reserved = 0): number {
  const override = env.HYPO_WORKERS;
  if (override !== undefined && /^\d+$/.test(override)) return Math.min(Number(override), MAX_WORKERS);
  if (fileCount < PARALLEL_THRESHOLD) return 0;
  return Math.max(1, Math.min(availableParallelism() - reserved, MAX_WORKERS));
}
