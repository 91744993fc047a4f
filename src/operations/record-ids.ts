// What shell completion offers for an id: read from file names alone, never parsing a
// record, since completion runs on every Tab press. A file name is anyone's text (a
// cloned repository may hold `$(touch x).yaml`), so only names that are valid ids are
// offered: lower-case letters, digits and hyphens, which no shell expands.
import path from 'node:path';
import { idFromFileName, isValidId } from '../model/ids.js';
import { findRecordFiles } from '../store/find-record-files.js';
import { findRepoRoot } from '../store/find-repo-root.js';
import { loadConfig } from '../store/load-config.js';

/** The valid ids of the record files under the repository `cwd` is in, sorted, without duplicates; other file names are left out. */
export async function listRecordIds(cwd: string): Promise<string[]> {
  const found = findRepoRoot(cwd);
  const { config, file } = await loadConfig(found.root, found.configFile);
  const { files } = await findRecordFiles(found.root, path.resolve(found.root, config.root), new Set(file ? [file] : []));
  return [...new Set(files.map(idFromFileName).filter(isValidId))].sort();
}
