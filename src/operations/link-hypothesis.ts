// `hypo link <experiment> <hypothesis>`: the experiment tests one more hypothesis.
import { valueAt } from '../model/references.js';
import type { FileChange } from '../store/commit-changes.js';
import type { Repository } from '../store/load-repository.js';
import type { LoadedFile } from '../store/read-record-file.js';
import { planEdit } from './edit-record.js';
import { findRecordFile } from './find-record.js';

export interface LinkPlan {
  experiment: LoadedFile;
  hypothesis: LoadedFile;
  /** The experiment tests the hypothesis already: nothing to change. */
  already: boolean;
  change: FileChange | undefined;
}

export async function planLink(repository: Repository, experimentInput: string, hypothesisInput: string): Promise<LinkPlan> {
  const experiment = findRecordFile(repository, experimentInput, ['experiment']);
  const hypothesis = findRecordFile(repository, hypothesisInput, ['hypothesis']);
  const current = valueAt(experiment.data, ['tests']);
  const tests = Array.isArray(current) ? current.filter((item): item is string => typeof item === 'string') : [];
  const already = tests.includes(hypothesis.id);
  const change = already ? undefined : await planEdit(repository, experiment.file, [{ path: ['tests'], value: [...tests, hypothesis.id] }]);
  return { experiment, hypothesis, already, change };
}
