// `hypo decide <insight> <action> --summary …`: the decision taken on what was learned,
// as edits of the insight's `decision` fields.
import { parseFieldValue } from '../model/field-types.js';
import { KINDS } from '../model/vocabulary.js';
import type { TextEdit } from '../store/edit-yaml-text.js';
import type { Repository } from '../store/load-repository.js';
import { resolveIdList } from './find-record.js';

export interface Decision {
  action: string;
  summary: string;
  /** YYYY-MM-DD. */
  date: string;
  owner?: string | undefined;
  /** Records the decision starts, comma-separated as typed; unique prefixes are resolved. */
  next?: string | undefined;
}

export function decisionEdits(repository: Repository, decision: Decision): TextEdit[] {
  return Object.entries(decisionValue(repository, decision)).map(([key, value]) => ({ path: ['decision', key], value }));
}

/** The insight's `decision` mapping, in the schema's order; `hypo new insight` writes it whole. */
export function decisionValue(repository: Repository, decision: Decision): Record<string, string | string[]> {
  const value: Record<string, string | string[]> = { action: decision.action, summary: decision.summary, date: decision.date };
  if (decision.owner !== undefined) value.owner = decision.owner;
  if (decision.next !== undefined) value.next = resolveIdList(repository, parseFieldValue('list', decision.next) as string[], KINDS);
  return value;
}

/** The records `next` names that no file has: the decision would be refused until they are made. */
export function missingNextRecords(repository: Repository, next: string | undefined): string[] {
  if (next === undefined) return [];
  const ids = resolveIdList(repository, parseFieldValue('list', next) as string[], KINDS);
  return ids.filter((id) => !repository.graph.kinds.has(id));
}
