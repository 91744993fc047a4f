// What `hypo log` shows of a record's history, in every format: its status path, each
// commit with the fields it changed, then the commits about it (its code, its trailers).
import type { FieldChange } from '../model/field-changes.js';
import type { Kind } from '../model/vocabulary.js';
import type { CommitAbout } from './record-code-commits.js';

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
  /** The commits about the record (its code globs, its `Hypo:` trailers), newest first. */
  codeCommits: CommitAbout[];
  /** The day the code commits are counted from: the record's `created`, else its first commit's day; null when neither is known. Not part of the JSON. */
  codeSince: string | null;
  /** The globs the code commits are matched with: none, and no commit says nothing. Not part of the JSON. */
  codeGlobs: string[];
}
