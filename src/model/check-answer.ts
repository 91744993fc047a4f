// One answer typed at a prompt of `hypo new` or `hypo decide`, checked as it is given:
// a wrong one is asked again at once, rather than refused after the last question
// with every answer lost.
import { isCalendarDate } from './dates.js';
import { describeBadDate } from './describe-schema-issue.js';
import { fieldType } from './field-types.js';
import { RECORD_SCHEMAS } from './schemas.js';
import { didYouMean } from './suggest.js';
import type { Kind } from './vocabulary.js';

/** The fields written YYYY-MM-DD. */
export const DATE_FIELDS: ReadonlySet<string> = new Set(['start', 'end', 'date', 'created', 'review_by']);

export interface AnswerContext {
  /** Blank is refused (the prompt's own check lets a few spaces through). */
  required: boolean;
  /** The fields known so far, flags and answers, as typed: the other end of a date range. */
  given: Readonly<Record<string, string>>;
  /** The valid methods of an experiment: the catalogue's, the config's own included. Unchecked when absent. */
  methods?: readonly string[];
}

/** True, or why the answer cannot be taken, in words for the prompt. */
export function checkFieldAnswer(kind: Kind, field: string, value: string, { required, given, methods }: AnswerContext): true | string {
  const answer = value.trim();
  if (answer === '') return required ? `${field.replace(/_/g, ' ')} is required` : true;
  // The one wording for a date that is not one, as check and the flags say it.
  if (DATE_FIELDS.has(field) && !isCalendarDate(answer)) return `${describeBadDate(field, answer)} (for example 2026-12-01)`;
  const options = kind === 'experiment' && field === 'method' ? methods : enumOptions(kind, field);
  if (options && !options.includes(answer)) return `one of ${options.join(', ')}${didYouMean(answer, options)}`;
  if (fieldType(kind, [field]) === 'number' && !/^\d+$/.test(answer)) return 'a whole number, e.g. 12';
  if (kind === 'experiment') {
    const start = field === 'start' ? answer : given.start?.trim();
    const end = field === 'end' ? answer : given.end?.trim();
    if ((field === 'start' || field === 'end') && start && end && isCalendarDate(start) && isCalendarDate(end) && end < start) {
      return field === 'end' ? `the end must not be before the start, ${start}` : `the start must not be after the end, ${end}`;
    }
  }
  return true;
}

/** The allowed values of an enum field, read from the schema; undefined for any other field. */
export function enumOptions(kind: Kind, field: string): string[] | undefined {
  if (fieldType(kind, [field]) !== 'text') return undefined;
  const schema = (RECORD_SCHEMAS[kind].shape as Record<string, { unwrap?: () => unknown; options?: string[] }>)[field];
  const inner = (schema?.unwrap ? schema.unwrap() : schema) as { options?: string[] } | undefined;
  return Array.isArray(inner?.options) ? inner.options : undefined;
}
