// The commits that could carry out a decision: every commit of the repository with the
// files it touched and its `Hypo:` trailers, in ONE `git log` walk over the whole tree
// (the records' own walk, git-history.ts, covers the records folder alone). Newest first.
import { HypoError } from '../model/hypo-error.js';
import type { GitRunner } from './git.js';
import { FIELD_SEPARATOR, RECORD_SEPARATOR } from './git-log-output.js';
import { type HeadKeyedLogRequest, readHeadKeyedLog } from './head-keyed-log.js';

/** The trailer that names the record a commit acts on: `Hypo: <insight or hypothesis id>`. */
export const HYPO_TRAILER = 'Hypo';

export interface CodeCommit {
  sha: string;
  /** Author date as git wrote it, ISO 8601 with the author's offset; its first 10 characters are the day. */
  date: string;
  subject: string;
  /** The values of its `Hypo:` trailers, as written (each may name several ids, comma-separated). */
  trailers: string[];
  /** The paths it added, changed or deleted, relative to the git top level. */
  files: string[];
}

/** Between trailer values: a character no commit message holds in a value `git interpret-trailers` keeps. */
const VALUE_SEPARATOR = '\x1d';
/** Trailers before the subject: a subject may hold anything, so it comes last and takes the rest of the header. */
const FORMAT = `--format=${RECORD_SEPARATOR}%H${FIELD_SEPARATOR}%aI${FIELD_SEPARATOR}%(trailers:key=${HYPO_TRAILER},valueonly,unfold,separator=%x1d)${FIELD_SEPARATOR}%s`;

/** Where the walk's output is kept between runs, keyed by HEAD (head-keyed-log.ts). */
export interface CodeHistoryCache {
  /** hypo's cache folder (cacheFolder(env)); none: git walks every time. */
  folder?: string;
  /** The git top level: the paths printed are relative to it, so one entry serves any folder in it. */
  gitRoot: string;
}

/** How the code's walk is kept (head-keyed-log.ts). */
function codeLogRequest(folder: string, gitRoot: string): HeadKeyedLogRequest {
  return { folder, name: 'code', key: [gitRoot], args: (revisions) => logArgs([revisions]) };
}

export async function readCodeHistory(git: GitRunner, cache?: CodeHistoryCache): Promise<CodeCommit[]> {
  if (cache?.folder !== undefined) {
    const kept = await readHeadKeyedLog(git, codeLogRequest(cache.folder, cache.gitRoot));
    if (kept) return parseCodeLog(kept.output);
  }
  let output: string;
  try {
    output = await git.raw(logArgs([]));
  } catch (error) {
    if (error instanceof HypoError && /does not have any commits|bad default revision|unknown revision/i.test(error.message)) return [];
    throw error;
  }
  return parseCodeLog(output);
}

/** --no-renames: a rename is the old path deleted and the new one added, both touched. */
function logArgs(revisions: readonly string[]): string[] {
  return ['log', '-z', '--no-show-signature', '--no-color', FORMAT, '--name-only', '--no-renames', ...revisions, '--'];
}

function parseCodeLog(output: string): CodeCommit[] {
  const commits: CodeCommit[] = [];
  for (const chunk of output.split(RECORD_SEPARATOR)) {
    if (!chunk) continue;
    const headerEnd = chunk.indexOf('\0');
    const header = headerEnd === -1 ? chunk : chunk.slice(0, headerEnd);
    const [sha = '', date = '', trailers = '', ...subject] = header.replace(/\n$/, '').split(FIELD_SEPARATOR);
    const files =
      headerEnd === -1
        ? []
        : chunk
            .slice(headerEnd + 1)
            .replace(/^\n/, '')
            .split('\0')
            .filter(Boolean);
    commits.push({
      sha,
      date,
      subject: subject.join(FIELD_SEPARATOR),
      trailers: trailers
        .split(VALUE_SEPARATOR)
        .map((value) => value.trim())
        .filter(Boolean),
      files,
    });
  }
  return commits;
}
