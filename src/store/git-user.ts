// The default owner of a new record: `git config user.name`, when set.
import { simpleGit } from 'simple-git';

export async function readGitUserName(cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<string | undefined> {
  try {
    // The environment is the user's own (tests pin GIT_CONFIG_GLOBAL in it); simple-git guards such variables unless told.
    const git = simpleGit({ baseDir: cwd, unsafe: { allowUnsafeConfigPaths: true } }).env(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)) as Record<string, string>);
    const name = (await git.getConfig('user.name')).value?.trim();
    return name || undefined;
  } catch {
    return undefined; // no git, or not a repository: no default owner
  }
}
