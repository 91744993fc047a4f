// GitHub annotations name files relative to the repository on GitHub: the git top level.
import path from 'node:path';
import type { Repository } from '../../store/load-repository.js';

export function githubPathFor(repository: Pick<Repository, 'root' | 'gitRoot'>): (file: string) => string {
  const base = repository.gitRoot ?? repository.root;
  return (file) => path.relative(base, path.join(repository.root, file)).split(path.sep).join('/');
}
