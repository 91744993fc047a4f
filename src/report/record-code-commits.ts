// The commits about one record, for `hypo log`: those touching a file its code globs
// match, on or after the day it entered the repository (older code was there before the
// idea), and those whose `Hypo:` trailer names it, whenever. The globs and ids are the
// ones `hypo acted` recognises its commits by. Pure: the commits come in as data.
import { codeIndex } from '../model/code-globs.js';
import type { RecordGraph } from '../model/graph.js';
import { type ActedCommit, decisionCode } from './acted.js';

/** A commit as `hypo log` shows it: its author date in full. */
export interface DatedCommit extends ActedCommit {
  /** Author date as git wrote it, ISO 8601 with the author's offset. */
  date: string;
}

export interface CommitAbout {
  sha: string;
  /** Author date as git wrote it, ISO 8601 with the author's offset. */
  date: string;
  subject: string;
  /** The files it touched that the record's code globs match, relative to the repository root, sorted. */
  files: string[];
  /** Its `Hypo:` trailer names the record (for an insight: it, or a hypothesis its decision draws on). */
  byTrailer: boolean;
}

/** What a record's commits are recognised by. */
export interface RecordCode {
  globs: string[];
  ids: string[];
}

/**
 * An insight's code is its decision's (its own globs and those of the hypotheses it draws
 * on, the ids of all of them); any other record's, its own `code:` globs and its id.
 */
export function recordCode(id: string, graph: RecordGraph): RecordCode {
  const record = graph.records.get(id)?.record;
  if (!record) return { globs: [], ids: [id] };
  if (record.kind === 'insight') return decisionCode(id, record, graph);
  return { globs: [...(record.code ?? [])], ids: [id] };
}

/** In the order given (newest first, as git lists them). `since`: YYYY-MM-DD, none when the record's first day is unknown. */
export function commitsAbout(commits: readonly DatedCommit[], code: RecordCode, since: string | undefined): CommitAbout[] {
  const files = new Set<string>();
  for (const commit of commits) for (const file of commit.files) files.add(file);
  const matched = new Set(code.globs.length > 0 ? codeIndex([...files]).matching(code.globs) : []);
  const ids = new Set(code.ids);
  return commits.flatMap((commit) => {
    const touched = commit.files.filter((file) => matched.has(file)).sort();
    const byTrailer = commit.ids.some((id) => ids.has(id));
    const byGlob = touched.length > 0 && (since === undefined || commit.day >= since);
    if (!byTrailer && !byGlob) return [];
    return [{ sha: commit.sha, date: commit.date, subject: commit.subject, files: touched, byTrailer }];
  });
}
