// The team's own word lists: when hypo.config.yaml lists the journey stages or the
// segments, a record naming another is a warning (a typo, or a word the list does
// not have yet), so that reports grouping by stage or segment miss no record. Without
// a list, or with an empty one, any text goes: the format leaves these fields free.
// A stage that lists touchpoints holds a record's `touchpoint` to them the same way; a
// touchpoint with no stage says where nowhere in particular, so it is warned about too.
// An experiment's method must be in the method catalogue, the built-ins and the config's
// own `methods`: an error, as the schema's closed list was before the config could extend it.
// The name from config-defaults and the type alone from config-schema: a cached `hypo check`
// runs through this file and must not load zod.
import { CONFIG_FILE_NAME } from '../model/config-defaults.js';
import type { HypoConfig } from '../model/config-schema.js';
import { show } from '../model/describe-schema-issue.js';
import { type JourneyStageConfig, journeyStages } from '../model/journey-stages.js';
import { methodNames } from '../model/method-catalogue.js';
import { type Problem, problemAt } from '../model/problem.js';
import { didYouMean } from '../model/suggest.js';
import type { Kind } from '../model/vocabulary.js';
import type { CheckableFile } from './check-graph.js';

/** The config keys the rules read. */
export type Vocabulary = Pick<HypoConfig, 'journey' | 'segments' | 'methods'>;

interface WordList {
  /** The record's field. */
  field: 'journey' | 'segment';
  rule: string;
  /** What one item of the list is, in a message. */
  noun: string;
  words: readonly string[];
  /** The kinds that hold the field. */
  kinds: readonly Kind[];
}

export function checkVocabulary(files: readonly CheckableFile[], vocabulary: Vocabulary | undefined): Problem[] {
  const stages = journeyStages(vocabulary?.journey);
  const lists: WordList[] = [
    {
      field: 'journey',
      rule: 'unknown-journey-stage',
      noun: 'journey stages',
      words: stages.map((stage) => stage.name),
      kinds: ['hypothesis', 'experiment', 'insight'],
    },
    { field: 'segment', rule: 'unknown-segment', noun: 'segments', words: vocabulary?.segments ?? [], kinds: ['hypothesis'] },
  ];
  const checked = lists.filter((list) => list.words.length > 0);
  const problems: Problem[] = checkMethods(files, vocabulary);
  if (checked.length === 0) return problems;
  const byName = new Map(stages.map((stage) => [stage.name, stage]));
  for (const loaded of files) {
    // The raw data, so that the lists are checked even when another field of the record is wrong.
    if (!loaded.data || !loaded.kind) continue;
    for (const list of checked) {
      if (!list.kinds.includes(loaded.kind)) continue;
      const value = loaded.data[list.field];
      // A value that is no text is the schema's to report (wrong-type).
      if (typeof value !== 'string' || list.words.includes(value)) continue;
      problems.push(problemAt(loaded, [list.field], list.rule, unlisted(list, value), { severity: 'warning' }));
    }
    if (stages.length > 0) {
      const problem = touchpointProblem(loaded, stages, byName);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

function unlisted(list: WordList, value: string): string {
  const suggestion = didYouMean(value, list.words);
  const start = `${list.field} ${show(value)} is not one of the ${list.noun} in ${CONFIG_FILE_NAME}`;
  return suggestion ? `${start}${suggestion}` : `${start}: use one of them, or add it to the list`;
}

/**
 * A record's touchpoint against its stage's: only when the stage lists any, and only for a
 * stage the config has (another is unknown-journey-stage's). A touchpoint with no stage
 * is told which stage lists it, when one does.
 */
function touchpointProblem(loaded: CheckableFile, stages: readonly JourneyStageConfig[], byName: ReadonlyMap<string, JourneyStageConfig>): Problem | undefined {
  const touchpoint = loaded.data?.touchpoint;
  if (typeof touchpoint !== 'string') return undefined;
  const journey = loaded.data?.journey;
  const warn = (message: string) => problemAt(loaded, ['touchpoint'], 'unknown-touchpoint', message, { severity: 'warning' });
  if (journey === undefined) {
    const listing = stages.filter((stage) => stage.touchpoints.includes(touchpoint)).map((stage) => stage.name);
    const add = listing.length === 1 ? `add journey: ${listing[0]}` : 'add the journey stage it belongs to';
    return warn(`touchpoint ${show(touchpoint)} names no journey stage: ${add}`);
  }
  const stage = typeof journey === 'string' ? byName.get(journey) : undefined;
  if (!stage || stage.touchpoints.length === 0 || stage.touchpoints.includes(touchpoint)) return undefined;
  const start = `touchpoint ${show(touchpoint)} is not one of the touchpoints of the journey stage ${show(stage.name)} in ${CONFIG_FILE_NAME}`;
  const suggestion = didYouMean(touchpoint, stage.touchpoints);
  return warn(suggestion ? `${start}${suggestion}` : `${start}: use one of ${stage.touchpoints.join(', ')}, or add it to the stage's touchpoints`);
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
