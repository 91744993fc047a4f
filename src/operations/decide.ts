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
  const edits: TextEdit[] = [
    { path: ['decision', 'action'], value: decision.action },
    { path: ['decision', 'summary'], value: decision.summary },
    { path: ['decision', 'date'], value: decision.date },
  ];
  if (decision.owner !== undefined) edits.push({ path: ['decision', 'owner'], value: decision.owner });
  if (decision.next !== undefined)
    edits.push({ path: ['decision', 'next'], value: resolveIdList(repository, parseFieldValue('list', decision.next) as string[], KINDS) });
  return edits;
}
