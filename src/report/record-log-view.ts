// What `hypo log` shows of a record's history, in every format: its status path and
// each commit with the fields it changed.
import type { FieldChange } from '../model/field-changes.js';
import type { Kind } from '../model/vocabulary.js';

export interface LogCommit {
  sha: string;
  /** Author date as git wrote it, ISO 8601 with the author's offset. */
  date: string;
  author: string;
  subject: string;
  /** The record's path at this commit, relative to the repository root: it changes where the file was renamed. */
  file: string;
  changes: FieldChange[];
  /** Why this commit's fields are not shown (the version was over the size limit); absent when they are. */
  note?: string;
}

export interface RecordLogView {
  id: string;
  /** Chooses the words (status or decision); not part of the JSON. */
  kind: Kind | undefined;
  /** The record's current path, relative to the repository root. */
  file: string;
  /** Status values (an insight's decision actions) in the order they were committed. */
  transitions: string[];
  /** Newest first. */
  commits: LogCommit[];
  /** The working tree differs from the newest commit, or the file was never committed. */
  uncommitted: boolean;
  /** Why the history may be incomplete: a shallow clone. */
  warnings: string[];
}
