// Expected failures (bad config, missing folder, bad usage) carry a permanent code,
// a message that says what happened and why, and a hint with the next step.
// The CLI prints them without a stack trace and exits 2 (or the exit code given).
// Codes are permanent names: add one here, never rename one. Where one failure can
// happen in several places, one function below words it, so it reads the same everywhere.

export type HypoErrorCode =
  | 'already-initialised'
  | 'bad-assignment'
  | 'bad-date'
  | 'bad-filter'
  | 'bad-link'
  | 'bad-number'
  | 'bad-option'
  | 'bad-period'
  | 'bad-ref'
  | 'bad-status'
  | 'broken-record'
  | 'cannot-edit'
  | 'config-invalid'
  | 'csv-empty'
  | 'csv-invalid'
  | 'file-changed'
  | 'file-exists'
  | 'file-locked'
  | 'flag-not-for-kind'
  | 'git-failed'
  | 'git-missing'
  | 'id-exists'
  | 'invalid-id'
  | 'journal-conflict'
  | 'journal-invalid'
  | 'kind-fixed'
  | 'missing-field'
  | 'no-git'
  | 'no-record-root'
  | 'no-sprints'
  | 'no-status'
  | 'no-such-folder'
  | 'not-utf8'
  | 'nothing-to-suggest'
  | 'outside-repository'
  | 'settings-invalid'
  | 'symbolic-link'
  | 'unknown-field'
  | 'unknown-id'
  | 'unknown-kind'
  | 'unknown-method'
  | 'unknown-shell'
  | 'unknown-source'
  | 'unknown-sprint'
  | 'unreadable-file'
  | 'write-failed';

export class HypoError extends Error {
  readonly code: HypoErrorCode;
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(code: HypoErrorCode, message: string, options: { hint?: string | undefined; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HypoError';
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 2;
  }
}

/** A command that needs git, outside a git work tree: what it cannot do, and what to do instead. */
export function notInGitError(root: string, consequence: string, hint: string): HypoError {
  return new HypoError('no-git', `${root} is not in a git repository, so ${consequence}`, { hint });
}

/**
 * A value given where a git ref belongs that names no commit here: a usage error, never an empty
 * answer (a typo or a branch this clone lacks must not read as "nothing changed").
 */
export function notAGitRefError(flag: string, value: string, hint: string): HypoError {
  return new HypoError('bad-ref', `${flag} ${value}: not a git ref (a branch, tag or commit)`, { hint: `${fetchAdvice(value)}; or ${hint}` });
}

/** A remote branch this clone lacks (`origin/main`): the fetch that brings it. Only a plain name is repeated into a command. */
const REMOTE_BRANCH = /^([A-Za-z0-9][A-Za-z0-9_.-]*)\/([A-Za-z0-9][A-Za-z0-9_./-]*)$/;

/**
 * What to do about a ref this clone does not have: most often a branch of the remote that a
 * shallow or single-branch clone (CI's checkout) never fetched.
 */
export function fetchAdvice(ref: string): string {
  const remote = REMOTE_BRANCH.exec(ref);
  const fetch = remote ? `git fetch ${remote[1]} ${remote[2]} brings ${ref} into this clone` : 'if it is on the remote, git fetch brings it into this clone';
  return `${fetch} (in CI: actions/checkout with fetch-depth: 0)`;
}

/** An id that is already a record's; `hint` says how to choose another in this command. */
export function idTakenError(id: string, file: string, hint: string): HypoError {
  return new HypoError('id-exists', `the id "${id}" is taken by ${file}`, { hint });
}

/** Text that cannot be an id, and why (explainInvalidId's words). */
export function invalidIdError(id: string, reason: string, hint: string): HypoError {
  return new HypoError('invalid-id', `"${id}" cannot be an id: ${reason}`, { hint });
}

/** A file where hypo was about to create one: it never overwrites what it did not read. */
export function fileExistsError(target: string): HypoError {
  return new HypoError('file-exists', `${target} exists already; hypo never overwrites a file it did not read`, {
    hint: 'choose another id, or move the file away if it is left over',
  });
}
