// Each hypothesis' way through its statuses, as git recorded it: the status in every
// committed version, from ONE `git cat-file --batch` over the versions the one history
// walk already knows, each kept by blob id for the next run (committed-facts.ts). What
// `hypo log` shows for one record, for all of them at once.
import type { Env } from '../model/env.js';
import { valueAt } from '../model/references.js';
import type { StatusHistory } from '../report/report-input.js';
import { commitDay, type FileVersion } from '../store/git-history.js';
import type { LoadedFile } from '../store/read-record-file.js';
import { type FactReader, readCommittedFacts } from './committed-facts.js';
import type { RepositoryWithHistory } from './history.js';

type State = Pick<RepositoryWithHistory, 'repository' | 'history' | 'ageOf'>;

/**
 * For each state (the repository as of some day), its hypotheses with at least one commit,
 * by file. One cat-file for all the states: a version shared by several is read once.
 */
export async function readStatusHistories(states: readonly State[], env: Env): Promise<Map<string, StatusHistory>[]> {
  const hypothesesOf = ({ repository, history }: State) =>
    history.available
      ? repository.files.flatMap((file) => {
          const versions = history.files.get(file.file)?.versions;
          return file.record?.kind === 'hypothesis' && versions?.length ? [{ file, versions }] : [];
        })
      : [];
  const perState = states.map(hypothesesOf);
  const statusOf = await readCommittedFacts(
    states[0]?.repository.root,
    perState.flatMap((hypotheses) => hypotheses.flatMap(({ file, versions }) => versions.map((version) => ({ version, file: file.file })))),
    env,
    STATUS_READER,
  );
  const statusAt = (version: FileVersion) => statusOf(version) ?? undefined;
  return perState.map((hypotheses, index) => historiesOf(hypotheses, statusAt, states[index]!.ageOf));
}

function historiesOf(
  hypotheses: readonly { file: LoadedFile; versions: readonly FileVersion[] }[],
  statusAt: (version: FileVersion) => string | undefined,
  ageOf: State['ageOf'],
): Map<string, StatusHistory> {
  const result = new Map<string, StatusHistory>();
  for (const { file, versions } of hypotheses) {
    const statuses: { day: string; status: string }[] = [];
    for (const version of [...versions].reverse()) {
      const status = statusAt(version);
      if (status !== undefined && statuses.at(-1)?.status !== status) statuses.push({ day: commitDay(version.commit), status });
    }
    // Entered the repository when its age starts: its `created` field, else the commit that added it.
    result.set(file.file, { entered: ageOf(file.file, commitDay(versions[0]!.commit)).since, statuses });
  }
  return result;
}

/** What the statuses are kept as (blob-facts-cache.ts). */
const STATUS_FACTS = 'status';

/** A version's status, kept by blob id; null for a version without one. */
const STATUS_READER: FactReader<string | null> = {
  name: STATUS_FACTS,
  extract: (text, file) => statusIn(text, file) ?? null,
  isFact: (value): value is string | null => value === null || typeof value === 'string',
  prepare: async () => {
    parseYaml ??= (await import('../store/parse-yaml.js')).parseYamlMapping;
  },
};

/** The YAML parser, loaded by STATUS_READER.prepare before any version is read. */
let parseYaml: typeof import('../store/parse-yaml.js').parseYamlMapping | undefined;

/** `status: testing` on a line of its own at the top level: the common case, read without a parse. */
const PLAIN_STATUS = /^status:[ \t]*([a-z]+)[ \t]*(?:#.*)?$/gm;

/** The top-level status of a version; anything unusual (quotes, flow style, two keys) gets the full parse. */
function statusIn(text: string, file: string): string | undefined {
  const plain = [...text.matchAll(PLAIN_STATUS)];
  if (plain.length === 1 && !/^status\s*:/m.test(text.replace(plain[0]![0], ''))) return plain[0]![1];
  if (!parseYaml) throw new Error('the status reader was used before it was prepared');
  const status = valueAt(parseYaml(text, file).data, ['status']);
  return typeof status === 'string' && status !== '' ? status : undefined;
}
