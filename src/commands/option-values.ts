// Flag values that several commands take, checked before anything is read, so a typo is
// a usage error (exit 2) that names the flag.
import { HypoError } from '../model/hypo-error.js';
import { didYouMean } from '../model/suggest.js';
import { KINDS } from '../model/vocabulary.js';
import { STATUSES_BY_KIND } from '../report/record-list.js';
import { INVALID_STATUS } from '../rules/affected.js';

export function parsePositiveInteger(flag: string, input: string): number {
  if (!/^\d+$/.test(input) || Number(input) < 1) throw new HypoError('bad-number', `${flag} ${input}: not a whole number of at least 1`);
  return Number(input);
}

/** Every kind's statuses, insights' decided and undecided included, as `hypo list` knows them, and `invalid` for a record left out for errors. */
const STATUSES = [...new Set(KINDS.flatMap((kind) => STATUSES_BY_KIND[kind])), INVALID_STATUS];

/** `--fail-on open,refuted`: statuses of any kind, decided/undecided for insights, invalid. */
export function parseStatusList(flag: string, input: string | undefined): string[] {
  return parseWordList(flag, input, STATUSES, { one: 'a status', many: 'statuses' });
}

/** A comma-separated list of words from `words` (`overdue,code-remains`), empty items skipped; an unknown word is a usage error with a did-you-mean. */
export function parseWordList<Word extends string>(
  flag: string,
  input: string | undefined,
  words: readonly Word[],
  noun: { one: string; many: string },
): Word[] {
  const given = (input ?? '')
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
  for (const word of given) {
    if (!(words as readonly string[]).includes(word)) {
      throw new HypoError('bad-status', `${flag}: "${word}" is not ${noun.one}${didYouMean(word, words)}`, { hint: `${noun.many}: ${words.join(', ')}` });
    }
  }
  return given as Word[];
}
