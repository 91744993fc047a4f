// Turns zod's issues into messages a person understands, naming the field,
// the allowed values and what was found, with a "did you mean" where one fits.
import type * as z from 'zod';
import { isDateShaped } from './dates.js';
import { ID_MAX_LENGTH } from './ids.js';
import { didYouMean } from './suggest.js';

export interface DescribedIssue {
  rule: string;
  message: string;
  /** Point at the key rather than the value (unknown fields). */
  atKey: boolean;
  path: (string | number)[];
}

type Issue = z.core.$ZodIssue;

export function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const step of path) {
    if (typeof step === 'number') name += `[${step}]`;
    else name += name === '' ? String(step) : `.${String(step)}`;
  }
  return name === '' ? 'the record' : name;
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a timestamp';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/**
 * The one wording for a date hypo cannot take, wherever it comes from (a record field, the
 * config, an option, a prompt): a day the calendar does not have, or text not written YYYY-MM-DD.
 */
export function describeBadDate(name: string, value: unknown): string {
  return typeof value === 'string' && isDateShaped(value)
    ? `${name}: ${show(value)} is not a real calendar date`
    : `${name} must be a date written YYYY-MM-DD — got ${show(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

/**
 * One zod issue → one or more described problems (an unrecognized_keys issue
 * names several keys, each reported at its own key).
 */
export function describeSchemaIssue(issue: Issue, knownKeys: (path: PropertyKey[]) => string[]): DescribedIssue[] {
  const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
  const field = fieldName(path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        rule: 'unknown-field',
        message: `unknown field "${key}"${path.length ? ` in ${field}` : ''}${didYouMean(key, knownKeys(path))}; team extensions must start with "x-"`,
        atKey: true,
        path: [...path, key],
      }));
    case 'invalid_type': {
      if (input === undefined) return [{ rule: 'missing-field', message: `${field} is required`, atKey: false, path }];
      const wholeNumber = issue.expected === 'int' || (issue as { format?: string }).format === 'safeint';
      const expected = wholeNumber ? 'a whole number' : (TYPE_WORDS[issue.expected] ?? issue.expected);
      return [{ rule: 'wrong-type', message: `${field} must be ${expected} — got ${show(input)}`, atKey: false, path }];
    }
    case 'invalid_value': {
      if (input === undefined) return [{ rule: 'missing-field', message: `${field} is required`, atKey: false, path }];
      const allowed = issue.values.map(String);
      const got = typeof input === 'string' ? didYouMean(input, allowed) : '';
      const message =
        allowed.length === 1
          ? `${field} must be "${allowed[0]}" — got ${show(input)}`
          : `${field} must be one of ${allowed.join(', ')} — got ${show(input)}${got}`;
      return [{ rule: 'invalid-value', message, atKey: false, path }];
    }
    case 'invalid_format': {
      if (issue.format === 'date') {
        return [{ rule: 'invalid-date', message: describeBadDate(field, input), atKey: false, path }];
      }
      return [
        {
          rule: 'invalid-reference',
          message: `${field} must be a record id (lower-case a–z, 0–9 and single hyphens, at most ${ID_MAX_LENGTH} characters) — got ${show(input)}`,
          atKey: false,
          path,
        },
      ];
    }
    case 'invalid_union':
      return describeUnionIssue(issue, path, knownKeys);
    case 'too_small':
      if (issue.origin === 'array') return [{ rule: 'missing-field', message: `${field} must list at least ${String(issue.minimum)}`, atKey: false, path }];
      if (issue.origin === 'string') return [{ rule: 'missing-field', message: `${field} must not be empty`, atKey: false, path }];
      return [{ rule: 'invalid-value', message: `${field} must be at least ${String(issue.minimum)} — got ${show(input)}`, atKey: false, path }];
    case 'too_big':
      return [
        {
          rule: 'invalid-value',
          message: `${field} must be at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters long' : ''}`.trimEnd(),
          atKey: false,
          path,
        },
      ];
    default:
      return [{ rule: 'invalid-value', message: `${field}: ${issue.message}`, atKey: false, path }];
  }
}

/**
 * A value that fits no branch of a union (`sprints:` takes a mapping or a list): zod says only
 * "Invalid input". The branch of the value's own shape tells what is wrong inside it, with
 * its did-you-means; a value of neither shape is told what shapes there are.
 */
function describeUnionIssue(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: (string | number)[],
  knownKeys: (path: PropertyKey[]) => string[],
): DescribedIssue[] {
  const wrongShape = (branch: readonly Issue[]) => branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0;
  const fitting = issue.errors.filter((branch) => !wrongShape(branch));
  if (fitting.length === 1) {
    return fitting[0]!.flatMap((inner) => describeSchemaIssue({ ...inner, path: [...path, ...inner.path] } as Issue, knownKeys));
  }
  const input = (issue as { input?: unknown }).input;
  const shapes = issue.errors.flatMap((branch) => (wrongShape(branch) ? [(branch[0] as { expected: string }).expected] : []));
  const expected = shapes.length > 0 ? [...new Set(shapes.map((shape) => TYPE_WORDS[shape] ?? shape))].join(' or ') : 'another value';
  return [{ rule: 'wrong-type', message: `${fieldName(path)} must be ${expected} — got ${show(input)}`, atKey: false, path }];
}
