// hypo new: create a record from flags, asking in a terminal for what is missing.
// Never waits for input without a TTY or with --yes: a missing field is an error naming its flag.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Context, isInteractive } from '../cli/context.js';
import type { Prompter } from '../cli/prompter.js';
import { formatDay, isCalendarDate } from '../model/dates.js';
import { fieldNames, fieldType, parseFieldValue } from '../model/field-types.js';
import { HypoError } from '../model/hypo-error.js';
import { explainInvalidId } from '../model/ids.js';
import { ASKED_FIELDS, buildNewRecord, requiredFields } from '../model/new-record.js';
import { slugify } from '../model/slug.js';
import { didYouMean } from '../model/suggest.js';
import { KIND_FOLDERS, KINDS, type Kind } from '../model/vocabulary.js';
import { RECORD_SCHEMAS } from '../model/schemas.js';
import { formatNewRecord } from '../store/format-new-record.js';
import { readGitUserName } from '../store/git-user.js';
import { loadRepository, type Repository } from '../store/load-repository.js';
import { schemaPathFor } from '../store/schema-location.js';
import { resolveIdList } from './support/find-record.js';
import { reportRefusal, reportWarnings, saveChanges } from './support/save-changes.js';

export interface NewOptions {
  kind: string;
  title: string | undefined;
  /** Commander's options: field flags in camelCase, plus id, yes, format. */
  options: Readonly<Record<string, string | boolean | undefined>>;
}

const NOT_FIELDS = new Set(['id', 'yes', 'format']);

/** Fields holding ids, and the kinds they name: a unique prefix is enough there too. */
const LINK_FIELDS: Record<string, readonly Kind[]> = { tests: ['hypothesis'], from: ['experiment'], hypotheses: ['hypothesis'] };

export async function runNew({ kind: kindInput, title: titleInput, options }: NewOptions, ctx: Context): Promise<number> {
  const kind = resolveKind(kindInput);
  const repository = await loadRepository(ctx.cwd);
  const fields = fieldsFromFlags(kind, options);
  const ask = isInteractive(ctx) && !options.yes;
  let title = titleInput?.trim();
  if (ask) title = await askMissing(kind, title, fields, repository, ctx.prompter);
  const missing = [...(title ? [] : ['title']), ...requiredFields(kind).filter((field) => fields[field] === undefined)];
  if (missing.length > 0) {
    const flags = missing.map((field) => (field === 'title' ? 'the title (an argument)' : `--${field.replace(/_/g, '-')}`));
    throw new HypoError('missing-field', `a new ${kind} needs ${flags.join(', ')}`, {
      hint: ask ? undefined : 'give them as flags; without --yes in a terminal, hypo asks for them',
    });
  }

  const id = typeof options.id === 'string' ? options.id : slugify(title!);
  const invalid = explainInvalidId(id);
  if (invalid) throw new HypoError('invalid-id', `"${id}" cannot be an id: ${invalid}`, { hint: 'choose one with --id' });
  if (repository.graph.kinds.has(id)) {
    const existing = repository.files.find((file) => file.id === id)!;
    throw new HypoError('id-exists', `the id "${id}" is taken by ${existing.file}`, { hint: 'choose another with --id, or another title' });
  }

  const folder = path.posix.join(repository.recordRoot, KIND_FOLDERS[kind]);
  const file = path.posix.join(folder, `${id}.yaml`);
  const owner = typeof options.owner === 'string' ? undefined : await readGitUserName(repository.root, ctx.env);
  for (const [field, kinds] of Object.entries(LINK_FIELDS)) {
    if (fields[field] !== undefined) fields[field] = resolveIdList(repository, parseFieldValue('list', fields[field]) as string[], kinds).join(',');
  }
  const data = buildNewRecord({ kind, title: title!, fields, today: formatDay(ctx.now()), ...(owner ? { owner } : {}) });
  const content = formatNewRecord(data, schemaPathFor(kind, path.join(repository.root, folder), repository.root));

  await mkdir(path.join(repository.root, folder), { recursive: true });
  const outcome = await saveChanges(repository, [{ action: 'create', file, content }]);
  if (!outcome.saved) return await reportRefusal(outcome, ctx, `the new ${kind} was`);
  await reportWarnings(outcome, ctx);
  if (options.format === 'json') ctx.stdout.write(`${JSON.stringify({ id, kind, file }, null, 2)}\n`);
  else ctx.stdout.write(`${path.relative(ctx.cwd, path.join(repository.root, file)) || file}\n`);
  return 0;
}

function resolveKind(input: string): Kind {
  const matches = KINDS.filter((kind) => kind.startsWith(input.toLowerCase()));
  if (input && matches.length === 1) return matches[0]!;
  throw new HypoError('unknown-kind', `"${input}" is not a kind: use hypothesis, experiment or insight${didYouMean(input, KINDS)}`);
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
  if (field === 'journey' && repository.config.journey?.length) {
    return prompter.select({ message, choices: [{ value: SKIP, name: '(skip)' }, ...repository.config.journey.map((value) => ({ value }))] });
  }
  const type = fieldType(kind, [field]);
  const validate = (value: string): true | string => {
    const answer = value.trim();
    if (answer === '') return true; // required-ness is the prompt's own check
    if (DATE_FIELDS.has(field) && !isCalendarDate(answer)) return 'a date written YYYY-MM-DD, e.g. 2026-12-01';
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
