// The repository as it was at the end of a day: each record's content is the blob of the
// last commit on or before that day, from the one history walk already read and ONE
// `git cat-file --batch` for all the days asked about. Records first committed later do
// not exist yet; records deleted since do. A blob whose text is the same as the working
// tree's reuses that parsed file: only records changed since are parsed again.
import path from 'node:path';
import type { Env } from '../model/env.js';
import { idFromFileName } from '../model/ids.js';
import { noticeText } from '../model/notice.js';
import { valueAt } from '../model/references.js';
import { decodeRecordBytes } from '../store/decode-text.js';
import { createGitRunner, HISTORY_GIT_PURPOSE } from '../store/git.js';
import { commitDay, type FileHistory, type FileVersion, type RepositoryHistory } from '../store/git-history.js';
import { assembleRepository, type Repository } from '../store/load-repository.js';
import { readBlobs } from '../store/read-blobs.js';
import type { LoadedFile } from '../store/read-record-file.js';
import { agesFrom, type RepositoryWithHistory } from './history.js';

export interface Snapshot extends RepositoryWithHistory {
  /** The day it shows, YYYY-MM-DD: the state at its end. */
  day: string;
  /** Why it may differ from the repository on that day: no git, records never committed. */
  warnings: string[];
}

/** One record file as of a day: where it was, and the version of it then. */
interface PickedVersion {
  /** Relative to the hypo root, the path it had then. */
  file: string;
  version: FileVersion;
  /** Its line of history up to that day, newest first. */
  versions: FileVersion[];
}

/**
 * The repository at the end of each day given. A day on or after `today` is the working
 * tree itself, uncommitted changes included. Without git history, a past day is the working
 * tree less the records whose own first date comes later, with a warning when git is missing.
 */
export async function snapshotsAt(loaded: RepositoryWithHistory, days: readonly string[], today: string, env: Env): Promise<Map<string, Snapshot>> {
  const { repository, history } = loaded;
  const snapshots = new Map<string, Snapshot>();
  const past = [...new Set(days)].filter((day) => day < today);
  for (const day of days) if (!past.includes(day)) snapshots.set(day, { ...loaded, day, warnings: [] });
  if (past.length === 0) return snapshots;
  if (!history.available || !repository.gitRoot) {
    // Without git nothing tells what a record said then: each counts as it is now, unless it says it came later.
    // Only a missing git is worth a warning; history not read on purpose (git_history: false) is a choice.
    for (const day of past) {
      const files = repository.files.filter((file) => existedBy(file, day));
      const state = files.length === repository.files.length ? loaded : { ...loaded, repository: withFiles(repository, files) };
      const warnings = repository.gitRoot ? [] : [noticeText({ key: 'warning.notAsOf', params: { day } })];
      snapshots.set(day, { ...state, day, warnings });
    }
    return snapshots;
  }

  // A past version that differs from the file now is parsed: the parser loads only for those.
  const { parseRecordText } = await import('../store/read-record-file.js');
  const gitRoot = repository.gitRoot;
  const toRoot = (gitPath: string) => relativeTo(repository.root, gitRoot, gitPath);
  const picks = new Map(past.map((day) => [day, picksAt(history, day, toRoot)]));
  const blobs = await readBlobs(
    createGitRunner(repository.root, env, HISTORY_GIT_PURPOSE),
    [...picks.values()].flatMap((list) => list.map((pick) => pick.version.blob)),
  );

  const current = new Map(repository.files.map((file) => [file.file, file]));
  /** One parse per distinct text at a path, shared across days. */
  const parsed = new Map<string, LoadedFile>();
  const loadedAt = (pick: PickedVersion): LoadedFile => {
    const bytes = blobs.get(pick.version.blob);
    if (!bytes) return unreadableAt(pick);
    const decoded = decodeRecordBytes(bytes, pick.file);
    if (decoded.problem) return { file: pick.file, id: idFromFileName(pick.file), problems: [decoded.problem] };
    const now = current.get(pick.file);
    if (now?.text === decoded.text) return now;
    const key = `${pick.file}\0${decoded.text}`;
    let file = parsed.get(key);
    if (!file) {
      file = parseRecordText(decoded.text, pick.file);
      parsed.set(key, file);
    }
    return file;
  };

  // Records on disk that git has never seen: nothing tells what they were then, so they count as they are, unless they say they came later.
  const uncommitted = repository.files.filter((file) => !history.files.has(file.file));
  for (const day of past) {
    const dayPicks = picks.get(day)!;
    const fromWorkTree = uncommitted.filter((file) => existedBy(file, day));
    const snapshot = withFiles(repository, [...dayPicks.map(loadedAt), ...fromWorkTree]);
    const histories = new Map<string, FileHistory>(
      dayPicks.map((pick) => [pick.file, { versions: pick.versions, changed: pick.version.commit, added: pick.versions.at(-1)!.commit }]),
    );
    const dayHistory: RepositoryHistory = { ...history, files: histories, deleted: [] };
    const warnings = fromWorkTree.length === 0 ? [] : [noticeText({ key: 'warning.uncommitted', params: { n: fromWorkTree.length, day } })];
    snapshots.set(day, { repository: snapshot, history: dayHistory, ageOf: agesFrom(snapshot, dayHistory), day, warnings });
  }
  return snapshots;
}

/** The snapshot of one day. */
export async function snapshotAt(loaded: RepositoryWithHistory, day: string, today: string, env: Env): Promise<Snapshot> {
  return (await snapshotsAt(loaded, [day], today, env)).get(day)!;
}

/** A record as it is now, in the repository of a day: unless its own first date (created, an experiment's start, an insight's date) comes later. */
function existedBy(file: LoadedFile, day: string): boolean {
  const first = ['created', 'start', 'date'].map((key) => valueAt(file.data, [key])).find((value) => typeof value === 'string');
  return !(typeof first === 'string' && first > day);
}

/** The repository with these files in it, sorted and linked as the loader does. */
function withFiles(repository: Repository, files: LoadedFile[]): Repository {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return assembleRepository({ ...repository, paths: sorted.map((file) => file.file), problems: [] }, sorted);
}

/** Every record file that existed at the end of `day`, each with its last version on or before it. */
function picksAt(history: RepositoryHistory, day: string, toRoot: (gitPath: string) => string | undefined): PickedVersion[] {
  const picks: PickedVersion[] = [];
  const pickFrom = (versions: readonly FileVersion[]) => {
    const index = versions.findIndex((version) => commitDay(version.commit) <= day);
    if (index === -1) return;
    const version = versions[index]!;
    const file = toRoot(version.gitPath);
    if (file !== undefined) picks.push({ file, version, versions: versions.slice(index) });
  };
  for (const fileHistory of history.files.values()) pickFrom(fileHistory.versions);
  for (const gone of history.deleted) if (commitDay(gone.deleted) > day) pickFrom(gone.versions);
  return picks;
}

/** A git path → relative to the hypo root; undefined when it lies outside it. */
function relativeTo(root: string, gitRoot: string, gitPath: string): string | undefined {
  const relative = path.relative(root, path.join(gitRoot, gitPath));
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/');
}

function unreadableAt(pick: PickedVersion): LoadedFile {
  const { sha } = pick.version.commit;
  return {
    file: pick.file,
    id: idFromFileName(pick.file),
    problems: [
      {
        file: pick.file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'unreadable-file',
        message: `git holds no readable text for this record at ${sha.slice(0, 12)}`,
      },
    ],
  };
}
