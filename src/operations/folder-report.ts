// `hypo report` on a folder, reusing the last report when nothing it was computed from
// changed (store/report-cache.ts): the files and folders the records' walk sees and the
// config, by their identities; the commit checked out, for everything read from git; the
// files git tracks, when `code:` globs were matched; the period asked for and the days.
// A kept report is read without parsing a record or loading the schemas. Where an input
// cannot be stamped cheaply the report is computed and not kept: a period bounded by a git
// ref (a ref may move without HEAD moving), a shallow clone, a work tree with no commit.
import { createHash } from 'node:crypto';
import { formatDay, isCalendarDate } from '../model/dates.js';
import type { Env } from '../model/env.js';
import { LANGS, type Lang } from '../model/lang.js';
import type { PeriodOptionNames } from '../model/option-names.js';
import type { LearningLoopReport } from '../report/loop-model.js';
import { cacheFolder } from '../store/cache-folder.js';
import { configIdentity, fingerprintFiles, fingerprintRepository, trackedStamp } from '../store/check-cache.js';
import { findRepoRoot } from '../store/find-repo-root.js';
import { readKeptReport, writeKeptReport } from '../store/report-cache.js';

export interface FolderReportOptions {
  since?: string;
  until?: string;
  sprint?: string;
  /** The as-of day, resolved already (YYYY-MM-DD). */
  asOf?: string;
  optionNames?: PeriodOptionNames;
  today: Date;
  env: Env;
}

export interface FolderReport {
  report: LearningLoopReport;
  /** The config's `lang`, when it names one. */
  lang?: Lang;
}

/** What a kept report's payload is. */
interface KeptPayload {
  report: LearningLoopReport;
  lang?: Lang;
}

/** The commit checked out, or null outside git; undefined when the history cannot be stamped by it (a shallow clone, no commit, no git). */
type HeadStamp = string | null | undefined;

export async function reportForFolder(cwd: string, options: FolderReportOptions): Promise<FolderReport> {
  const keyable = (options.since === undefined || isCalendarDate(options.since)) && (options.until === undefined || isCalendarDate(options.until));
  const folder = keyable ? cacheFolder(options.env) : undefined;
  const found = findRepoRoot(cwd);
  // The question, with the day it is asked on: the same options ask about another period tomorrow.
  const question = JSON.stringify([options.since ?? null, options.until ?? null, options.sprint ?? null, options.asOf ?? null, formatDay(options.today)]);
  const keyOf = (fingerprint: string) => createHash('sha256').update(fingerprint).update('\0').update(question).digest('hex');
  let head: Promise<HeadStamp> | undefined;
  const headNow = () => {
    head ??= headStamp(found.root, found.gitRoot, options.env);
    return head;
  };
  let taken: { recordRoot: string; fingerprint: string } | undefined;
  if (folder) {
    const kept = await readKeptReport(folder, found.root);
    if (kept) {
      const fingerprint = await fingerprintRepository(found.root, kept.header.recordRoot).catch(() => undefined);
      if (fingerprint !== undefined) {
        taken = { recordRoot: kept.header.recordRoot, fingerprint };
        const stamp = await headNow();
        if (keyOf(fingerprint) === kept.header.key && stamp !== undefined && (stamp ?? undefined) === kept.header.head && isPayload(kept.payload)) {
          const tracked = kept.header.tracked === undefined ? undefined : await trackedNow(found.root, options.env).catch(() => '');
          if (tracked === kept.header.tracked) return kept.payload;
        }
      }
    }
  }
  // The parser, the schemas and git load only when there is something to compute.
  const { openRepository } = await import('../store/load-repository.js');
  const { readOpenedWithHistory } = await import('./history.js');
  const { buildReportReading } = await import('./build-report.js');
  const configBefore = folder ? await configIdentity(found.root) : undefined;
  const opened = await openRepository(cwd, { env: options.env });
  // Taken before any record is read or git is asked: a change made meanwhile leaves the result unused by the next run.
  const fingerprint = folder
    ? taken?.recordRoot === opened.recordRoot
      ? taken.fingerprint
      : await fingerprintFiles(opened.root, opened).catch(() => undefined)
    : undefined;
  const stamp = folder ? await headNow() : undefined;
  const loaded = await readOpenedWithHistory(opened, options.env);
  const { report, tracked } = await buildReportReading(loaded.repository, {
    since: options.since,
    until: options.until,
    sprint: options.sprint,
    ...(options.optionNames ? { optionNames: options.optionNames } : {}),
    asOf: options.asOf,
    today: options.today,
    env: options.env,
    history: loaded,
  });
  const lang = loaded.repository.config.lang;
  const result: FolderReport = { report, ...(lang ? { lang } : {}) };
  // A config edited while it was read would leave a report of the old config under the new one's identity: not kept.
  if (folder && fingerprint !== undefined && stamp !== undefined && configBefore === (await configIdentity(found.root))) {
    await writeKeptReport(
      folder,
      found.root,
      {
        key: keyOf(fingerprint),
        recordRoot: opened.recordRoot,
        ...(stamp !== null ? { head: stamp } : {}),
        ...(tracked ? { tracked: trackedStamp(tracked) } : {}),
      },
      result,
    );
  }
  return result;
}

/** The commit checked out, in ONE git process that also tells a shallow clone. */
async function headStamp(root: string, gitRoot: string | undefined, env: Env): Promise<HeadStamp> {
  if (gitRoot === undefined) return null;
  try {
    const { createGitRunner } = await import('../store/git.js');
    const { HISTORY_GIT_PURPOSE } = await import('../store/git-history.js');
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

/** The payload as writeKeptReport was given it: the checksum holds its bytes, this its outline. */
function isPayload(value: unknown): value is KeptPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { report, lang } = value as Record<string, unknown>;
  if (lang !== undefined && !(LANGS as readonly unknown[]).includes(lang)) return false;
  if (typeof report !== 'object' || report === null) return false;
  const fields = report as Record<string, unknown>;
  return (
    typeof fields.asOf === 'string' &&
    typeof fields.period === 'object' &&
    fields.period !== null &&
    ['tested', 'learned', 'decided', 'opened', 'testNext', 'warnings', 'skipped'].every((key) => Array.isArray(fields[key]))
  );
}
