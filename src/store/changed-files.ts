// The files a change touches, from git: committed since a commit (COMMIT...HEAD, i.e.
// since the branch left it), plus what is staged, unstaged or new and not ignored.
import path from 'node:path';
import { HypoError } from '../model/hypo-error.js';
import type { GitRunner } from './git.js';

/**
 * Paths relative to the git top level, sorted, without duplicates. `since` is a commit hash
 * (resolveCommit's answer), never text as typed; `--end-of-options` keeps it a revision regardless.
 */
export async function changedFilesSince(git: GitRunner, since: string | undefined): Promise<string[]> {
  const lists = await Promise.all([
    since === undefined ? Promise.resolve('') : git.raw(['diff', '--name-only', '-z', '--end-of-options', `${since}...HEAD`, '--']),
    uncommittedChanges(git),
    git.raw(['ls-files', '--others', '--exclude-standard', '-z', '--full-name', ':/']),
  ]);
  const paths = new Set(lists.flatMap((list) => list.split('\0')).filter(Boolean));
  return [...paths].sort();
}

async function uncommittedChanges(git: GitRunner): Promise<string> {
  try {
    return await git.raw(['diff', '--name-only', '-z', 'HEAD', '--']);
  } catch (error) {
    // No commit yet: everything staged is new.
    if (error instanceof HypoError && /ambiguous argument 'HEAD'|bad revision|unknown revision/i.test(error.message)) {
      return git.raw(['diff', '--name-only', '-z', '--cached', '--']);
    }
    throw error;
  }
}

/** Git-root-relative paths → paths relative to the hypo repository root; those outside it are dropped. */
export function relativeToRoot(paths: readonly string[], gitRoot: string, root: string): string[] {
  const rootInGit = path.relative(gitRoot, root).split(path.sep).join('/');
  const slow = (file: string) => path.relative(root, path.join(gitRoot, file)).split(path.sep).join('/');
  // Git gives plain paths: below the root, each is its path less the root's place, found once (path.relative for each of thousands is a cost of its own).
  const plain = (file: string) => !/^\/|\/$|^$|\/\/|\\|(^|\/)\.{1,2}(\/|$)/.test(file);
  const relative =
    rootInGit === ''
      ? (file: string) => (plain(file) ? file : slow(file))
      : rootInGit === '..' || rootInGit.startsWith('../') || path.isAbsolute(rootInGit)
        ? slow
        : (file: string) => (plain(file) && file.startsWith(`${rootInGit}/`) ? file.slice(rootInGit.length + 1) : slow(file));
  return paths.map(relative).filter((file) => !file.startsWith('../'));
}
