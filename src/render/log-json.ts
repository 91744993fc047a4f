// `hypo log --format json`: the computed history itself, every key present, so
// scripts can rely on one shape whether the record has commits or not.

import type { SkippedRecord } from '../model/skipped-records.js';
import type { RecordLogView } from '../report/record-log-view.js';
import { toJson } from './json-text.js';

/**
 * `codeCommits`: every commit about the record, newest first, with the files it touched that
 * the record's code globs match and whether a `Hypo:` trailer names it. `skipped`: the record
 * files hypo left out for errors while finding this one.
 */
export function renderLogJson(view: RecordLogView, skipped: readonly SkippedRecord[]): string {
  const output = {
    id: view.id,
    file: view.file,
    transitions: view.transitions,
    commits: view.commits.map(({ sha, date, author, subject, file, changes, note }) => ({
      sha,
      date,
      author,
      subject,
      file,
      changes: changes.map(({ field, from, to }) => ({ field, from, to })),
      // Only where there is something to say: the shape scripts know stays as it was.
      ...(note === undefined ? {} : { note }),
    })),
    uncommitted: view.uncommitted,
    codeCommits: view.codeCommits.map(({ sha, date, subject, files, byTrailer }) => ({ sha, date, subject, files, byTrailer })),
    warnings: view.warnings,
    skipped,
  };
  return toJson(output);
}
