// The text tests behind the quality rules, for English and Swedish: does a statement give
// a reason, does a success criterion name a quantity, does a segment name anyone in
// particular. Whole words only, compared in lower case, so "asked" is no "as" and
// "trettio" no "tre".
import { CLAUSE_REASON_WORDS, DEFAULT_GENERIC_SEGMENTS, DEFAULT_MEASURE_WORDS, DEFAULT_REASON_WORDS, GENERIC_DETERMINERS } from '../model/quality-rules.js';

/** The team's own words, added to the defaults. */
export interface QualityWords {
  reason_words?: readonly string[] | undefined;
  measure_words?: readonly string[] | undefined;
  generic_segments?: readonly string[] | undefined;
}

const LETTER = '\\p{L}\\p{N}';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as whole words, any run of spaces between them. */
function phrase(word: string): string {
  return word.trim().toLowerCase().split(/\s+/).map(escapeRegExp).join('\\s+');
}

function anyWord(words: readonly string[], before = ''): RegExp {
  const alternatives = words.filter((word) => word.trim() !== '').map(phrase);
  if (alternatives.length === 0) return /(?!)/;
  return new RegExp(`${before}(?<![${LETTER}])(?:${alternatives.join('|')})(?![${LETTER}])`, 'u');
}

export interface TextTests {
  givesReason(statement: string): boolean;
  isMeasurable(success: string): boolean;
  isGenericSegment(segment: string): boolean;
}

export function textTests(words: QualityWords = {}): TextTests {
  const reason = anyWord([...DEFAULT_REASON_WORDS, ...(words.reason_words ?? [])]);
  const clauseReason = anyWord(CLAUSE_REASON_WORDS, '(?:^|[,;:–—-]\\s*)');
  const measure = anyWord([...DEFAULT_MEASURE_WORDS, ...(words.measure_words ?? [])]);
  const generic = new Set([...DEFAULT_GENERIC_SEGMENTS, ...(words.generic_segments ?? [])].map(normalise));
  const determiner = anyWord(GENERIC_DETERMINERS, '^');
  return {
    givesReason: (statement) => {
      const text = statement.toLowerCase();
      return reason.test(text) || clauseReason.test(text);
    },
    isMeasurable: (success) => /\p{N}|%/u.test(success) || measure.test(success.toLowerCase()),
    isGenericSegment: (segment) => {
      const plain = normalise(segment);
      return generic.has(plain) || generic.has(normalise(plain.replace(determiner, '')));
    },
  };
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.!,;:]+$/u, '')
    .trim()
    .replace(/\s+/g, ' ');
}
