// The period a report covers, from --since/--until (dates or git refs), --sprint, or
// the defaults: the current sprint when sprints are configured, else the last 14 days.
import type { HypoConfig } from '../model/config-schema.js';
import { addDays, isCalendarDate } from '../model/dates.js';
import { describeBadDate } from '../model/describe-schema-issue.js';
import { fetchAdvice, HypoError } from '../model/hypo-error.js';
import { exampleOf, LIBRARY_PERIOD_NAMES, type PeriodOptionNames } from '../model/option-names.js';
import { previousSprint, type Sprint, sprintContaining, sprintNamed, sprintNames } from '../model/sprints.js';
import type { ReportPeriod } from '../report/loop-model.js';
import type { GitRunner } from '../store/git.js';
import { resolveCommit } from '../store/resolve-commit.js';

export interface PeriodOptions {
  since?: string;
  until?: string;
  /** A sprint's name or number (`"Sprint 3"`, `"3"` or `3`), `current` or `previous`. */
  sprint?: string | number;
  /** How the caller spells these options, for its errors (default: the library's keys). */
  optionNames?: PeriodOptionNames;
}

const DEFAULT_DAYS = 14;

export async function resolveReportPeriod(
  options: PeriodOptions,
  config: Pick<HypoConfig, 'sprints'>,
  asOf: string,
  git: () => GitRunner,
): Promise<ReportPeriod> {
  const names = options.optionNames ?? LIBRARY_PERIOD_NAMES;
  if (options.sprint !== undefined) {
    if (options.since !== undefined || options.until !== undefined) {
      throw new HypoError('bad-period', `${names.sprint} cannot be combined with ${names.since} or ${names.until}`, { hint: 'give a sprint, or a date range' });
    }
    return fromSprint(pickSprint(String(options.sprint), config, asOf, names));
  }
  if (options.since === undefined && options.until === undefined && config.sprints) {
    const current = sprintContaining(config.sprints, asOf);
    if (current) return fromSprint(current);
  }
  const givenUntil = options.until === undefined ? undefined : await dayOf(names.until, options.until, git);
  const givenSince = options.since === undefined ? undefined : await dayOf(names.since, options.since, git);
  // Without --until the period runs up to asOf; one that starts later is that first day
  // alone, which the report shows empty with a warning rather than failing on.
  const until = givenUntil ?? (givenSince !== undefined && givenSince > asOf ? givenSince : asOf);
  const since = givenSince ?? addDays(until, -(DEFAULT_DAYS - 1));
  if (since > until) throw new HypoError('bad-period', `the period starts (${since}) after it ends (${until})`);
  return { since, until, label: null };
}

function fromSprint(sprint: Sprint): ReportPeriod {
  return { since: sprint.since, until: sprint.until, label: sprint.name };
}

function pickSprint(name: string, config: Pick<HypoConfig, 'sprints'>, asOf: string, names: PeriodOptionNames): Sprint {
  if (!config.sprints) {
    throw new HypoError('no-sprints', `${names.sprint} needs sprints in hypo.config.yaml`, {
      hint: `add \`sprints: { start: 2026-01-05, length_days: 14 }\`, or give ${names.since} and ${names.until}`,
    });
  }
  const current = sprintContaining(config.sprints, asOf);
  const sprint = name === 'current' ? current : name === 'previous' ? current && previousSprint(config.sprints, current) : sprintNamed(config.sprints, name);
  if (!sprint) {
    throw new HypoError(
      'unknown-sprint',
      name === 'current' || name === 'previous' ? `there is no ${name} sprint as of ${asOf}` : `there is no sprint "${name}"`,
      {
        hint: `sprints: ${sprintNames(config.sprints).join(', ')}`,
      },
    );
  }
  return sprint;
}

/**
 * A date as given, or the commit date of a git ref: the ref is resolved to its commit first, and
 * only that hash reaches `git log`, so no value can become an option of git's.
 */
export async function dayOf(flag: string, value: string, git: () => GitRunner): Promise<string> {
  if (isCalendarDate(value)) return value;
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(value))
    throw new HypoError('bad-date', describeBadDate(flag, value), { hint: `for example ${exampleOf(flag, '2026-11-01')}` });
  const runner = git();
  const commit = await resolveCommit(runner, value);
  if (commit !== undefined) {
    try {
      const date = (await runner.raw(['log', '-1', '--format=%cI', '--end-of-options', commit, '--'])).trim().slice(0, 10);
      if (isCalendarDate(date)) return date;
    } catch {
      // reported below
    }
  }
  throw new HypoError('bad-ref', `${flag} ${value}: neither a date (YYYY-MM-DD) nor a git ref`, {
    hint: `${fetchAdvice(value)}; or give a date or another ref, for example ${exampleOf(flag, '2026-11-01')} or ${exampleOf(flag, 'v1.2')}`,
  });
}
