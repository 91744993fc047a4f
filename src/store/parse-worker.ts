// Worker entry: parses its share of the record files and posts the results back in
// batches, so that a batch's memory is freed here while the next one is parsed.
import { parentPort, workerData } from 'node:worker_threads';
import { parseRecordFiles } from './parse-record-files.js';
import { toTransfer } from './transfer-files.js';

export const WORKER_BATCH = 500;

// yaml's parser looks up process.env.LOG_TOKENS for every token, and the real environment
// is an object whose every read asks the C++ side: about a fifth of parse time. This thread
// only parses (it starts no process and reads no setting), so a plain copy does for it.
process.env = { ...process.env };

const { root, files } = workerData as { root: string; files: string[] };
for (let start = 0; start < files.length; start += WORKER_BATCH) {
  parentPort!.postMessage(toTransfer(parseRecordFiles(root, files.slice(start, start + WORKER_BATCH))));
}
parentPort!.postMessage('done');
