// Hand-built learning-loop reports for renderer tests.
import type { LearningLoopReport } from '../../src/report/loop-model.js';

/** A report of a 14-day period in which nothing happened. */
export function emptyLoopReport(): LearningLoopReport {
  const zero = { supports: 0, refutes: 0, inconclusive: 0 };
  return {
    period: { since: '2026-11-12', until: '2026-11-25', label: null },
    asOf: '2026-11-25',
    tested: [],
    learned: [],
    decided: [],
    opened: [],
    metrics: {
      hypothesesOpened: 0,
      experimentsDone: 0,
      insights: 0,
      decisions: 0,
      outcomes: zero,
      shareBeingTested: null,
      medianDays: { toFirstExperiment: null, experimentToInsight: null, insightToDecision: null },
      notActedOn: [],
      decidedWithoutEvidence: [],
      stale: [],
    },
    funnel: { hypotheses: 0, tested: 0, insights: 0, decisions: 0 },
    outcomeHistory: [{ label: '2026-11-12 – 2026-11-25', since: '2026-11-12', until: '2026-11-25', outcomes: zero }],
    assumptionMap: [],
    customerFocus: { customer: 0, business: 0, unspecified: 0, customerShare: null },
    journeyCoverage: [],
    titles: {},
    warnings: [],
  };
}
