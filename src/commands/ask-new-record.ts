// The questions of `hypo new` in a terminal: the title and the usual fields not given as
// flags, each answer checked as it is typed, so that nothing typed is lost to a refusal
// after the last question. Enums and links are lists to pick from, records by id and title.
import { checkFieldAnswer, DATE_FIELDS, enumOptions } from '../model/check-answer.js';
import { isCalendarDate } from '../model/dates.js';
import { describeBadDate } from '../model/describe-schema-issue.js';
import { parseFieldValue } from '../model/field-types.js';
import { HypoError } from '../model/hypo-error.js';
import { journeyStageNames, journeyStages } from '../model/journey-stages.js';
import { methodNames } from '../model/method-catalogue.js';
import { ASKED_FIELDS, requiredFields } from '../model/new-record.js';
import { slugify } from '../model/slug.js';
import type { Kind } from '../model/vocabulary.js';
import { assertIdFree } from '../operations/find-record.js';
import type { Repository } from '../operations/repository.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { askDecision, type DecisionAnswers } from './ask-decision.js';
import type { Prompter } from './context.js';
import { recordChoices } from './record-choices.js';

export interface AskedRecord {
  title: string;
  /** An insight's decision, when one was taken. */
  decision?: Required<Pick<DecisionAnswers, 'action' | 'summary'>> & { next?: string };
}

/** The kinds a link field names. */
const LINKED: Record<string, Kind> = { tests: 'hypothesis', from: 'experiment', hypotheses: 'hypothesis' };

/**
 * Asks what is missing and fills `fields` in; optional fields may be left empty.
 * `idGiven`: an --id was given, so the title need not make a free id.
 */
export async function askNewRecord(
  kind: Kind,
  title: string | undefined,
  fields: Record<string, string>,
  repository: Repository,
  prompter: Prompter,
  idGiven: boolean,
): Promise<AskedRecord> {
  const answeredTitle =
    title ||
    (await prompter.input({ message: `Title of the ${kind}`, required: true, validate: (value) => checkTitle(kind, value, repository, idGiven) })).trim();
  const required = new Set(requiredFields(kind));
  for (const field of ASKED_FIELDS[kind]) {
    if (fields[field] !== undefined) continue;
    const answer = await askField(kind, field, required.has(field), fields, repository, prompter);
    if (answer) fields[field] = answer;
  }
  if (kind !== 'insight') return { title: answeredTitle };
  const decision = await askDecision({}, repository, prompter, { optional: true });
  if (!decision?.action || !decision.summary) return { title: answeredTitle };
  return { title: answeredTitle, decision: { action: decision.action, summary: decision.summary, ...(decision.next ? { next: decision.next } : {}) } };
}

/**
 * Before the first question: the title and flags given must be takeable, or the answers
 * to come would be lost to their refusal at the end.
 */
export function assertGivenTakeable(
  kind: Kind,
  title: string | undefined,
  id: string | undefined,
  fields: Readonly<Record<string, string>>,
  repository: Repository,
): void {
  if (id !== undefined) assertIdFree(repository, id, 'choose another with --id');
  else if (title) assertIdFree(repository, slugify(title), 'choose another title, or an id with --id');
  for (const [field, value] of Object.entries(fields)) {
    const verdict = checkFieldAnswer(kind, field, value, { required: false, given: fields, methods: methodNames(repository.config.methods) });
    if (verdict === true) continue;
    const flag = `--${field.replace(/_/g, '-')}`;
    // A date that is not one reads as it does for every other flag; other verdicts follow the value.
    const message = DATE_FIELDS.has(field) && !isCalendarDate(value.trim()) ? describeBadDate(flag, value) : `${flag} ${JSON.stringify(value)}: ${verdict}`;
    throw new HypoError('bad-option', message, { hint: 'fix the flag, and hypo asks for the rest' });
  }
}

/** A title is taken when it is not blank and makes an id no record has (unless --id names one). */
function checkTitle(kind: Kind, value: string, repository: Repository, idGiven: boolean): true | string {
  const title = value.trim();
  if (title === '') return `the title is required: a short name for the ${kind}`;
  if (idGiven) return true;
  try {
    assertIdFree(repository, slugify(title), 'choose another title');
  } catch (error) {
    // The message may quote a file name: it is shown in the terminal as the prompt's error.
    if (error instanceof HypoError) return sanitizeLine(`${error.message}: ${error.hint ?? ''}`.replace(/: $/, ''));
    throw error;
  }
  return true;
}

const SKIP = '';

async function askField(
  kind: Kind,
  field: string,
  required: boolean,
  fields: Readonly<Record<string, string>>,
  repository: Repository,
  prompter: Prompter,
): Promise<string> {
  const message = `${field.replace(/_/g, ' ')}${required ? '' : ' (optional)'}`;
  const options = enumOptions(kind, field);
  if (options) {
    const choices = [...(required ? [] : [{ value: SKIP, name: '(skip)' }]), ...options.map((value) => ({ value }))];
    return prompter.select({ message, choices });
  }
  const linked = LINKED[field];
  if (linked) {
    const choices = recordChoices(repository, [linked], { checked: testedByChosen(field, fields, repository) });
    if (choices.length === 0) return '';
    return (await prompter.checkbox({ message, choices, required })).join(',');
  }
  // The method catalogue, the config's own methods included, is the list `hypo check` holds a method to.
  if (kind === 'experiment' && field === 'method') {
    const methods = methodNames(repository.config.methods);
    return prompter.select({ message, choices: [...(required ? [] : [{ value: SKIP, name: '(skip)' }]), ...methods.map((value) => ({ value }))] });
  }
  // A touchpoint is asked only among those the chosen stage lists: free text would mostly be a typo to warn about.
  if (field === 'touchpoint') {
    const touchpoints = journeyStages(repository.config.journey).find((stage) => stage.name === fields.journey)?.touchpoints ?? [];
    if (touchpoints.length === 0) return SKIP;
    return prompter.select({ message, choices: [{ value: SKIP, name: '(skip)' }, ...touchpoints.map((value) => ({ value }))] });
  }
  // A configured word list is offered as a choice: `hypo check` warns about any other word.
  const listed = field === 'journey' ? journeyStageNames(repository.config.journey) : field === 'segment' ? repository.config.segments : undefined;
  if (listed?.length) {
    return prompter.select({ message, choices: [{ value: SKIP, name: '(skip)' }, ...listed.map((value) => ({ value }))] });
  }
  return (await prompter.input({ message, required, validate: (value) => checkFieldAnswer(kind, field, value, { required, given: fields }) })).trim();
}

/** An insight's hypotheses start ticked where the experiments it comes from test them. */
function testedByChosen(field: string, fields: Readonly<Record<string, string>>, repository: Repository): ReadonlySet<string> {
  if (field !== 'hypotheses' || fields.from === undefined) return new Set();
  const experiments = parseFieldValue('list', fields.from) as string[];
  const tested = experiments.flatMap((id) => {
    const record = repository.graph.records.get(id)?.record;
    return record?.kind === 'experiment' ? record.tests : [];
  });
  return new Set(tested);
}
