// Parsing is the cost of every command on a large repository, and it is per file:
// split the files across worker threads, one per core, while the main thread stays
// free (to drain a concurrent `git log`, say). Small repositories parse in-process,
// where starting workers would cost more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Env } from '../model/env.js';
import { parseRecordFiles } from './parse-record-files.js';
import type { LoadedFile } from './read-record-file.js';
import { fromTransfer, type TransferredFile } from './transfer-files.js';

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

/** The loaded files in the order given, the same with workers or without. */
export async function parseRecordFilesInParallel(root: string, files: readonly string[], workers: number): Promise<LoadedFile[]> {
  if (workers <= 1 || files.length < 2) return workers === 1 ? (await runWorkers(root, [files]))[0]! : parseRecordFiles(root, files);
  const size = Math.ceil(files.length / workers);
  const chunks = Array.from({ length: workers }, (_, index) => files.slice(index * size, (index + 1) * size)).filter((chunk) => chunk.length > 0);
  return (await runWorkers(root, chunks)).flat();
}

function runWorkers(root: string, chunks: readonly (readonly string[])[]): Promise<LoadedFile[][]> {
  return Promise.all(
    chunks.map(
      (files) =>
        new Promise<LoadedFile[]>((resolve, reject) => {
          const worker = new Worker(new URL('./parse-worker.js', import.meta.url), {
            workerData: { root, files },
            // A small young generation keeps each worker's memory down; parsing allocates much that dies young.
            resourceLimits: { maxYoungGenerationSizeMb: 16 },
          });
          const loaded: LoadedFile[] = [];
          worker.on('message', (batch: TransferredFile[] | 'done') => {
            if (batch === 'done') resolve(loaded);
            else for (const file of fromTransfer(batch)) loaded.push(file);
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`a parser worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
}
