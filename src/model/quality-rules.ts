// The quality group of `hypo check`: whether a hypothesis is worth testing (it gives a
// reason, names someone in particular, and says beforehand what result would count) and
// whether the loop closes honestly. Names and default word lists only: no zod, so the
// rules and a cached check can import this without loading the schemas.

export const QUALITY_RULES = [
  'statement-no-reason',
  'success-missing',
  'success-not-measurable',
  'generic-segment',
  'success-after-test',
  'decision-against-evidence',
  'experiment-without-insight',
] as const;

export type QualityRule = (typeof QUALITY_RULES)[number];

export const QUALITY_LEVELS = ['warn', 'error', 'off'] as const;
export type QualityLevel = (typeof QUALITY_LEVELS)[number];

/**
 * Words that introduce a reason. `as` and `då` also mean "like" and "then", so they count only
 * where a clause starts (after a comma, semicolon, dash or colon); "so that" and "så att" name
 * the hoped-for effect, not why the belief should hold, and do not count.
 */
export const DEFAULT_REASON_WORDS = [
  'because',
  'since',
  'due to',
  'given that',
  'owing to',
  'eftersom',
  'därför att',
  'på grund av',
  'med tanke på',
  'i och med att',
  'ty',
] as const;

/** Reason words that count only at the start of a clause. */
export const CLAUSE_REASON_WORDS = ['as', 'då'] as const;

/**
 * Words that name a quantity, besides any digit and `%`: "a third", "hälften", "minst tre".
 * `one`, `en` and `ett` are left out: they are mostly articles.
 */
export const DEFAULT_MEASURE_WORDS = [
  'zero',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'hundred',
  'thousand',
  'dozen',
  'half',
  'halve',
  'halved',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'tenth',
  'twice',
  'double',
  'doubled',
  'triple',
  'percent',
  'per cent',
  'majority',
  'noll',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
  'tjugo',
  'hundra',
  'tusen',
  'hälften',
  'halva',
  'halveras',
  'halverar',
  'tredjedel',
  'tredjedelar',
  'fjärdedel',
  'fjärdedelar',
  'femtedel',
  'tiondel',
  'dubbelt',
  'fördubblas',
  'fördubblar',
  'procent',
  'procentenheter',
  'majoriteten',
] as const;

/** Segments that name no one in particular, compared ignoring case and a leading "all", "our", "alla", "våra". */
export const DEFAULT_GENERIC_SEGMENTS = [
  'users',
  'user',
  'customers',
  'customer',
  'everyone',
  'everybody',
  'anyone',
  'people',
  'all',
  'användare',
  'användarna',
  'användaren',
  'kunder',
  'kunderna',
  'kund',
  'kunden',
  'alla',
  'människor',
  'folk',
] as const;

/** Determiners that leave a segment as generic as the noun after them. */
export const GENERIC_DETERMINERS = ['all', 'our', 'the', 'every', 'alla', 'våra', 'vår', 'samtliga'] as const;
