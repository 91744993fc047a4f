// `hypo new`: a new record from the fields given, checked and written like every other
// change. The asking (in a terminal) is the command's; this is what happens with the answers.
import path from 'node:path';
import type { Env } from '../model/env.js';
import { parseFieldValue } from '../model/field-types.js';
import { buildNewRecord } from '../model/new-record.js';
import { kindsNamedBy } from '../model/references.js';
import { slugify } from '../model/slug.js';
import { KIND_FOLDERS, type Kind } from '../model/vocabulary.js';
import type { FileChange } from '../store/commit-changes.js';
import { formatNewRecord } from '../store/format-new-record.js';
import { readGitUserName } from '../store/git-user.js';
import type { Repository } from '../store/load-repository.js';
import { schemaPathFor } from '../store/schema-location.js';
import { type Decision, decisionValue } from './decide.js';
import { assertIdFree, resolveIdList } from './find-record.js';

/** Fields holding ids, and the kinds they name: a unique prefix is enough there too. */
export interface NewRecordRequest {
  kind: Kind;
  title: string;
  /** Raw text values by field name, as typed. */
  fields: Readonly<Record<string, string>>;
  /** The id to use instead of one made from the title. */
  id?: string;
  /** YYYY-MM-DD. */
  today: string;
  /** Fill in the owner from `git config user.name` (when no owner was given at all). */
  defaultOwner: boolean;
  /** The environment git runs with. */
  env: Env;
  /** An insight's decision, taken as it is written; dated today. */
  decision?: Omit<Decision, 'date'>;
}

export interface PlannedRecordFile {
  id: string;
  /** Relative to the repository root. */
  file: string;
  change: FileChange;
}

export async function planNewRecord(repository: Repository, request: NewRecordRequest): Promise<PlannedRecordFile> {
  const { kind, title } = request;
  const id = request.id ?? slugify(title);
  assertIdFree(repository, id, request.id === undefined ? 'choose another title, or an id with --id' : 'choose another with --id');
  const folder = path.posix.join(repository.recordRoot, KIND_FOLDERS[kind]);
  const file = path.posix.join(folder, `${id}.yaml`);
  const fields: Record<string, string> = { ...request.fields };
  // Each link field takes ids of the kinds the format's link table names for it, as prefixes.
  for (const field of ['tests', 'from', 'hypotheses']) {
    const kinds = kindsNamedBy(field);
    if (kinds && fields[field] !== undefined) fields[field] = resolveIdList(repository, parseFieldValue('list', fields[field]) as string[], kinds).join(',');
  }
  const owner = request.defaultOwner ? await readGitUserName(repository.root, request.env) : undefined;
  const decision = request.decision ? decisionValue(repository, { ...request.decision, date: request.today }) : undefined;
  const data = buildNewRecord({ kind, title, fields, today: request.today, ...(owner ? { owner } : {}), ...(decision ? { decision } : {}) });
  const content = formatNewRecord(data, schemaPathFor(kind, path.join(repository.root, folder), repository));
  return { id, file, change: { action: 'create', file, content } };
}
