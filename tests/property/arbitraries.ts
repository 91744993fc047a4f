// fast-check arbitraries for valid records of each kind, built from the closed word lists
// in src/model/vocabulary.ts and the field lists of the zod schemas, with text that mixes
// in everything YAML gives a meaning to (quotes, `#`, `: `, `yes`, dates, anchors, line breaks).
import fc from 'fast-check';
import { fieldNames, fieldType } from '../../src/model/field-types.js';
import {
  DECISION_ACTIONS,
  EVIDENCE_LEVELS,
  EXPERIMENT_METHODS,
  EXPERIMENT_STATUSES,
  HYPOTHESIS_STATUSES,
  IMPORTANCE_LEVELS,
  INSIGHT_EVIDENCE,
  KIND_FOLDERS,
  type Kind,
  METRIC_TYPES,
  OUTCOMES,
} from '../../src/model/vocabulary.js';
import type { YamlValue } from '../../src/store/edit-yaml-text.js';

/** The seed every property runs with: a failure reproduces on any machine. */
export const SEED = 20_261_125;

/** Pieces of text that YAML reads as something other than text, or must quote or escape. */
const TRICKY = [
  '#',
  ' #',
  ': ',
  ':',
  '- ',
  '? ',
  '"',
  "'",
  '\\',
  '\n',
  '\n\n',
  '\t',
  ' ',
  '  ',
  '\r',
  '\r\n',
  '\u00a0',
  '\u2028',
  '\u0085',
  '\u0007',
  '\u001b[2J',
  'yes',
  'no',
  'on',
  'null',
  '~',
  'true',
  'False',
  '2026-01-01',
  '12:30',
  '0x1F',
  '0o17',
  '017',
  '1e3',
  '-.5',
  '.inf',
  '.NaN',
  '*a',
  '&a',
  '!tag',
  '!!str',
  '%YAML',
  '@',
  '`',
  '|',
  '>',
  '{',
  '}',
  '[',
  ']',
  ',',
  '---',
  '...',
  '<<',
  '=======',
  'é',
  'Färjan',
  'å',
  '🚆',
  '👩🏽‍💻',
  'שלום',
  'مرحبا',
  '\u202e',
];

/** Non-empty text, as any text field allows. */
export const text: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), fc.constantFrom(...TRICKY)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

/** A record id: lower-case words joined by single hyphens. */
export const id: fc.Arbitrary<string> = fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 }).map((words) => words.join('-'));

const ids = fc.array(id, { minLength: 1, maxLength: 4 });

/** A real calendar date, YYYY-MM-DD. */
export const day: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 20_000 })
  .map((days) => new Date(Date.UTC(2000, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));

const extensionValue: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{0,7}$/), text, { maxKeys: 3 }),
);
const extensions = fc.dictionary(fc.stringMatching(/^x-[a-z][a-z-]{0,7}$/), extensionValue, { maxKeys: 2 });

const common = {
  owner: text,
  created: day,
  review_by: day,
  tags: fc.array(text, { maxLength: 4 }),
  code: fc.array(text, { maxLength: 3 }),
};

const hypothesis = fc.record(
  {
    kind: fc.constant('hypothesis'),
    title: text,
    statement: text,
    status: fc.constantFrom(...HYPOTHESIS_STATUSES),
    segment: text,
    journey: text,
    metric: text,
    metric_type: fc.constantFrom(...METRIC_TYPES),
    success: text,
    importance: fc.constantFrom(...IMPORTANCE_LEVELS),
    evidence: fc.constantFrom(...EVIDENCE_LEVELS),
    ...common,
  },
  { requiredKeys: ['kind', 'title', 'statement', 'status'] },
);

const experiment = fc
  .record(
    {
      kind: fc.constant('experiment'),
      title: text,
      tests: ids,
      method: fc.constantFrom(...EXPERIMENT_METHODS),
      status: fc.constantFrom(...EXPERIMENT_STATUSES),
      start: day,
      end: day,
      sample: fc.nat(),
      plan: text,
      measure: text,
      result: fc.record({ summary: text, outcome: fc.constantFrom(...OUTCOMES) }, { requiredKeys: ['summary'] }),
      ...common,
    },
    { requiredKeys: ['kind', 'title', 'tests', 'method', 'status'] },
  )
  // The record's own rules: an end not before the start, and a done experiment with a result and its outcome.
  .chain((data) =>
    fc.tuple(fc.constant(data), text, fc.constantFrom(...OUTCOMES)).map(([record, summary, outcome]) => {
      const fixed: Record<string, unknown> = { ...record };
      if (record.start && record.end && record.end < record.start) [fixed.start, fixed.end] = [record.end, record.start];
      if (record.status === 'done') fixed.result = { summary: record.result?.summary ?? summary, outcome: record.result?.outcome ?? outcome };
      return fixed;
    }),
  );

const insight = fc.record(
  {
    kind: fc.constant('insight'),
    title: text,
    learned: text,
    observed: text,
    from: ids,
    hypotheses: ids,
    evidence: fc.constantFrom(...INSIGHT_EVIDENCE),
    date: day,
    decision: fc.record(
      { action: fc.constantFrom(...DECISION_ACTIONS), summary: text, date: day, owner: text, next: ids },
      { requiredKeys: ['action', 'summary'] },
    ),
    ...common,
  },
  { requiredKeys: ['kind', 'title', 'learned'] },
);

const BY_KIND: Record<Kind, fc.Arbitrary<Record<string, unknown>>> = { hypothesis, experiment, insight };

/** A valid record of `kind`, with a few `x-` extensions. */
export function record(kind: Kind): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(BY_KIND[kind], extensions).map(([data, extra]) => ({ ...data, ...extra }));
}

/** Where a record of `kind` lives, and the schema line `hypo new` would write. */
export function placeOf(kind: Kind): { file: string; schema: string } {
  return { file: `learning/${KIND_FOLDERS[kind]}/record.yaml`, schema: `../../schemas/${kind}.schema.json` };
}

export interface Edit {
  path: string[];
  value: YamlValue | undefined;
}

/** A value for the field at `path` of the type the schema gives it. */
function valueFor(kind: Kind, path: string[]): fc.Arbitrary<YamlValue> {
  const type = fieldType(kind, path);
  if (type === 'list') return path.at(-1) === 'tags' || path.at(-1) === 'code' ? fc.array(text, { minLength: 1, maxLength: 3 }) : ids;
  if (type === 'number') return fc.nat();
  return text;
}

/** An edit `hypo set` could make: set or remove a field, or a field of `result` / `decision`. */
export function edit(kind: Kind): fc.Arbitrary<Edit> {
  const top = fieldNames(kind).filter((field) => field !== 'kind');
  const paths: string[][] = top.flatMap((field) =>
    fieldType(kind, [field]) === 'mapping' ? fieldNames(kind, [field]).map((inner) => [field, inner]) : [[field]],
  );
  return fc.constantFrom(...paths).chain((path) => fc.option(valueFor(kind, path), { nil: undefined, freq: 4 }).map((value) => ({ path, value })));
}
