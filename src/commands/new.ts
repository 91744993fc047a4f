// hypo new: create a record from flags, asking in a terminal for what is missing.
// Never waits for input without a TTY or with --yes: a missing field is an error naming its flag.
import path from 'node:path';
import { formatDay } from '../model/dates.js';
import { fieldNames } from '../model/field-types.js';
import { HypoError } from '../model/hypo-error.js';
import { requiredFields } from '../model/new-record.js';
import { parseKind } from '../model/parse-kind.js';
import type { Kind } from '../model/vocabulary.js';
import { planNewRecord } from '../operations/create-record.js';
import { loadRepository } from '../operations/repository.js';
import { saveNewRecords } from '../operations/save-new-records.js';
import { toJson } from '../render/json-text.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { type AskedRecord, askNewRecord, assertGivenTakeable } from './ask-new-record.js';
import { type Context, EXIT_OK, isInteractive } from './context.js';
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
  const idGiven = typeof options.id === 'string';
  let title = titleInput?.trim();
  let decision: AskedRecord['decision'];
  if (ask) assertGivenTakeable(kind, title, idGiven ? (options.id as string) : undefined, fields, repository);
  if (ask) ({ title, decision } = await askNewRecord(kind, title, fields, repository, ctx.prompter, idGiven));
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
    id: idGiven ? (options.id as string) : undefined,
    today: formatDay(ctx.now()),
    defaultOwner: typeof options.owner !== 'string',
    env: ctx.env,
    ...(decision ? { decision } : {}),
  });
  const hint = idGiven ? 'choose another with --id' : 'choose another title, or an id with --id';
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
