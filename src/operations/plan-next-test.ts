// `hypo next --plan <id>`: a planned experiment for a hypothesis, with the method `hypo
// next` suggests (or the one asked for), saved through the same checked write as `hypo new`.
import type { Env } from '../model/env.js';
import { experimentsTesting } from '../model/graph.js';
import { HypoError } from '../model/hypo-error.js';
import { ID_MAX_LENGTH } from '../model/ids.js';
import { type MethodEntry, methodCatalogue, methodEntry, methodNames } from '../model/method-catalogue.js';
import type { Hypothesis } from '../model/schemas.js';
import { slugify } from '../model/slug.js';
import { didYouMean } from '../model/suggest.js';
import type { NextWhy, SuggestedMethod } from '../report/next-model.js';
import { evidenceAndMethod } from '../report/test-next.js';
import type { Repository } from '../store/load-repository.js';
import { type PlannedRecordFile, planNewRecord } from './create-record.js';
import { findRecordFile } from './find-record.js';

export interface PlanNextTestRequest {
  /** The hypothesis: its id or a unique prefix. */
  hypothesis: string;
  /** A catalogue method; default: the one `hypo next` suggests. */
  method?: string;
  /** YYYY-MM-DD. */
  today: string;
  env: Env;
  /** The experiment's plan for a method, in the reader's language; null writes none. */
  writePlan: (entry: MethodEntry) => string | null;
  /** A method's name in the experiment's title, in the reader's language; default: as written. */
  nameMethod?: (method: string) => string;
}

export interface PlannedTest extends PlannedRecordFile {
  hypothesis: string;
  method: string;
  /** Why this method: the suggestion's reason, or that it was asked for. */
  why: NextWhy;
}

export async function planNextTest(repository: Repository, request: PlanNextTestRequest): Promise<PlannedTest> {
  const file = findRecordFile(repository, request.hypothesis, ['hypothesis']);
  const hypothesis = file.record as Hypothesis | undefined;
  if (!hypothesis || repository.graph.records.get(file.id)?.file !== file.file) {
    throw new HypoError('broken-record', `${file.file} has errors, so hypo cannot plan a test for it`, { hint: 'hypo check shows what to fix' });
  }
  const catalogue = methodCatalogue(repository.config.methods);
  const { method, why } = request.method === undefined ? suggested(repository, file.id, hypothesis) : asked(request.method, repository);
  const entry = methodEntry(catalogue, method);
  const plan = request.writePlan(entry);
  const planned = await planNewRecord(repository, {
    kind: 'experiment',
    title: `${hypothesis.title} – ${request.nameMethod?.(method) ?? method}`,
    id: freeId(repository, file.id, method),
    fields: {
      tests: file.id,
      method,
      ...(plan ? { plan } : {}),
      ...(hypothesis.metric ? { measure: hypothesis.metric } : {}),
      ...(entry.sample ? { sample: String(entry.sample.full) } : {}),
    },
    today: request.today,
    defaultOwner: true,
    env: request.env,
  });
  return { ...planned, hypothesis: file.id, method, why };
}

function suggested(repository: Repository, id: string, hypothesis: Hypothesis): SuggestedMethod {
  const { evidence, method } = evidenceAndMethod(hypothesis, experimentsTesting(repository.graph, id), methodCatalogue(repository.config.methods));
  if (!method) {
    throw new HypoError('nothing-to-suggest', `"${id}" has ${evidence} evidence already: no method in the catalogue gives more`, {
      hint: 'name the method with --method, or decide: hypo status <id> supported|refuted',
    });
  }
  return method;
}

function asked(method: string, repository: Repository): SuggestedMethod {
  const known = methodNames(repository.config.methods);
  if (!known.includes(method)) {
    throw new HypoError('unknown-method', `"${method}" is not a method in the catalogue${didYouMean(method, known)}`, {
      hint: 'hypo methods lists them; the config’s `methods` adds more',
    });
  }
  return { method, why: { key: 'next.why.asked', params: {} } };
}

/** `<hypothesis>-<method>`, cut to fit, with -2, -3, … when a record has it already. */
function freeId(repository: Repository, hypothesis: string, method: string): string {
  const tail = slugify(method) || 'test';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? tail : `${tail}-${n}`;
    const id = `${slugify(hypothesis, ID_MAX_LENGTH - suffix.length - 1)}-${suffix}`;
    if (!repository.graph.kinds.has(id)) return id;
  }
}
