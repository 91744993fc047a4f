// Sprints from the config: numbered sprints of a fixed length from a start date, or
// a list of named sprints. Pure date arithmetic on `YYYY-MM-DD` strings.
import type { HypoConfig } from './config-schema.js';
import { addDays, daysBetween } from './dates.js';

export interface Sprint {
  name: string;
  /** First day, inclusive. */
  since: string;
  /** Last day, inclusive. */
  until: string;
}

type SprintConfig = NonNullable<HypoConfig['sprints']>;

/** The sprint holding `date`, if any. */
export function sprintContaining(config: SprintConfig, date: string): Sprint | undefined {
  if (Array.isArray(config)) return namedSprints(config).find((sprint) => sprint.since <= date && date <= sprint.until);
  const index = Math.floor(daysBetween(config.start, date) / config.length_days);
  return index < 0 ? undefined : numberedSprint(config, index + 1);
}

/** The sprint before `sprint`, if any. */
export function previousSprint(config: SprintConfig, sprint: Sprint): Sprint | undefined {
  if (Array.isArray(config)) {
    const earlier = namedSprints(config).filter((candidate) => candidate.until < sprint.since);
    return earlier[earlier.length - 1];
  }
  return sprintContaining(config, addDays(sprint.since, -1));
}

/** A sprint by name: "Sprint 3" or "3" for numbered sprints, the exact name for named ones. */
export function sprintNamed(config: SprintConfig, name: string): Sprint | undefined {
  if (Array.isArray(config)) return namedSprints(config).find((sprint) => sprint.name.toLowerCase() === name.toLowerCase());
  const match = /^(?:sprint\s*)?(\d+)$/i.exec(name.trim());
  return match && Number(match[1]) >= 1 ? numberedSprint(config, Number(match[1])) : undefined;
}

/** The sprints that end on or before `date`, the last `count` of them, oldest first. */
export function sprintsUpTo(config: SprintConfig, date: string, count: number): Sprint[] {
  const sprints: Sprint[] = [];
  for (let sprint = lastSprintEndingBy(config, date); sprint && sprints.length < count; sprint = previousSprint(config, sprint)) {
    sprints.unshift(sprint);
  }
  return sprints;
}

/** The sprints that have started by `date`, the running one included, the last `count` of them, oldest first. */
export function recentSprints(config: SprintConfig, date: string, count: number): Sprint[] {
  const running = sprintContaining(config, date);
  const sprints: Sprint[] = [];
  for (let sprint = running ?? lastSprintEndingBy(config, date); sprint && sprints.length < count; sprint = previousSprint(config, sprint)) {
    sprints.unshift(sprint);
  }
  return sprints;
}

/** The last sprint over by the end of `date`: a sprint still running then would reach past it. */
function lastSprintEndingBy(config: SprintConfig, date: string): Sprint | undefined {
  if (Array.isArray(config)) {
    const ended = namedSprints(config).filter((sprint) => sprint.until <= date);
    return ended[ended.length - 1];
  }
  const containing = sprintContaining(config, date);
  return containing && containing.until > date ? previousSprint(config, containing) : containing;
}

export function sprintNames(config: SprintConfig): string[] {
  return Array.isArray(config) ? config.map((sprint) => sprint.name) : ['Sprint 1', 'Sprint 2', '…'];
}

function namedSprints(config: Extract<SprintConfig, unknown[]>): Sprint[] {
  return config.map((sprint) => ({ name: sprint.name, since: sprint.start, until: sprint.end })).sort((a, b) => (a.since < b.since ? -1 : 1));
}

function numberedSprint(config: Extract<SprintConfig, { start: string }>, number: number): Sprint {
  const since = addDays(config.start, (number - 1) * config.length_days);
  return { name: `Sprint ${number}`, since, until: addDays(since, config.length_days - 1) };
}
