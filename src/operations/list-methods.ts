// `hypo methods`: the method catalogue of the repository `cwd` is in, the defaults with the
// config's changes and additions. Outside a hypo repository, the defaults.
import { type MethodList, methodList } from '../report/method-list.js';
import { findRepoRoot } from '../store/find-repo-root.js';
import { loadValidConfig } from '../store/load-config.js';

export async function listMethods(cwd: string): Promise<MethodList> {
  const found = findRepoRoot(cwd);
  const { config, file } = await loadValidConfig(found.root, found.configFile);
  return methodList(config, file ?? null);
}
