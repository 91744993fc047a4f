// A folder → the repository hypo works on: root found, config read, every record parsed
// and the record graph built. One broken file never stops the others.
import type { Env } from '../model/env.js';
import { type SkippedRecord, skippedRecords } from '../model/skipped-records.js';
import { openRepository, type Repository, readRepository } from '../store/load-repository.js';

export type { SkippedRecord } from '../model/skipped-records.js';
export type { OpenedRepository, Repository } from '../store/load-repository.js';
export type { LoadedFile } from '../store/read-record-file.js';

export async function loadRepository(cwd: string, env: Env): Promise<Repository> {
  return readRepository(await openRepository(cwd, { env }), { env });
}

/** The record files left out of the answer for errors, with the first error of each. */
export function skippedOf(repository: Repository): SkippedRecord[] {
  return skippedRecords(repository);
}
