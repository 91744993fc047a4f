// Each hypothesis' way through its statuses, as git recorded it: the status in every
// committed version, from ONE `git cat-file --batch` over the versions the one history
// walk already knows. What `hypo log` shows for one record, for all of them at once.
import { isCalendarDate } from '../model/dates.js';
import type { Env } from '../model/env.js';
import { valueAt } from '../model/references.js';
import type { StatusHistory } from '../report/report-input.js';
import { decodeRecordBytes } from '../store/decode-text.js';
import { createGitRunner } from '../store/git.js';
import type { FileVersion } from '../store/git-history.js';
import { parseYamlMapping } from '../store/parse-yaml.js';
import { readBlobs } from '../store/read-blobs.js';
import type { RepositoryWithHistory } from './history.js';

/** The hypotheses of `state` (the repository as of some day) with at least one commit. */
export async function readStatusHistory(state: Pick<RepositoryWithHistory, 'repository' | 'history'>, env: Env): Promise<Map<string, StatusHistory>> {
  const { repository, history } = state;
  const result = new Map<string, StatusHistory>();
  if (!history.available) return result;
  const hypotheses = repository.files.flatMap((file) => {
    const versions = history.files.get(file.file)?.versions;
    return file.record?.kind === 'hypothesis' && versions?.length ? [{ file, versions }] : [];
  });
  if (hypotheses.length === 0) return result;
  const blobs = await readBlobs(
    createGitRunner(repository.root, env),
    hypotheses.flatMap(({ versions }) => versions.map(blobName)),
  );
  for (const { file, versions } of hypotheses) {
    const statuses: { day: string; status: string }[] = [];
    for (const version of [...versions].reverse()) {
      const bytes = blobs.get(blobName(version));
      const decoded = bytes && decodeRecordBytes(bytes, file.file);
      const status = decoded?.text === undefined ? undefined : statusIn(decoded.text, file.file);
      if (status !== undefined && statuses.at(-1)?.status !== status) statuses.push({ day: version.commit.date.slice(0, 10), status });
    }
    const created = valueAt(file.data, ['created']);
    const entered = typeof created === 'string' && isCalendarDate(created) ? created : versions.at(-1)!.commit.date.slice(0, 10);
    result.set(file.file, { entered, statuses });
  }
  return result;
}

function blobName(version: FileVersion): string {
  return `${version.commit.sha}:${version.gitPath}`;
}

/** `status: testing` on a line of its own at the top level: the common case, read without a parse. */
const PLAIN_STATUS = /^status:[ \t]*([a-z]+)[ \t]*(?:#.*)?$/gm;

/** The top-level status of a version; anything unusual (quotes, flow style, two keys) gets the full parse. */
function statusIn(text: string, file: string): string | undefined {
  const plain = [...text.matchAll(PLAIN_STATUS)];
  if (plain.length === 1 && !/^status\s*:/m.test(text.replace(plain[0]![0], ''))) return plain[0]![1];
  const status = valueAt(parseYamlMapping(text, file).data, ['status']);
  return typeof status === 'string' && status !== '' ? status : undefined;
}
