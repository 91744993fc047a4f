// Errors thrown by the operations name an option the way the caller spells it: the CLI's
// flags (`--since`) for a person at a terminal, the library's option keys (`since`) for a
// program, which has no flags to give.

export interface PeriodOptionNames {
  since: string;
  until: string;
  sprint: string;
}

export const LIBRARY_PERIOD_NAMES: PeriodOptionNames = { since: 'since', until: 'until', sprint: 'sprint' };
export const CLI_PERIOD_NAMES: PeriodOptionNames = { since: '--since', until: '--until', sprint: '--sprint' };

/** How to give `name` the value `value`: `--since v1.2` on the command line, `since: 'v1.2'` in code. */
export function exampleOf(name: string, value: string): string {
  return name.startsWith('-') ? `${name} ${value}` : `${name}: '${value}'`;
}
