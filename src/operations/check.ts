// `hypo check` as data, on a folder: reusing the last result when nothing it depends on
// changed, or for the records a change touched (`--changed`). The lookup loads nothing
// but the caches' own code; the rules load on a miss (the library's `check` on a loaded
// repository is check-records.ts).
import type { Env } from '../model/env.js';
import type { Lang } from '../model/lang.js';
import type { CheckResult } from '../rules/check-repository.js';
import {
  cacheFolder,
  configIdentity,
  fingerprintFiles,
  readCachedCheck,
  type StatSeen,
  type TakenFingerprint,
  trackedStamp,
  writeCachedCheck,
} from '../store/check-cache.js';
import { lookingAt } from '../store/file-identity.js';
import { findRepoRoot } from '../store/find-repo-root.js';
import type { GitPurpose } from '../store/git.js';
import type { RepositoryHistory } from '../store/git-history.js';
import type { OpenedRepository, Repository } from '../store/load-repository.js';
import { SeenStats } from '../store/seen-stats.js';

export interface CheckFolderOptions {
  strict: boolean;
  /** `--changed [ref]`: true for the uncommitted changes, or the ref to compare with. */
  changed?: string | boolean;
  /** Reuse the last result when nothing changed (default true; --no-cache). */
  cache?: boolean;
  /** `--staged`: check the records as git's index holds them, not the working tree. */
  staged?: boolean;
  env: Env;
  /** YYYY-MM-DD: an uncommitted change of a success criterion is dated today. */
  today: string;
}

export interface CheckRun {
  result: CheckResult;
  /** The text of each file with problems, for code frames. */
  sources: ReadonlyMap<string, string>;
  /** Where the repository is, for paths in GitHub annotations. */
  root: string;
  gitRoot?: string;
  /**
   * The config's `lang`, for the summary line. A cached result keeps it: the config is part of
   * what the result was computed from, so a kept result's language is the config's of now,
   * without loading the config's schema to read it again.
   */
  lang?: Lang;
  /**
   * The result being kept in the check cache, when it is: the write goes on while the
   * result is printed, and whoever ends the run awaits it (a cache that cannot be written
   * never rejects it). Until it settles, the next run may not find the result.
   */
  kept?: Promise<void>;
}

export async function checkFolder(cwd: string, given: CheckFolderOptions): Promise<CheckRun> {
  // --no-cache is a cold check: no kept result, parse or history, as if hypo had never run here.
  const options = given.cache === false ? { ...given, env: { ...given.env, HYPO_CACHE: '0' } } : given;
  // `--changed=` (an empty ref) is a --changed run too: its ref is refused, never read as "check everything".
  const changed = options.changed !== undefined && options.changed !== false;
  // The cache watches the working tree; the index is another answer. --no-cache leaves no cache folder (HYPO_CACHE=0 above).
  const folder = changed || options.staged ? undefined : cacheFolder(options.env);
  const found = findRepoRoot(cwd);
  // The commit checked out and the day, asked of git once: by the lookup, or before the records' walk starts, or after.
  let headAsked: Promise<string> | undefined;
  const headNow = () => {
    headAsked ??= gitHeadStamp(found.root, options);
    return headAsked;
  };
  let taken: TakenFingerprint | undefined;
  // Each record file's stat as the fingerprint takes it, before any record is read: the parse cache reuses it rather than stat every file again.
  const lookedAtNs = lookingAt(Date.now());
  const seen = new SeenStats();
  const onStat: StatSeen = (file, info) => seen.add(file, info);
  if (folder) {
    const cached = await readCachedCheck(
      folder,
      found.root,
      options.strict,
      {
        head: headNow,
        tracked: async () => trackedStamp(await readTrackedFiles(found.root, options.env)),
      },
      (fingerprint) => {
        taken = fingerprint;
      },
      onStat,
    );
    if (cached)
      return {
        result: cached.result,
        sources: new Map(Object.entries(cached.sources)),
        root: found.root,
        gitRoot: found.gitRoot,
        ...(cached.lang ? { lang: cached.lang } : {}),
      };
  }
  // The parser, the schemas and the rules load only when there is something to check.
  const [{ openRepository, readRepository }, { qualitySeverities }, { checkRepository }, { codeGlobsMayApply }, { successAfterTestCandidates }] =
    await Promise.all([
      import('../store/load-repository.js'),
      import('../rules/check-quality.js'),
      import('../rules/check-repository.js'),
      import('../rules/code-matches-nothing.js'),
      import('../rules/success-after-test.js'),
    ]);
  const configBefore = folder ? await configIdentity(found.root) : undefined;
  const opened = await openRepository(cwd, { env: options.env });
  // The lookup's fingerprint, when it was of this records folder: taken before any record is read, as a new one would be.
  const fingerprint = folder ? (taken?.recordRoot === opened.recordRoot ? taken.fingerprint : await fingerprintFiles(opened.root, opened, onStat)) : undefined;
  let repository: Repository;
  let only: Set<string> | undefined;
  let speculative: OpenedRepository | undefined;
  let early: EarlyHistory | undefined;
  if (changed) {
    // Loaded only here: it brings git in.
    const { readChangedRecords } = await import('./changed-records.js');
    const selection = await readChangedRecords(opened, typeof options.changed === 'string' ? options.changed : undefined, options.env);
    repository = selection.repository;
    only = selection.selected;
  } else if (options.staged) {
    const { readStagedRepository } = await import('./staged-records.js');
    repository = await readStagedRepository(opened, options.env);
  } else {
    // A large repository whose check will likely read git: the head first, then the records'
    // walk while they parse (as `stale` does), on a core of its own.
    const { PARALLEL_THRESHOLD } = await import('../store/parse-in-parallel.js');
    const successMayBeOn = opened.gitRoot !== undefined && opened.config.git_history && qualitySeverities(opened.config.quality).has('success-after-test');
    speculative = opened.paths.length >= PARALLEL_THRESHOLD && successMayBeOn ? opened : undefined;
    if (speculative && folder) await headNow();
    early = speculative ? await startHistoryWalk(speculative, options.env) : undefined;
    repository = await readRepository(opened, { env: options.env, looked: seen.looked(lookedAtNs), ...(early ? { reservedCores: 1 } : {}) });
  }
  // Taken before git is read: a commit made meanwhile leaves a result that the next run will not reuse.
  const candidates =
    qualitySeverities(repository.config.quality).has('success-after-test') && repository.config.git_history && repository.gitRoot
      ? successAfterTestCandidates(repository.graph)
      : undefined;
  const successOn = candidates !== undefined && candidates.size > 0;
  const head = folder && successOn ? await headNow() : undefined;
  // `git_history: false` promises no git process: the globs then go unchecked, as outside git.
  const codeOn = repository.config.git_history && repository.gitRoot && codeGlobsMayApply(repository.graph);
  const [successHistory, tracked] = await Promise.all([
    successOn ? readSuccessHistory(repository, options, early, candidates) : undefined,
    codeOn ? readTrackedFiles(repository.root, options.env) : undefined,
  ]);
  const trackedCode = tracked ? (await import('../model/code-globs.js')).codeIndex(tracked) : undefined;
  const result = checkRepository(
    { ...repository, ...(successHistory ? { successHistory } : {}), ...(trackedCode ? { trackedCode } : {}) },
    { strict: options.strict, ...(only ? { only } : {}) },
  );
  // Code frames need the text of the files with problems (graph problems included).
  const withProblems = new Set(result.problems.map((problem) => problem.file));
  const sources = new Map<string, string>();
  // Only the texts of files with problems are asked for: a text may be read from the parse cache on first use.
  for (const file of repository.files) if (withProblems.has(file.file) && file.text !== undefined) sources.set(file.file, file.text);
  // A config edited while it was read would leave a result of the old config under the new one's identity: not cached.
  let kept: Promise<void> | undefined;
  if (folder && fingerprint && configBefore === (await configIdentity(opened.root))) {
    kept = writeCachedCheck(folder, opened.root, {
      fingerprint,
      recordRoot: opened.recordRoot,
      result,
      sources: Object.fromEntries(sources),
      strict: options.strict,
      ...(repository.config.lang ? { lang: repository.config.lang } : {}),
      // The answer of success-after-test changes with every commit and day: kept for this HEAD and day alone.
      ...(head !== undefined ? { head } : {}),
      // The answer of code-matches-nothing changes with the files git tracks: kept for this list alone.
      ...(tracked ? { tracked: trackedStamp(tracked) } : {}),
    });
  }
  return {
    result,
    sources,
    root: repository.root,
    gitRoot: repository.gitRoot,
    ...(repository.config.lang ? { lang: repository.config.lang } : {}),
    ...(kept ? { kept } : {}),
  };
}

/** `success-after-test` reads git: loaded only when it is on and git history is in use. */
async function readSuccessHistory(repository: Repository, options: CheckFolderOptions, early: EarlyHistory | undefined, candidates: ReadonlySet<string>) {
  const { readSuccessHistory } = await import('./success-history.js');
  return readSuccessHistory(repository, options.today, options.env, early, candidates);
}

/** The records' history, read while the records parse: an error surfaces only if it is asked for. */
type EarlyHistory = () => Promise<RepositoryHistory>;

async function startHistoryWalk(opened: OpenedRepository, env: Env): Promise<EarlyHistory> {
  const [{ createGitRunner, HISTORY_GIT_PURPOSE }, { readRepositoryHistory }] = await Promise.all([
    import('../store/git.js'),
    import('../store/git-history.js'),
  ]);
  // Settled at once, so that a walk nobody needs (no hypothesis turned out a candidate) never goes unhandled.
  const settled = readRepositoryHistory(opened, createGitRunner(opened.root, env, HISTORY_GIT_PURPOSE), opened.paths, {
    folder: cacheFolder(env),
  }).then(
    (history) => ({ history }),
    (error: unknown) => ({ error }),
  );
  return async () => {
    const outcome = await settled;
    if ('error' in outcome) throw outcome.error;
    return outcome.history;
  };
}

const CODE_GIT_PURPOSE: GitPurpose = {
  why: 'to match the records’ code: globs against the files git tracks',
  instead: 'to check without git, set `git_history: false` in hypo.config.yaml',
};

/** The files git tracks, for `code-matches-nothing`: ONE `git ls-files`, loaded and run only when a record names code. */
async function readTrackedFiles(root: string, env: Env): Promise<string[]> {
  const { readTrackedFiles: readTracked } = await import('./code-files.js');
  return readTracked(root, env, CODE_GIT_PURPOSE);
}

/** The commit checked out and the day: what a result of `success-after-test` holds for. */
async function gitHeadStamp(root: string, options: CheckFolderOptions): Promise<string> {
  const { createGitRunner, HISTORY_GIT_PURPOSE } = await import('../store/git.js');
  const head = await createGitRunner(root, options.env, HISTORY_GIT_PURPOSE)
    .raw(['rev-parse', '--verify', '-q', 'HEAD'])
    .catch(() => '');
  return `${head.trim() || 'no commit'} ${options.today}`;
}
