// Hand-built trends for the renderer tests: one of three sprints, one of two windows in
// which nothing happened. Tests that need something else start from these and change
// only what they are about.
import type { Trend, TrendPeriod } from '../../src/report/trend.js';

/**
 * Three sprints, oldest first, the last one not ended on the trend's day. Sprint 3 is the
 * one with nulls (no metric types yet, no median taken, no decision to act on); the others have a share that
 * rounds (2 of 3), a half-day median, a non-zero count in every column, and one record
 * left out for errors.
 */
export function sampleTrend(): Trend {
  return {
    asOf: '2026-11-04',
    periods: [
      {
        since: '2026-09-28',
        until: '2026-10-11',
        label: 'Sprint 3',
        tested: 2,
        learned: 1,
        decided: 0,
        opened: 3,
        notActedOn: 1,
        decidedWithoutEvidence: 0,
        stale: 0,
        customerShare: null,
        cycleDays: { toTesting: null, toOutcome: null },
        actedOn: {
          states: { acted: 0, 'not-yet': 0, overdue: 0, 'code-remains': 0, 'no-code-link': 0 },
          medianDays: { decisionToCommit: null, hypothesisToCode: null },
        },
      },
      {
        since: '2026-10-12',
        until: '2026-10-25',
        label: 'Sprint 4',
        tested: 1,
        learned: 2,
        decided: 2,
        opened: 1,
        notActedOn: 1,
        decidedWithoutEvidence: 1,
        stale: 1,
        customerShare: 2 / 3,
        cycleDays: { toTesting: 2.5, toOutcome: 12 },
        actedOn: {
          states: { acted: 1, 'not-yet': 0, overdue: 1, 'code-remains': 0, 'no-code-link': 0 },
          medianDays: { decisionToCommit: 6, hypothesisToCode: 9.5 },
        },
      },
      {
        since: '2026-10-26',
        until: '2026-11-08',
        label: 'Sprint 5',
        tested: 3,
        learned: 1,
        decided: 1,
        opened: 0,
        notActedOn: 0,
        decidedWithoutEvidence: 1,
        stale: 2,
        customerShare: 0.75,
        cycleDays: { toTesting: 3, toOutcome: 10.5 },
        actedOn: {
          states: { acted: 0, 'not-yet': 0, overdue: 0, 'code-remains': 1, 'no-code-link': 0 },
          medianDays: { decisionToCommit: 6, hypothesisToCode: 12 },
        },
      },
    ],
    skipped: [{ file: 'learning/hypotheses/trasig-åtgärd.yaml', line: 4, column: 10, rule: 'invalid-date', message: '2026-02-30 is not a real date' }],
    warnings: [],
  };
}

/** Two 14-day windows (no sprints configured) in which nothing happened: every count 0, every share and median null. */
export function emptyTrend(): Trend {
  const nothing = (since: string, until: string): TrendPeriod => ({
    since,
    until,
    label: null,
    tested: 0,
    learned: 0,
    decided: 0,
    opened: 0,
    notActedOn: 0,
    decidedWithoutEvidence: 0,
    stale: 0,
    customerShare: null,
    cycleDays: { toTesting: null, toOutcome: null },
    actedOn: {
      states: { acted: 0, 'not-yet': 0, overdue: 0, 'code-remains': 0, 'no-code-link': 0 },
      medianDays: { decisionToCommit: null, hypothesisToCode: null },
    },
  });
  return { asOf: '2026-11-25', periods: [nothing('2026-10-29', '2026-11-11'), nothing('2026-11-12', '2026-11-25')], skipped: [], warnings: [] };
}

/** The sample with every sprint labelled `label` and the left-out record's path `label` too: the config and file names are the team's text. */
export function sampleTrendWith(label: string): Trend {
  const trend = sampleTrend();
  return {
    ...trend,
    periods: trend.periods.map((period) => ({ ...period, label })),
    skipped: trend.skipped.map((entry) => ({ ...entry, file: label, message: label })),
    warnings: [label],
  };
}
