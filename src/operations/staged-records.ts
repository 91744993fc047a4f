// `hypo check --staged`: the repository as the next commit will hold it, read from git's
// index instead of the working tree: unstaged edits and untracked drafts play no part, and a
// staged deletion counts.
import type { Env } from '../model/env.js';
import { notInGitError } from '../model/hypo-error.js';
import { createGitRunner } from '../store/git.js';
import { assembleRepository, type OpenedRepository, type Repository } from '../store/load-repository.js';
import { readStagedRecordFiles } from '../store/staged-files.js';

export async function readStagedRepository(opened: OpenedRepository, env: Env): Promise<Repository> {
  if (!opened.gitRoot) {
    throw notInGitError(opened.root, 'hypo check --staged has no staged content to read', 'run hypo check without --staged');
  }
  const files = await readStagedRecordFiles(createGitRunner(opened.root, env, { why: 'to read the records as they are staged for the next commit' }), {
    root: opened.root,
    recordRoot: opened.recordRoot,
    exclude: new Set(opened.configFile ? [opened.configFile] : []),
  });
  // The walk's problems (links out of the repository, unreadable folders) are the working tree's, not the commit's.
  return assembleRepository({ ...opened, paths: files.map((file) => file.file), problems: [] }, files);
}
