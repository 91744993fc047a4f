// hypo new: create a record from flags, asking in a terminal for what is missing.
// Never waits for input without a TTY or with --yes: a missing field is an error naming its flag.
import path from 'node:path';
import { formatDay, isCalendarDate } from '../model/dates.js';
import { describeBadDate } from '../model/describe-schema-issue.js';
import { fieldNames, fieldType } from '../model/field-types.js';
import { HypoError } from '../model/hypo-error.js';
import { ASKED_FIELDS, requiredFields } from '../model/new-record.js';
import { parseKind } from '../model/parse-kind.js';
import { RECORD_SCHEMAS } from '../model/schemas.js';
import type { Kind } from '../model/vocabulary.js';
import { planNewRecord } from '../operations/create-record.js';
import { loadRepository, type Repository } from '../operations/repository.js';
import { saveNewRecords } from '../operations/save-new-records.js';
import { toJson } from '../render/json-text.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { type Context, EXIT_OK, isInteractive, type Prompter } from './context.js';
import { printSaveOutcome } from './save-outcome.js';

export interface NewOptions {
  kind: string;
  title: string | undefined;
  /** Commander's options: field flags in camelCase, plus id, yes, format. */
  options: Readonly<Record<string, string | boolean | undefined>>;
}

const NOT_FIELDS = new Set(['id', 'yes', 'format']);

export async function runNew({ kind: kindInput, title: titleInput, options }: NewOptions, ctx: Context): Promise<number> {
  const kind = parseKind(kindInput);
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const fields = fieldsFromFlags(kind, options);
  const ask = isInteractive(ctx) && !options.yes;
  let title = titleInput?.trim();
  if (ask) title = await askMissing(kind, title, fields, repository, ctx.prompter);
  const missing = [...(title ? [] : ['title']), ...requiredFields(kind).filter((field) => fields[field] === undefined)];
  if (missing.length > 0 || !title) {
    const flags = missing.map((field) => (field === 'title' ? 'the title (an argument)' : `--${field.replace(/_/g, '-')}`));
    throw new HypoError('missing-field', `a new ${kind} needs ${flags.join(', ')}`, {
      hint: ask ? undefined : 'give them as flags; without --yes in a terminal, hypo asks for them',
    });
  }

  const planned = await planNewRecord(repository, {
    kind,
    title,
    fields,
    id: typeof options.id === 'string' ? options.id : undefined,
    today: formatDay(ctx.now()),
    defaultOwner: typeof options.owner !== 'string',
    env: ctx.env,
  });
  const hint = typeof options.id === 'string' ? 'choose another with --id' : 'choose another title, or an id with --id';
  const code = await printSaveOutcome(await saveNewRecords(repository, [planned.change], hint, { faults: ctx.faults }), ctx, `the new ${kind} was`);
  if (code !== EXIT_OK) return code;
  const { id, file } = planned;
  if (options.format === 'json') ctx.stdout.write(toJson({ id, kind, file }));
  else ctx.stdout.write(`${sanitizeLine(path.relative(ctx.cwd, path.join(repository.root, file)) || file)}\n`);
  return EXIT_OK;
}

/** Flags → raw field values; a flag that does not belong to the kind is a usage error. */
function fieldsFromFlags(kind: Kind, options: NewOptions['options']): Record<string, string> {
  const known = new Set(fieldNames(kind));
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(options)) {
    if (NOT_FIELDS.has(key) || typeof value !== 'string') continue;
    const field = key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    if (!known.has(field)) {
      throw new HypoError('flag-not-for-kind', `--${field.replace(/_/g, '-')} does not apply to a new ${kind}`, {
        hint: `hypo new ${kind} --help lists its flags`,
      });
    }
    if (value.trim() !== '') fields[field] = value;
  }
  return fields;
}

/** Asks for the title and the usual fields not given as flags; optional ones may be left empty. */
async function askMissing(kind: Kind, title: string | undefined, fields: Record<string, string>, repository: Repository, prompter: Prompter): Promise<string> {
  const answeredTitle = title || (await prompter.input({ message: `Title of the ${kind}`, required: true })).trim();
  const required = new Set(requiredFields(kind));
  for (const field of ASKED_FIELDS[kind]) {
    if (fields[field] !== undefined) continue;
    const answer = await askField(kind, field, required.has(field), repository, prompter);
    if (answer) fields[field] = answer;
  }
  return answeredTitle;
}

const SKIP = '';

async function askField(kind: Kind, field: string, required: boolean, repository: Repository, prompter: Prompter): Promise<string> {
  const message = `${field.replace(/_/g, ' ')}${required ? '' : ' (optional)'}`;
  const options = enumOptions(kind, field);
  if (options) {
    const choices = [...(required ? [] : [{ value: SKIP, name: '(skip)' }]), ...options.map((value) => ({ value }))];
    return prompter.select({ message, choices });
  }
  const linked = field === 'tests' ? 'hypothesis' : field === 'from' ? 'experiment' : undefined;
  if (linked) {
    const choices = repository.files.filter((file) => file.kind === linked).map((file) => ({ value: file.id, name: file.id }));
    if (choices.length === 0) return '';
    return (await prompter.checkbox({ message, choices, required })).join(',');
  }
  // A configured word list is offered as a choice: `hypo check` warns about any other word.
  const listed = field === 'journey' ? repository.config.journey : field === 'segment' ? repository.config.segments : undefined;
  if (listed?.length) {
    return prompter.select({ message, choices: [{ value: SKIP, name: '(skip)' }, ...listed.map((value) => ({ value }))] });
  }
  const type = fieldType(kind, [field]);
  const validate = (value: string): true | string => {
    const answer = value.trim();
    if (answer === '') return true; // required-ness is the prompt's own check
    if (DATE_FIELDS.has(field) && !isCalendarDate(answer)) return `${describeBadDate(field, answer)} (for example 2026-12-01)`;
    if (type === 'number' && !/^\d+$/.test(answer)) return 'a whole number';
    return true;
  };
  return (await prompter.input({ message, required, validate })).trim();
}

const DATE_FIELDS = new Set(['start', 'end', 'date', 'created', 'review_by']);

/** The allowed values of an enum field, read from the schema. */
function enumOptions(kind: Kind, field: string): string[] | undefined {
  if (fieldType(kind, [field]) !== 'text') return undefined;
  const schema = (RECORD_SCHEMAS[kind].shape as Record<string, { unwrap?: () => unknown; options?: string[] }>)[field];
  const inner = (schema?.unwrap ? schema.unwrap() : schema) as { options?: string[] } | undefined;
  return Array.isArray(inner?.options) ? inner.options : undefined;
}
