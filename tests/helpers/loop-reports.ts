// Hand-built learning-loop reports for the renderer tests: one empty, one full. Tests
// that need something else start from these and change only what they are about.
import type { LearningLoopReport } from '../../src/report/loop-model.js';

/** A customer focus with no CPI named: every CPI a key, as the report gives it. */
export const NO_CPI = { time: 0, convenience: 0, alternatives: 0, money: 0, achievement: 0 };

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
      mediansUpTo: '2026-11-25',
      medianDays: { toFirstExperiment: null, experimentToInsight: null, insightToDecision: null },
      cycleDays: { toTesting: null, toOutcome: null },
      actedOn: {
        states: { acted: 0, 'not-yet': 0, overdue: 0, 'code-remains': 0, 'no-code-link': 0 },
        medianDays: { decisionToCommit: null, hypothesisToCode: null },
      },
      notActedOn: [],
      decidedWithoutEvidence: [],
      stale: [],
      quality: [
        { rule: 'statement-no-reason', passed: 0, of: 0, share: null, failing: [] },
        { rule: 'success-missing', passed: 0, of: 0, share: null, failing: [] },
        { rule: 'success-not-measurable', passed: 0, of: 0, share: null, failing: [] },
        { rule: 'generic-segment', passed: 0, of: 0, share: null, failing: [] },
      ],
    },
    funnel: { hypotheses: 0, tested: 0, insights: 0, decisions: 0 },
    outcomeHistory: [{ label: '2026-11-12 – 2026-11-25', since: '2026-11-12', until: '2026-11-25', outcomes: zero }],
    assumptionMap: [],
    testNext: [],
    customerFocus: { customer: 0, business: 0, unspecified: 0, customerShare: null, cpi: NO_CPI },
    journey: { asOf: '2026-11-25', stages: [], phasesWithoutHypotheses: [], skipped: [] },
    journeyCoverage: [],
    titles: {},
    warnings: [],
    skipped: [],
  };
}

/**
 * A sprint of a team's work in Swedish (å, ä, ö, an en dash, a thousands figure), with
 * every part of the report filled in and the cases renderers must handle: an experiment
 * without sample, outcome or result; a hypothesis and an experiment the report has no
 * title for (deleted since); a long learned text to wrap and a long title to cut; an
 * insight not acted on; a decision without evidence that starts a new hypothesis; a
 * median of nothing, a median of one day and a median of a half; decisions in every
 * state the code can leave them in but one; a quality rule with
 * two failing, one with none and one that applies to no hypothesis; a journey stage with
 * no hypotheses.
 */
export function fullLoopReport(): LearningLoopReport {
  return {
    period: { since: '2026-10-12', until: '2026-10-25', label: 'Sprint 4' },
    asOf: '2026-11-25',
    tested: [
      {
        id: 'ab-test-kop-utan-konto',
        title: 'A/B-test – köp utan konto',
        method: 'ab-test',
        sample: 21870,
        outcome: 'inconclusive',
        summary: '63,7 % utan konto mot 63,4 % med konto.\nFärre nya köpare än väntat.\n',
        end: '2026-10-20',
        hypotheses: ['kop-utan-konto-okar-konverteringen', 'borttagen-hypotes'],
        value: null,
        metrics: [],
      },
      {
        id: 'skiss-av-farjekartan',
        title: 'Pappersskiss av färjekartan',
        method: 'prototype',
        sample: null,
        outcome: null,
        summary: '',
        end: '2026-10-22',
        hypotheses: [],
        value: null,
        metrics: [],
      },
    ],
    learned: [
      {
        id: 'farjeresenarer-planerar-efter-farjan',
        title: 'Färjeresenärer planerar efter var färjan är',
        learned:
          'Tidtabellen är en grov riktlinje för dem som bor på öarna: de tittar på var färjan är och går hemifrån när den lämnar grannbryggan.\nDet gäller särskilt på kvällar och helger, när turerna är glesa.',
        evidence: 'mixed',
        date: '2026-10-12',
        from: ['intervjuer-pa-storo', 'borttaget-experiment'],
        basis: [{ id: 'intervjuer-pa-storo', method: 'interview', outcome: 'supports' }],
      },
      {
        id: 'pilotgruppen-oppnar-notiser',
        title: 'Pilotgruppen öppnar fyra av tio notiser',
        learned: 'Fyra av tio i pilotgruppen öppnar notisen om förseningar.',
        evidence: null,
        date: '2026-10-15',
        from: [],
        basis: [],
      },
    ],
    decided: [
      {
        id: 'farjeresenarer-planerar-efter-farjan',
        title: 'Färjeresenärer planerar efter var färjan är',
        action: 'persevere',
        summary: 'Vi bygger färjekartan för Storö och Lillö.',
        date: '2026-10-14',
        next: [],
      },
      {
        id: 'bytet-pa-storo-brygga',
        title: 'Resenärer som byter mellan buss och färja på Storö brygga vill se hela bytet, gångvägen och väntetiden i en och samma vy',
        action: 'iterate',
        summary: 'Vi testar en bytesvy med 2 000 pendlare.',
        date: '2026-10-16',
        next: ['pendlare-vill-bli-paminda', 'borttagen-post'],
      },
    ],
    opened: [{ id: 'pendlare-vill-bli-paminda', title: 'Pendlare vill bli påminda innan periodkortet går ut', created: '2026-10-16' }],
    metrics: {
      hypothesesOpened: 1,
      experimentsDone: 2,
      insights: 2,
      decisions: 2,
      outcomes: { supports: 0, refutes: 0, inconclusive: 1 },
      shareBeingTested: 0.5,
      mediansUpTo: '2026-10-25',
      medianDays: { toFirstExperiment: null, experimentToInsight: 3.5, insightToDecision: 1 },
      cycleDays: { toTesting: 2.5, toOutcome: 12 },
      // Every state but one: code-remains is 0.
      actedOn: {
        states: { acted: 2, 'not-yet': 1, overdue: 1, 'code-remains': 0, 'no-code-link': 1 },
        medianDays: { decisionToCommit: 4.5, hypothesisToCode: 21 },
      },
      notActedOn: ['pilotgruppen-oppnar-notiser'],
      decidedWithoutEvidence: ['bytet-pa-storo-brygga'],
      stale: ['koinformation-for-bilfarjan'],
      // No hypothesis states a segment: that row has nothing to count.
      quality: [
        { rule: 'statement-no-reason', passed: 3, of: 4, share: 3 / 4, failing: ['koinformation-for-bilfarjan'] },
        { rule: 'success-missing', passed: 2, of: 2, share: 1, failing: [] },
        { rule: 'success-not-measurable', passed: 1, of: 3, share: 1 / 3, failing: ['farjan-i-realtid', 'kop-utan-konto-okar-konverteringen'] },
        { rule: 'generic-segment', passed: 0, of: 0, share: null, failing: [] },
      ],
    },
    funnel: { hypotheses: 9, tested: 5, insights: 4, decisions: 3 },
    outcomeHistory: [
      { label: 'Sprint 2', since: '2026-09-14', until: '2026-09-27', outcomes: { supports: 0, refutes: 1, inconclusive: 0 } },
      { label: 'Sprint 3', since: '2026-09-28', until: '2026-10-11', outcomes: { supports: 2, refutes: 0, inconclusive: 0 } },
      { label: 'Sprint 4', since: '2026-10-12', until: '2026-10-25', outcomes: { supports: 0, refutes: 0, inconclusive: 1 } },
    ],
    assumptionMap: [
      {
        id: 'farjan-i-realtid',
        title: 'Färjeresenärer vill se färjan i realtid',
        status: 'supported',
        importance: 'high',
        risk: 'desirability',
        evidence: 'strong',
        evidenceStated: true,
        testNext: false,
      },
      {
        id: 'kop-utan-konto-okar-konverteringen',
        title: 'Köp utan konto ökar konverteringen',
        status: 'inconclusive',
        importance: 'medium',
        risk: 'viability',
        evidence: 'weak',
        evidenceStated: false,
        testNext: false,
      },
      {
        id: 'koinformation-for-bilfarjan',
        title: 'Köinformation för bilfärjan',
        status: 'open',
        importance: null,
        risk: null,
        evidence: 'none',
        evidenceStated: false,
        testNext: true,
      },
      {
        id: 'turister-hittar-appen',
        title: 'Turister hittar appen via QR-kod på hållplatsen',
        status: 'open',
        importance: 'high',
        risk: 'desirability',
        evidence: 'none',
        evidenceStated: false,
        testNext: true,
      },
    ],
    testNext: [
      {
        id: 'turister-hittar-appen',
        title: 'Turister hittar appen via QR-kod på hållplatsen',
        score: 12,
        importance: 'high',
        evidence: 'none',
        // high importance, no evidence; the journey stage "upptäcka" is still a guess: nothing there is tested
        reasons: [
          { key: 'next.reason.evidence', params: { importance: 'high', evidence: 'none', source: 'none', done: 0, inconclusive: false } },
          { key: 'next.reason.guessing', params: { stage: 'upptäcka' } },
        ],
        // the cheapest way from no evidence to weak: what customers say, cost 1 of 5, about 7 days
        suggested: {
          method: 'interview',
          why: { key: 'next.why.cheapest', params: { from: 'none', to: 'weak', observes: 'says', cost: 1, days: 7, participants: null } },
        },
      },
      {
        id: 'koinformation-for-bilfarjan',
        title: 'Köinformation för bilfärjan',
        score: 6,
        importance: null,
        evidence: 'none',
        // importance not stated (ranked as medium), no evidence
        reasons: [{ key: 'next.reason.evidence', params: { importance: null, evidence: 'none', source: 'none', done: 0, inconclusive: false } }],
        suggested: null,
      },
    ],
    customerFocus: { customer: 2, business: 1, unspecified: 1, customerShare: 2 / 3, cpi: NO_CPI },
    journey: { asOf: '2026-11-25', stages: [], phasesWithoutHypotheses: [], skipped: [] },
    journeyCoverage: [
      { stage: 'upptäcka', hypotheses: 0, tested: 0, supported: 0, guessing: true },
      { stage: 'köpa', hypotheses: 2, tested: 1, supported: 1, guessing: false },
      { stage: 'efter resan', hypotheses: 1, tested: 0, supported: 0, guessing: true },
    ],
    titles: {
      'ab-test-kop-utan-konto': { kind: 'experiment', title: 'A/B-test – köp utan konto' },
      'skiss-av-farjekartan': { kind: 'experiment', title: 'Pappersskiss av färjekartan' },
      'intervjuer-pa-storo': { kind: 'experiment', title: 'Intervjuer på Storö' },
      'farjeresenarer-planerar-efter-farjan': { kind: 'insight', title: 'Färjeresenärer planerar efter var färjan är' },
      'pilotgruppen-oppnar-notiser': { kind: 'insight', title: 'Pilotgruppen öppnar fyra av tio notiser' },
      'bytet-pa-storo-brygga': {
        kind: 'insight',
        title: 'Resenärer som byter mellan buss och färja på Storö brygga vill se hela bytet, gångvägen och väntetiden i en och samma vy',
      },
      'pendlare-vill-bli-paminda': { kind: 'hypothesis', title: 'Pendlare vill bli påminda innan periodkortet går ut' },
      'kop-utan-konto-okar-konverteringen': { kind: 'hypothesis', title: 'Köp utan konto ökar konverteringen' },
      'farjan-i-realtid': { kind: 'hypothesis', title: 'Färjeresenärer vill se färjan i realtid' },
      'koinformation-for-bilfarjan': { kind: 'hypothesis', title: 'Köinformation för bilfärjan' },
      'turister-hittar-appen': { kind: 'hypothesis', title: 'Turister hittar appen via QR-kod på hållplatsen' },
    },
    warnings: ['git history is shallow: dates come from the records alone'],
    skipped: [{ file: 'learning/hypotheses/trasig-åtgärd.yaml', line: 4, column: 10, rule: 'invalid-date', message: '2026-02-30 is not a real date' }],
  };
}

/**
 * The full report with every piece of the team's text replaced by `text` — titles, results,
 * learned texts, decisions, the period's label, stages, warnings — and every id by `id`:
 * to show that a renderer keeps hostile text in its place wherever it appears.
 */
export function fullLoopReportWith(text: string, id: string): LearningLoopReport {
  const report = fullLoopReport();
  const ids = (list: readonly string[]) => list.map(() => id);
  return {
    ...report,
    period: { ...report.period, label: text },
    tested: report.tested.map((item) => ({ ...item, id, title: text, summary: text, hypotheses: ids(item.hypotheses) })),
    learned: report.learned.map((item) => ({
      ...item,
      id,
      title: text,
      learned: text,
      from: ids(item.from),
      basis: item.basis.map((basis) => ({ ...basis, id })),
    })),
    decided: report.decided.map((item) => ({ ...item, id, title: text, summary: text, next: ids(item.next) })),
    opened: report.opened.map((item) => ({ ...item, id, title: text })),
    metrics: {
      ...report.metrics,
      notActedOn: ids(report.metrics.notActedOn),
      decidedWithoutEvidence: ids(report.metrics.decidedWithoutEvidence),
      stale: ids(report.metrics.stale),
      quality: report.metrics.quality.map((share) => ({ ...share, failing: ids(share.failing) })),
    },
    outcomeHistory: report.outcomeHistory.map((window) => ({ ...window, label: text })),
    assumptionMap: report.assumptionMap.map((item) => ({ ...item, id, title: text })),
    testNext: report.testNext.map((item) => ({
      ...item,
      id,
      title: text,
      // A reason is a message: the team's text reaches it through its params.
      reasons: item.reasons.map(() => ({ key: 'next.reason.guessing', params: { stage: text } })),
      suggested: item.suggested && { method: text, why: { key: 'next.why.runPlanned', params: { id: text } } },
    })),
    journey: { asOf: '2026-11-25', stages: [], phasesWithoutHypotheses: [], skipped: [] },
    journeyCoverage: report.journeyCoverage.map((stage) => ({ ...stage, stage: text })),
    titles: { [id]: { kind: 'hypothesis', title: text } },
    warnings: report.warnings.map(() => text),
    skipped: report.skipped.map((entry) => ({ ...entry, file: text, message: text })),
  };
}

/**
 * The full report with numbers: the A/B test measured 64 % against its hypothesis' 58 % → 70 %,
 * and the customer metrics by CPI (time 1, money 1; the customer-focus counts stay 2 customer).
 */
export function fullLoopReportWithNumbers(): LearningLoopReport {
  const report = fullLoopReport();
  const quantity = (text: string, value: number, unit: string | null) => ({ text, value, unit });
  const [first, ...rest] = report.tested;
  return {
    ...report,
    tested: [
      {
        ...first!,
        value: quantity('64 %', 64, '%'),
        metrics: [{ hypothesis: 'kop-utan-konto-okar-konverteringen', baseline: quantity('58 %', 58, '%'), target: quantity('70 %', 70, '%') }],
      },
      ...rest,
    ],
    customerFocus: { ...report.customerFocus, cpi: { ...NO_CPI, time: 1, money: 1 } },
  };
}
