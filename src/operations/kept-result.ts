// A command's result on a folder, reused when nothing it was computed from changed
// (store/kept-result-cache.ts, docs/decisions/0011): the files and folders the records'
// walk sees and the config, by their identities; the commit checked out, for everything
// read from git; the files git tracks, when the result matched them; the question asked
// and today's day. A kept result is read without parsing a record or loading the schemas.
// Where an input cannot be stamped cheaply the result is computed and not kept: a question
// that names a git ref (a ref may move without HEAD moving), a shallow clone, a work tree
// with no commit.
import { createHash } from 'node:crypto';
import { formatDay } from '../model/dates.js';
import type { Env } from '../model/env.js';
import { LANGS, type Lang } from '../model/lang.js';
import { cacheFolder } from '../store/cache-folder.js';
import { configIdentity, fingerprintFiles, fingerprintRepository, type StatSeen, trackedStamp } from '../store/check-cache.js';
import { type Looked, lookingAt } from '../store/file-identity.js';
import { findRepoRoot } from '../store/find-repo-root.js';
import { type KeptCommand, readKeptResult, writeKeptResult } from '../store/kept-result-cache.js';
import type { OpenedRepository } from '../store/load-repository.js';
import { SeenStats } from '../store/seen-stats.js';
import type { RepositoryWithHistory } from './history.js';

export interface KeptResultQuestion<T> {
  /** The command: each keeps its own entry. */
  command: KeptCommand;
  /** Everything besides the records, the config, git and today's day that the result depends on: the command's options, as JSON. */
  asked: readonly unknown[];
  /** False when the question names what cannot be stamped cheaply (a git ref): computed, never kept. */
  keyable: boolean;
  today: Date;
  env: Env;
  /** The result's outline, as compute returns it: the checksum holds a kept entry's bytes, this its shape. */
  isResult(value: unknown): value is T;
  /**
   * The work, on the repository opened. `looked`: the record files the lookup stat'ed, for
   * the parse cache not to look again. `tracked`: the files git tracked, when the result
   * matched any (null or absent when it did not ask git for them).
   */
  compute(opened: OpenedRepository, looked: ReadonlyMap<string, Looked>): Promise<{ result: T; lang: Lang | undefined; tracked?: readonly string[] | null }>;
  /** How the result is kept, when not as it is: `unpack` gives back what `pack` was given, or undefined for anything else. */
  form?: KeptForm<T>;
}

/** A result's kept form: a smaller one to write and read back, such as file lists as indexes into one table. */
export interface KeptForm<T> {
  pack(result: T): unknown;
  unpack(kept: unknown): unknown;
}

export interface KeptResultAnswer<T> {
  result: T;
  /** The config's `lang`, when it names one. */
  lang?: Lang;
  /** The repository's root and git work tree's root, as annotations name files from them. */
  root: string;
  gitRoot?: string;
}

/** What a kept entry's payload is. */
interface KeptPayload {
  result: unknown;
  lang?: Lang;
}

/** The commit checked out, or null outside git; undefined when the history cannot be stamped by it (a shallow clone, no commit, no git). */
type HeadStamp = string | null | undefined;

export async function keptResult<T>(cwd: string, question: KeptResultQuestion<T>): Promise<KeptResultAnswer<T>> {
  const folder = question.keyable ? cacheFolder(question.env) : undefined;
  const found = findRepoRoot(cwd);
  const where = { root: found.root, ...(found.gitRoot ? { gitRoot: found.gitRoot } : {}) };
  // The question, with the day it is asked on: the same options ask about another period tomorrow.
  const asked = JSON.stringify([question.command, ...question.asked, formatDay(question.today)]);
  const keyOf = (fingerprint: string) => createHash('sha256').update(fingerprint).update('\0').update(asked).digest('hex');
  let head: Promise<HeadStamp> | undefined;
  const headNow = () => {
    head ??= headStamp(found.root, found.gitRoot, question.env);
    return head;
  };
  let taken: { recordRoot: string; fingerprint: string } | undefined;
  // Each record file's stat as the fingerprint takes it: a miss parses through the parse cache, which then looks at no file again.
  const seen = new SeenStats();
  const lookedAtNs = lookingAt(Date.now());
  const onStat: StatSeen = (file, info) => seen.add(file, info);
  if (folder) {
    const kept = await readKeptResult(folder, question.command, found.root);
    if (kept) {
      const fingerprint = await fingerprintRepository(found.root, kept.header.recordRoot, onStat).catch(() => undefined);
      if (fingerprint !== undefined) {
        taken = { recordRoot: kept.header.recordRoot, fingerprint };
        const stamp = await headNow();
        const current = keyOf(fingerprint) === kept.header.key && stamp !== undefined && (stamp ?? undefined) === kept.header.head;
        const payload = current ? unpackedPayload(kept.payload, question.form) : undefined;
        if (current && isPayload(payload, question.isResult)) {
          const tracked = kept.header.tracked === undefined ? undefined : await trackedNow(found.root, question.env).catch(() => '');
          if (tracked === kept.header.tracked) return { result: payload.result, ...(payload.lang ? { lang: payload.lang } : {}), ...where };
        }
      }
    }
  }
  // The parser, the schemas and git load only when there is something to compute.
  const { openRepository } = await import('../store/load-repository.js');
  const configBefore = folder ? await configIdentity(found.root) : undefined;
  const opened = await openRepository(cwd, { env: question.env });
  // Taken before any record is read or git is asked: a change made meanwhile leaves the result unused by the next run.
  const fingerprint = folder
    ? taken?.recordRoot === opened.recordRoot
      ? taken.fingerprint
      : await fingerprintFiles(opened.root, opened, onStat).catch(() => undefined)
    : undefined;
  const stamp = folder ? await headNow() : undefined;
  const { result, lang, tracked } = await question.compute(opened, seen.looked(lookedAtNs));
  const payload: KeptPayload = { result: question.form ? question.form.pack(result) : result, ...(lang ? { lang } : {}) };
  // A config edited while it was read would leave a result of the old config under the new one's identity: not kept.
  if (folder && fingerprint !== undefined && stamp !== undefined && configBefore === (await configIdentity(found.root))) {
    await writeKeptResult(
      folder,
      question.command,
      found.root,
      {
        key: keyOf(fingerprint),
        recordRoot: opened.recordRoot,
        ...(stamp !== null ? { head: stamp } : {}),
        ...(tracked ? { tracked: trackedStamp(tracked) } : {}),
      },
      payload,
    );
  }
  return { result, ...(lang ? { lang } : {}), ...where };
}

/** The commit checked out, in ONE git process that also tells a shallow clone. */
async function headStamp(root: string, gitRoot: string | undefined, env: Env): Promise<HeadStamp> {
  if (gitRoot === undefined) return null;
  try {
    const { createGitRunner, HISTORY_GIT_PURPOSE } = await import('../store/git.js');
    const [shallow, commit] = (await createGitRunner(root, env, HISTORY_GIT_PURPOSE).raw(['rev-parse', '--is-shallow-repository', '--verify', '-q', 'HEAD']))
      .trim()
      .split('\n');
    return shallow === 'false' && commit && /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
  } catch {
    return undefined;
  }
}

async function trackedNow(root: string, env: Env): Promise<string> {
  const { readTrackedFiles } = await import('./code-files.js');
  return trackedStamp(await readTrackedFiles(root, env));
}

/** The payload with its result as compute gave it: a packed result unpacked (isResult then judges what that gave). */
function unpackedPayload<T>(payload: unknown, form: KeptForm<T> | undefined): unknown {
  if (!form || typeof payload !== 'object' || payload === null) return payload;
  return { ...payload, result: form.unpack((payload as KeptPayload).result) };
}

function isPayload<T>(value: unknown, isResult: (result: unknown) => result is T): value is KeptPayload & { result: T } {
  if (typeof value !== 'object' || value === null) return false;
  const { result, lang } = value as Record<string, unknown>;
  if (lang !== undefined && !(LANGS as readonly unknown[]).includes(lang)) return false;
  return isResult(result);
}

/** An object with these array fields: the outline the results' guards share. */
export function hasArrays(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return keys.every((key) => Array.isArray(fields[key]));
}

/** What the read commands on a folder are asked with: the day, resolved already (YYYY-MM-DD), what day it is, and git's environment. */
export interface FolderDay {
  asOf: string;
  today: Date;
  env: Env;
}

/**
 * A kept result whose work reads the records with their history: on a miss, the history
 * walk runs while the records parse, each file stat'ed once.
 */
export function keptWithHistory<T>(
  cwd: string,
  question: Omit<KeptResultQuestion<T>, 'compute'>,
  work: (loaded: RepositoryWithHistory) => Promise<{ result: T; tracked?: readonly string[] | null }>,
): Promise<KeptResultAnswer<T>> {
  return keptResult(cwd, {
    ...question,
    async compute(opened, looked) {
      const { readOpenedWithHistory } = await import('./history.js');
      const loaded = await readOpenedWithHistory(opened, question.env, looked);
      return { ...(await work(loaded)), lang: loaded.repository.config.lang };
    },
  });
}
