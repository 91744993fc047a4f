// Turns what the user typed into a record of the repository: exact id or unique prefix;
// an ambiguous or unknown one is a usage error naming the candidates.
import { HypoError, idTakenError, invalidIdError } from '../model/hypo-error.js';
import { explainInvalidId, idFromFileName } from '../model/ids.js';
import { describeIdResolution, resolveId } from '../model/resolve-id.js';
import type { Kind } from '../model/vocabulary.js';
import type { Repository } from '../store/load-repository.js';
import type { LoadedFile } from '../store/read-record-file.js';

/** The loaded file of the record `input` names; with `kinds`, only records of those kinds count. */
export function findRecordFile(repository: Repository, input: string, kinds?: readonly Kind[]): LoadedFile {
  const candidates = repository.files.filter((file) => !kinds || (file.kind !== undefined && kinds.includes(file.kind)));
  const resolution = resolveId(
    input,
    candidates.map((file) => file.id),
  );
  if (!resolution.ok) {
    // A record file that is a link hypo refused to follow: say so, rather than that it does not exist.
    const link = repository.problems.find((problem) => problem.rule === 'bad-link' && idFromFileName(problem.file) === input);
    if (link) {
      throw new HypoError('bad-link', `${link.file}: ${link.message}`, { hint: 'hypo neither reads nor writes through such a link' });
    }
    const what = kinds ? kinds.join(' or ') : 'record';
    throw new HypoError('unknown-id', describeIdResolution(input, resolution).replace('record', what), {
      hint: resolution.reason === 'ambiguous' ? 'type more of the id' : 'hypo list shows the ids',
    });
  }
  const file = candidates.find((candidate) => candidate.id === resolution.id)!;
  return file;
}

/**
 * Ids typed in a list (`--tests a,b`), each resolved as a unique prefix among records of
 * `kinds`. One that names only a record of another kind resolves to it, so that validation
 * says what kind it is ("is an insight") rather than that no record has the id; one that
 * resolves to nothing is kept as typed, for validation to report.
 */
export function resolveIdList(repository: Repository, inputs: readonly string[], kinds: readonly Kind[]): string[] {
  const ids = repository.files.filter((file) => file.kind !== undefined && kinds.includes(file.kind)).map((file) => file.id);
  const allIds = repository.files.map((file) => file.id);
  return inputs.map((input) => {
    const resolution = resolveId(input, ids);
    if (resolution.ok) return resolution.id;
    const elsewhere = resolveId(input, allIds);
    return elsewhere.ok ? elsewhere.id : input;
  });
}

/** Refuses an id that cannot be one, or that a record has already; `hint` says how to choose another in this command. */
export function assertIdFree(repository: Repository, id: string, hint: string): void {
  const invalid = explainInvalidId(id);
  if (invalid) throw invalidIdError(id, invalid, hint);
  if (repository.graph.kinds.has(id)) throw idTakenError(id, repository.files.find((file) => file.id === id)!.file, hint);
}
