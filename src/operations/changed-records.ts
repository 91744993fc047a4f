// `hypo check --changed`: the records changed since a ref (default: staged, unstaged
// and new files), plus the records that refer to them and those they refer to, so
// that those files get exactly the problems a full check gives them.
import path from 'node:path';
import type { Env } from '../model/env.js';
import { notAGitRefError, notInGitError } from '../model/hypo-error.js';
import { idFromFileName } from '../model/ids.js';
import { referencesOf } from '../model/references.js';
import { changedFilesSince, relativeToRoot } from '../store/changed-files.js';
import { findFilesMentioning } from '../store/find-mentions.js';
import { createGitRunner } from '../store/git.js';
import { assembleRepository, type OpenedRepository, type Repository } from '../store/load-repository.js';
import { parseRecordFiles } from '../store/parse-record-files.js';
import { resolveCommit } from '../store/resolve-commit.js';

export interface ChangedSelection {
  repository: Repository;
  /** The files checked: changed ones and their neighbours. */
  selected: Set<string>;
}

export async function readChangedRecords(opened: OpenedRepository, ref: string | undefined, env: Env): Promise<ChangedSelection> {
  if (!opened.gitRoot) {
    throw notInGitError(opened.root, 'hypo check --changed cannot ask git what changed', 'run hypo check without --changed');
  }
  const prefix = opened.recordRoot === '.' ? '' : `${opened.recordRoot}/`;
  const git = createGitRunner(opened.root, env, { why: 'to find the records changed', instead: 'or check every record: hypo check' });
  const since = ref === undefined ? undefined : await resolveCommit(git, ref);
  if (ref !== undefined && since === undefined) {
    throw notAGitRefError(
      '--changed',
      ref,
      'give a branch, tag or commit this clone has, for example --changed main; without one, --changed checks the uncommitted changes',
    );
  }
  const changed = relativeToRoot(await changedFilesSince(git, since), opened.gitRoot, opened.root).filter(
    (file) => file.startsWith(prefix) && /\.ya?ml$/i.test(file) && file !== opened.configFile,
  );
  const existing = new Set(opened.paths);
  // Deleted records count too: whoever referred to them must be checked again.
  const changedIds = changed.map((file) => idFromFileName(file));
  const first = new Set([...changed.filter((file) => existing.has(file)), ...findFilesMentioning(opened.root, opened.paths, changedIds)]);
  const parsed = parseRecordFiles(opened.root, [...first]);
  const byId = new Map<string, string[]>();
  for (const file of opened.paths) byId.set(idFromFileName(file), [...(byId.get(idFromFileName(file)) ?? []), file]);
  // What the changed records refer to, and the other files sharing their ids (duplicates).
  const second = new Set<string>();
  for (const loaded of parsed) {
    const ids = loaded.kind ? referencesOf(loaded.kind, loaded.data).map((reference) => reference.id) : [];
    for (const id of [...ids, loaded.id]) for (const file of byId.get(id) ?? []) if (!first.has(file)) second.add(file);
  }
  parsed.push(...parseRecordFiles(opened.root, [...second]));
  return { repository: assembleRepository(opened, parsed), selected: new Set([...first, ...second].map((file) => path.posix.normalize(file))) };
}
