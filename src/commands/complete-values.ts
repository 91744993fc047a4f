// hypo __complete ids: the record ids, one per line, for shell completion scripts.
// Called on every Tab press, so it reads file names only (the id is the file name)
// and never parses a record; and it never prints an error into someone's prompt.
import path from 'node:path';
import type { Context } from '../cli/context.js';
import { idFromFileName } from '../model/ids.js';
import { findRecordFiles } from '../store/find-record-files.js';
import { findRepoRoot } from '../store/find-repo-root.js';
import { loadConfig } from '../store/load-config.js';

export interface CompleteValuesOptions {
  what: string;
}

export async function runCompleteValues({ what }: CompleteValuesOptions, ctx: Context): Promise<number> {
  if (what !== 'ids') return 2;
  try {
    const found = findRepoRoot(ctx.cwd);
    const { config, file } = await loadConfig(found.root, found.configFile);
    const { files } = await findRecordFiles(found.root, path.resolve(found.root, config.root), new Set(file ? [file] : []));
    const ids = [...new Set(files.map(idFromFileName))].sort();
    if (ids.length > 0) ctx.stdout.write(`${ids.join('\n')}\n`);
  } catch {
    // No repository here, or an unreadable one: nothing to offer.
  }
  return 0;
}
