// A period that starts after the report day. Nothing can have been tested, learned or
// decided in it yet, and there is no state "as of" its end: counting today's records
// under a future date would show a loop that has not happened. So the report is empty
// (every list empty, every count 0, every share and median null) and says why.
import { type Notice, noticeText } from '../model/notice.js';
import { noDecisions } from './acted-on.js';
import { customerFocus } from './assumption-map.js';
import { hypothesisQuality } from './hypothesis-quality.js';
import type { LearningLoopReport } from './loop-model.js';
import type { ReportInput } from './report-input.js';

/** True when the period's first day comes after the day the report is made for. */
export function startsAfterReportDay(input: Pick<ReportInput, 'period' | 'asOf'>): boolean {
  return input.period.since > input.asOf;
}

export function futurePeriodReport(input: ReportInput): LearningLoopReport {
  const none = { supports: 0, refutes: 0, inconclusive: 0 };
  return {
    period: input.period,
    asOf: input.asOf,
    tested: [],
    learned: [],
    decided: [],
    opened: [],
    metrics: {
      hypothesesOpened: 0,
      experimentsDone: 0,
      insights: 0,
      decisions: 0,
      outcomes: none,
      shareBeingTested: null,
      mediansUpTo: null,
      medianDays: { toFirstExperiment: null, experimentToInsight: null, insightToDecision: null },
      cycleDays: { toTesting: null, toOutcome: null },
      // No decision in it yet, and no median: null only when the commits were not read, as in any report.
      actedOn: input.commits === null ? null : { states: noDecisions(), medianDays: { decisionToCommit: null, hypothesisToCode: null } },
      notActedOn: [],
      decidedWithoutEvidence: [],
      stale: [],
      // The rules the config leaves on, each over no hypotheses.
      quality: hypothesisQuality(input, { hypotheses: [] }),
    },
    funnel: { hypotheses: 0, tested: 0, insights: 0, decisions: 0 },
    outcomeHistory: [],
    assumptionMap: [],
    testNext: [],
    customerFocus: customerFocus({ hypotheses: [], experiments: [], insights: [] }),
    journeyCoverage: [],
    journey: { asOf: input.asOf, stages: [], phasesWithoutHypotheses: [], skipped: input.skipped },
    titles: {},
    warnings: [...input.warnings, futurePeriodWarning(input)],
    skipped: input.skipped,
  };
}

/** "sprint 9 starts on 2026-12-21", "sprint "Höst" starts on …", "the period starts on …". */
export function futurePeriodWarning(input: Pick<ReportInput, 'period' | 'config'>): string {
  return noticeText(futurePeriodNotice(input));
}

export function futurePeriodNotice(input: Pick<ReportInput, 'period' | 'config'>): Notice {
  const { label, since } = input.period;
  if (label === null) return { key: 'warning.periodStarts', params: { day: since } };
  // Numbered sprints are asked for by number (`--sprint 9`); named ones by their name.
  return Array.isArray(input.config.sprints)
    ? { key: 'warning.namedSprintStarts', params: { sprint: label, day: since } }
    : { key: 'warning.sprintStarts', params: { sprint: label.replace(/^Sprint /, ''), day: since } };
}
