// The team's own word lists: when hypo.config.yaml lists the journey stages or the
// segments, a hypothesis naming another is a warning (a typo, or a word the list does
// not have yet), so that reports grouping by stage or segment miss no record. Without
// a list, or with an empty one, any text goes: the format leaves these fields free.
// An experiment's method must be in the method catalogue, the built-ins and the config's
// own `methods`: an error, as the schema's closed list was before the config could extend it.
// The name from config-defaults and the type alone from config-schema: a cached `hypo check`
// runs through this file and must not load zod.
import { CONFIG_FILE_NAME } from '../model/config-defaults.js';
import type { HypoConfig } from '../model/config-schema.js';
import { show } from '../model/describe-schema-issue.js';
import { methodNames } from '../model/method-catalogue.js';
import { type Problem, problemAt } from '../model/problem.js';
import { didYouMean } from '../model/suggest.js';
import type { CheckableFile } from './check-graph.js';

/** The config keys the rules read. */
export type Vocabulary = Pick<HypoConfig, 'journey' | 'segments' | 'methods'>;

interface WordList {
  /** The record's field. */
  field: 'journey' | 'segment';
  rule: string;
  /** What one item of the list is, in a message. */
  noun: string;
  words: readonly string[] | undefined;
}

export function checkVocabulary(files: readonly CheckableFile[], vocabulary: Vocabulary | undefined): Problem[] {
  const lists: WordList[] = [
    { field: 'journey', rule: 'unknown-journey-stage', noun: 'journey stages', words: vocabulary?.journey },
    { field: 'segment', rule: 'unknown-segment', noun: 'segments', words: vocabulary?.segments },
  ];
  const checked = lists.filter((list) => list.words !== undefined && list.words.length > 0);
  const problems: Problem[] = checkMethods(files, vocabulary);
  if (checked.length === 0) return problems;
  for (const loaded of files) {
    // The raw data, so that the lists are checked even when another field of the record is wrong.
    if (loaded.kind !== 'hypothesis' || !loaded.data) continue;
    for (const list of checked) {
      const value = loaded.data[list.field];
      // A value that is no text is the schema's to report (wrong-type).
      if (typeof value !== 'string' || list.words!.includes(value)) continue;
      problems.push(problemAt(loaded, [list.field], list.rule, unlisted(list, value), { severity: 'warning' }));
    }
  }
  return problems;
}

function unlisted(list: WordList, value: string): string {
  const suggestion = didYouMean(value, list.words!);
  const start = `${list.field} ${show(value)} is not one of the ${list.noun} in ${CONFIG_FILE_NAME}`;
  return suggestion ? `${start}${suggestion}` : `${start}: use one of them, or add it to the list`;
}

function checkMethods(files: readonly CheckableFile[], vocabulary: Vocabulary | undefined): Problem[] {
  const methods = methodNames(vocabulary?.methods);
  const problems: Problem[] = [];
  for (const loaded of files) {
    const method = loaded.kind === 'experiment' ? loaded.data?.method : undefined;
    // Not text, or empty: the schema's to report.
    if (typeof method !== 'string' || method === '' || methods.includes(method)) continue;
    const message = `method must be one of ${methods.join(', ')} — got ${show(method)}${didYouMean(method, methods)}`;
    problems.push(
      problemAt(loaded, ['method'], 'invalid-value', `${message}${didYouMean(method, methods) ? '' : `; or add it to methods in ${CONFIG_FILE_NAME}`}`),
    );
  }
  return problems;
}
