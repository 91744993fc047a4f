// `git log -z --name-status` (or `--raw`) output with hypo's commit header, parsed once
// for every reader of history (the whole-repository walk and one record's log).

export const RECORD_SEPARATOR = '\x1e';
export const FIELD_SEPARATOR = '\x1f';
/** One header per commit: sha, author date, author, subject. */
export const LOG_FORMAT = `--format=${RECORD_SEPARATOR}%H${FIELD_SEPARATOR}%aI${FIELD_SEPARATOR}%an${FIELD_SEPARATOR}%s`;

export interface CommitInfo {
  sha: string;
  /** Author date as git wrote it, ISO 8601 with the author's offset. */
  date: string;
  author: string;
  subject: string;
}

/** The day of a commit, `YYYY-MM-DD`, in its author's own calendar: the day every reader of history counts with. */
export function commitDay(commit: Pick<CommitInfo, 'date'>): string {
  return commit.date.slice(0, 10);
}

export interface FileChangeEntry {
  /** A, M, D, R or C (the similarity score dropped). */
  status: string;
  /** The path after the change. */
  path: string;
  /** For renames and copies: the path before. */
  from?: string;
  /** With `--raw --no-abbrev`: the blob the change left at `path` (none for a deletion). */
  blob?: string;
  /** With `--raw --no-abbrev`: the blob at `from` (or `path`) before the change (none for an addition). */
  previousBlob?: string;
}

export interface LoggedChanges {
  commit: CommitInfo;
  changes: FileChangeEntry[];
}

/** Newest commit first, as git prints them. */
export function parseLogOutput(output: string): LoggedChanges[] {
  const logged: LoggedChanges[] = [];
  for (const chunk of output.split(RECORD_SEPARATOR)) {
    if (!chunk) continue;
    const headerEnd = chunk.indexOf('\0');
    // A subject may itself hold the field separator: everything after the author is the subject.
    const [sha = '', date = '', author = '', ...subject] = chunk.slice(0, headerEnd === -1 ? undefined : headerEnd).split(FIELD_SEPARATOR);
    const tokens =
      headerEnd === -1
        ? []
        : chunk
            .slice(headerEnd + 1)
            .replace(/^\n/, '')
            .split('\0');
    const changes: FileChangeEntry[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!token) continue;
      // `--raw`: `:<old mode> <new mode> <old blob> <new blob> <status>`; `--name-status`: the status alone.
      const raw = token.startsWith(':') ? token.split(' ') : undefined;
      const status = raw ? (raw[4] ?? '') : token;
      const blob = {
        ...(raw && status[0] !== 'D' ? { blob: raw[3]! } : {}),
        // The all-zero id stands for "no blob": an added file had none before.
        ...(raw && status[0] !== 'A' && raw[2] && !/^0+$/.test(raw[2]) ? { previousBlob: raw[2] } : {}),
      };
      if (status.startsWith('R') || status.startsWith('C')) changes.push({ status: status[0]!, from: tokens[++i]!, path: tokens[++i]!, ...blob });
      else changes.push({ status, path: tokens[++i]!, ...blob });
    }
    logged.push({ commit: { sha, date, author, subject: subject.join(FIELD_SEPARATOR) }, changes });
  }
  return logged;
}
