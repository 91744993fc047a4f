// What a person types for a kind (`hypo new hyp`, `--kind experiments`), read one way in
// every command: the kind, its folder name, or a unique prefix of either, in any case.
import { HypoError } from './hypo-error.js';
import { didYouMean } from './suggest.js';
import { KIND_FOLDERS, KINDS, type Kind } from './vocabulary.js';

/** `flag` names where the text came from (`--kind`); without it, the text is an argument. */
export function parseKind(input: string, flag?: string): Kind {
  const wanted = input.trim().toLowerCase();
  const exact = KINDS.find((kind) => kind === wanted || KIND_FOLDERS[kind] === wanted);
  if (exact) return exact;
  const matching = wanted === '' ? [] : KINDS.filter((kind) => kind.startsWith(wanted));
  if (matching.length === 1) return matching[0]!;
  const subject = flag ? `${flag} ${input}` : `"${input}"`;
  throw new HypoError('unknown-kind', `${subject}: not a kind: use ${KINDS.slice(0, -1).join(', ')} or ${KINDS.at(-1)}${didYouMean(wanted, KINDS)}`, {
    hint: 'a unique prefix is enough: hyp, exp, ins',
  });
}

/** A comma-separated list of kinds (`--kind hypothesis,insight`); all kinds when absent. */
export function parseKindList(input: string | undefined, flag: string): Kind[] {
  if (input === undefined) return [...KINDS];
  const kinds = input
    .split(',')
    .map((kind) => kind.trim())
    .filter(Boolean)
    .map((kind) => parseKind(kind, flag));
  return [...new Set(kinds)];
}
