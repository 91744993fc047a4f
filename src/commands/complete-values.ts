// hypo __complete ids: the record ids, one per line, for shell completion scripts.
// Called on every Tab press, so it reads file names only (the id is the file name)
// and never parses a record; and it never prints an error into someone's prompt.
// Only valid ids are printed (see listRecordIds): the scripts take each line as one word.
import { listRecordIds } from '../operations/record-ids.js';
import { type Context, EXIT_OK, EXIT_USAGE } from './context.js';

export interface CompleteValuesOptions {
  what: string;
}

export async function runCompleteValues({ what }: CompleteValuesOptions, ctx: Context): Promise<number> {
  if (what !== 'ids') return EXIT_USAGE;
  try {
    const ids = await listRecordIds(ctx.cwd);
    if (ids.length > 0) ctx.stdout.write(`${ids.join('\n')}\n`);
  } catch {
    // No repository here, or an unreadable one: nothing to offer.
  }
  return EXIT_OK;
}
