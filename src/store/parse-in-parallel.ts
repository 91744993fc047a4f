// Parsing is the cost of every command on a large repository, and it is per file:
// split the files across worker threads, one per core, while the main thread stays
// free (to drain a concurrent `git log`, say). Small repositories parse in-process,
// where starting workers would cost more than it saves.
import { Worker } from 'node:worker_threads';
import { parseRecordFiles } from './parse-record-files.js';
import type { LoadedFile } from './read-record-file.js';
import { fromTransfer, type TransferredFile } from './transfer-files.js';

export { PARALLEL_THRESHOLD, workerCount } from './worker-count.js';

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
