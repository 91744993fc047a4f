// What a new record holds: the fields given, the defaults filled in, in the order
// the schema lists them, so every new file reads the same way.
import { fieldNames, fieldType, isRequiredField, parseFieldValue } from './field-types.js';
import type { Kind } from './vocabulary.js';

export const DEFAULT_STATUS: Partial<Record<Kind, string>> = { hypothesis: 'open', experiment: 'planned' };

/** The fields a person is asked for in a terminal, per kind, beyond the title. */
export const ASKED_FIELDS: Record<Kind, readonly string[]> = {
  // touchpoint: asked only when the stage chosen lists touchpoints (commands/ask-new-record.ts).
  hypothesis: ['statement', 'segment', 'journey', 'touchpoint', 'metric', 'metric_type', 'success', 'importance'],
  experiment: ['tests', 'method', 'plan', 'measure', 'start', 'end', 'sample'],
  // The decision, a mapping, is asked after these (see commands/ask-decision.ts).
  insight: ['from', 'hypotheses', 'observed', 'learned', 'evidence'],
};

export function requiredFields(kind: Kind): string[] {
  const defaulted = (field: string) => field === 'kind' || field === 'title' || (field === 'status' && DEFAULT_STATUS[kind] !== undefined);
  return fieldNames(kind).filter((field) => !defaulted(field) && isRequiredField(kind, [field]));
}

export interface NewRecordInput {
  kind: Kind;
  title: string;
  /** Raw text values by field name, as typed. */
  fields: Readonly<Record<string, string | readonly string[]>>;
  today: string;
  owner?: string;
  /** An insight's decision, when it was taken as the insight was written. */
  decision?: Readonly<Record<string, unknown>>;
}

export function buildNewRecord(input: NewRecordInput): Record<string, unknown> {
  const values: Record<string, unknown> = {
    kind: input.kind,
    title: input.title,
    status: DEFAULT_STATUS[input.kind],
    owner: input.owner,
    created: input.today,
    decision: input.decision,
  };
  for (const [field, raw] of Object.entries(input.fields)) {
    values[field] = typeof raw === 'string' ? parseFieldValue(fieldType(input.kind, [field]), raw) : [...raw];
  }
  const ordered: Record<string, unknown> = {};
  for (const field of fieldNames(input.kind)) {
    const value = values[field];
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) ordered[field] = value;
  }
  return ordered;
}
