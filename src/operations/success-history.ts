// What `success-after-test` needs from git: when each hypothesis' success and metric last
// changed, and when each experiment was first committed. From the ONE history walk and ONE
// `git cat-file --batch` over the hypotheses' committed versions, never a process per file;
// the criteria of each version are kept by blob id for the next run (committed-facts.ts).
import type { Env } from '../model/env.js';
import { valueAt } from '../model/references.js';
import { type FieldChange, firstTestStart, type SuccessHistory, successAfterTestCandidates } from '../rules/success-after-test.js';
import { decodeRecordBytes } from '../store/decode-text.js';
import { gitBlobId, gitBlobIdOfBytes } from '../store/git-blob-id.js';
import { commitDay, type FileVersion, type RepositoryHistory } from '../store/git-history.js';
import type { Repository } from '../store/load-repository.js';
import { parseYamlMapping } from '../store/parse-yaml.js';
import type { LoadedFile } from '../store/read-record-file.js';
import { type FactReader, readCommittedFacts } from './committed-facts.js';
import { readHistory } from './history.js';

const CRITERIA = ['success', 'metric'] as const;

/** Undefined when git is not asked (`git_history: false`) or not there: the rule then does not run. */
export async function readSuccessHistory(
  repository: Repository,
  today: string,
  env: Env,
  /** The records' history when a walk was started already (while the records parsed). */
  early?: () => Promise<RepositoryHistory>,
  /** successAfterTestCandidates of the repository's graph, when the caller has them already. */
  candidatesKnown?: ReadonlySet<string>,
): Promise<SuccessHistory | undefined> {
  if (!repository.config.git_history || !repository.gitRoot) return undefined;
  const history = early ? await early() : (await readHistory(repository, { env })).history;
  // A shallow clone dates every record from its oldest commit at hand: the order is unknown, so no finding.
  if (!history.available || history.shallow) return undefined;
  const firstCommitDays = new Map<string, string>();
  for (const file of repository.files) {
    const added = file.record?.kind === 'experiment' ? history.files.get(file.file)?.added : undefined;
    if (added) firstCommitDays.set(file.file, commitDay(added));
  }
  const criterionChanges = new Map<string, FieldChange>();
  // Only the hypotheses the rule can apply to: with a criterion, tested by an experiment that has begun.
  const candidates = candidatesKnown ?? successAfterTestCandidates(repository.graph);
  const toRead: LoadedFile[] = [];
  for (const file of repository.files) {
    const versions = candidates.has(file.id) ? history.files.get(file.file)?.versions : undefined;
    const first = versions?.length ? firstTestStart(file.id, repository.graph, { today, firstCommitDays }) : undefined;
    if (!versions || !first) continue;
    // The file as committed last, untouched since: its past decides alone, and often without reading it.
    const newest = versions[0]!;
    const committedBefore = commitDay(newest.commit) <= first.day;
    // Asked only where the answer decides: hashing a file means reading its text, which a run from the parse cache has not built yet.
    const unchanged = (committedBefore || versions.length === 1) && file.text !== undefined && gitBlobId(file.text) === newest.blob;
    // Last committed on or before the test began: no criterion can have changed after it.
    if (unchanged && committedBefore) continue;
    // One version: the criterion came with the commit that added the hypothesis.
    if (unchanged && versions.length === 1) {
      const field = file.record?.kind === 'hypothesis' && file.record.success !== undefined ? 'success' : 'metric';
      criterionChanges.set(file.file, { field, sha: newest.commit.sha, day: commitDay(newest.commit), added: true });
      continue;
    }
    toRead.push(file);
  }
  const byFile = new Map(toRead.map((file) => [file.file, file]));
  const criteriaOf = await readCommittedFacts(
    repository.root,
    toRead.flatMap((file) => history.files.get(file.file)!.versions.map((version) => ({ version, file: file.file }))),
    env,
    CRITERIA_READER,
    // The version committed last, when the working file is still that blob: read from the file, not from git (a commit made just now).
    (version, name) => {
      const text = byFile.get(name)?.text;
      if (text === undefined || history.files.get(name)?.versions[0] !== version) return undefined;
      const bytes = Buffer.from(text, 'utf8');
      // The bytes git holds, decoded as a version read from git is: the same text, a leading BOM dropped as there.
      return gitBlobIdOfBytes(bytes) === version.blob ? decodeRecordBytes(bytes, name).text : undefined;
    },
  );
  for (const file of toRead) {
    const versions = history.files.get(file.file)!.versions;
    const valuesAt = (version: FileVersion) => (criteriaOf(version) ?? CRITERIA.map(() => null)).map((value) => value ?? undefined);
    const change = lastChange(
      CRITERIA.map((field) => criterionText(valueAt(file.data, [field]))),
      versions,
      valuesAt,
      today,
    );
    if (change) criterionChanges.set(file.file, change);
  }
  return { today, criterionChanges, firstCommitDays };
}

/** A version's criteria (null where it has none), kept by blob id. */
const CRITERIA_READER: FactReader<(string | null)[]> = {
  name: 'criteria',
  extract: (text, file) => {
    const { data } = parseYamlMapping(text, file);
    return CRITERIA.map((field) => criterionText(valueAt(data, [field])) ?? null);
  },
  isFact: (value): value is (string | null)[] =>
    Array.isArray(value) && value.length === CRITERIA.length && value.every((each) => each === null || typeof each === 'string'),
};

/** Folded block scalars and re-wrapped lines say the same: compare the words. */
function criterionText(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : undefined;
}

/**
 * The newest change of either criterion: the working tree when it differs from the last commit,
 * else the newest commit whose value differs from the one before it (or that first wrote it).
 */
function lastChange(
  current: readonly (string | undefined)[],
  versions: readonly FileVersion[],
  valuesAt: (version: FileVersion) => readonly (string | undefined)[],
  today: string,
): FieldChange | undefined {
  const values = versions.map(valuesAt); // newest first
  let newest: FieldChange | undefined;
  CRITERIA.forEach((field, index) => {
    if (current[index] === undefined) return;
    let change: FieldChange | undefined;
    if (values[0]?.[index] !== current[index]) change = { field, day: today };
    else {
      const at = values.findIndex((value, i) => value[index] !== undefined && values[i + 1]?.[index] !== value[index]);
      if (at !== -1)
        change = { field, sha: versions[at]!.commit.sha, day: commitDay(versions[at]!.commit), ...(at === values.length - 1 ? { added: true } : {}) };
    }
    if (change && (!newest || change.day > newest.day)) newest = change;
  });
  return newest;
}
