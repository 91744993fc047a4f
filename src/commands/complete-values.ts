// hypo __complete ids [kinds] | statuses [hints…]: values only the repository knows, one per
// line, for shell completion scripts. Called on every Tab press, so it reads file names and
// `kind:` lines only, never parsing a record; and it never prints an error into someone's
// prompt. Only valid ids and known statuses are printed: the scripts take each line as one word.
import { KINDS, type Kind } from '../model/vocabulary.js';
import { listRecordIds, listStatuses } from '../operations/record-ids.js';
import { type Context, EXIT_OK, EXIT_USAGE } from './context.js';

export interface CompleteValuesOptions {
  what: string;
  /** For ids, the kinds wanted, comma-separated (all when absent); for statuses, the words that may name a kind. */
  words: string[];
}

export async function runCompleteValues({ what, words }: CompleteValuesOptions, ctx: Context): Promise<number> {
  if (what !== 'ids' && what !== 'statuses') return EXIT_USAGE;
  try {
    const values = what === 'ids' ? await listRecordIds(ctx.cwd, kindsOf(words[0])) : await listStatuses(ctx.cwd, words);
    if (values.length > 0) ctx.stdout.write(`${values.join('\n')}\n`);
  } catch {
    // No repository here, or an unreadable one: nothing to offer.
  }
  return EXIT_OK;
}

/** `hypothesis,experiment` → those kinds; absent or empty → undefined, every kind. */
function kindsOf(list: string | undefined): Kind[] | undefined {
  if (!list) return undefined;
  return KINDS.filter((kind) => list.split(',').includes(kind));
}
