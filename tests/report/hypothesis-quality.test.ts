import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.js';
import { hypothesisQuality } from '../../src/report/hypothesis-quality.js';
import { buildLearningLoopReport } from '../../src/report/learning-loop.js';
import type { QualityShare } from '../../src/report/loop-model.js';
import { nodesByKind } from '../../src/report/report-input.js';
import { checkQuality } from '../../src/rules/check-quality.js';
import { HYPOTHESIS_CRITERIA } from '../../src/rules/hypothesis-criteria.js';
import { loadFiles } from '../helpers/load-files.js';
import { type ReportInputOptions, reportInput } from '../helpers/report-input.js';

// The period is 2026-10-12 – 2026-10-25, the report day 2026-11-25: the report ends on 10-25.
const H = 'learning/hypotheses';
const E = 'learning/experiments';

/** A hypothesis entered before the period, with the given statement, status and extra lines. */
const hypothesis = (statement: string, status = 'open', lines = '') =>
  `kind: hypothesis\ntitle: H\nstatement: ${statement}\nstatus: ${status}\ncreated: 2026-09-01\n${lines}`;
const experiment = (tests: string, status: string) => `kind: experiment\ntitle: E\ntests: [${tests}]\nmethod: survey\nstatus: ${status}\n`;

const REASON_EN = 'We believe riders check departures on the go, because buses are often late';
const REASON_SV = 'Vi tror att pendlare vill se förseningar, eftersom bussarna ofta är sena';
const NO_REASON_EN = 'We believe riders check departures on the go';
const NO_REASON_SV = 'Vi tror att pendlare vill se förseningar';

function quality(files: Record<string, string>, options?: ReportInputOptions): QualityShare[] {
  const input = reportInput(files, options);
  return hypothesisQuality(input, nodesByKind(input.graph));
}

const byRule = (shares: readonly QualityShare[]) => Object.fromEntries(shares.map(({ rule, ...rest }) => [rule, rest]));

describe('hypothesisQuality', () => {
  it('counts the statements that give a reason, in English and in Swedish, and names the others in id order', () => {
    const shares = quality({
      [`${H}/en-reason.yaml`]: hypothesis(REASON_EN),
      [`${H}/sv-reason.yaml`]: hypothesis(REASON_SV),
      [`${H}/sv-none.yaml`]: hypothesis(NO_REASON_SV),
      [`${H}/en-none.yaml`]: hypothesis(NO_REASON_EN),
      // "så att" names the hoped-for effect, not a reason: as in hypo check.
      [`${H}/sv-effect.yaml`]: hypothesis('Vi tror att pendlare vill ha notiser så att de hinner till bussen'),
    });
    expect(shares[0]).toEqual({ rule: 'statement-no-reason', passed: 2, of: 5, share: 0.4, failing: ['en-none', 'sv-effect', 'sv-none'] });
  });

  it('gives every hypothesis-level rule, in the order of the rules, without success-after-test', () => {
    expect(quality({ [`${H}/h.yaml`]: hypothesis(REASON_EN) }).map((share) => share.rule)).toEqual([
      'statement-no-reason',
      'success-missing',
      'success-not-measurable',
      'generic-segment',
    ]);
  });

  it('takes success-missing over the hypotheses being tested or decided only, as hypo check does', () => {
    const shares = byRule(
      quality({
        // Applies by status, with and without a success.
        [`${H}/testing-with.yaml`]: hypothesis(REASON_EN, 'testing', 'success: At least 6 of 10\n'),
        [`${H}/refuted-without.yaml`]: hypothesis(REASON_EN, 'refuted'),
        // Applies because a planned or running experiment tests it.
        [`${H}/planned-without.yaml`]: hypothesis(REASON_EN),
        [`${E}/planned.yaml`]: experiment('planned-without', 'planned'),
        [`${H}/running-with.yaml`]: hypothesis(REASON_EN, 'open', 'success: Hälften av panelen\n'),
        [`${E}/running.yaml`]: experiment('running-with', 'running'),
        // Does not apply: open and untested, or tested only by a done experiment.
        [`${H}/open-without.yaml`]: hypothesis(REASON_EN),
        [`${H}/done-without.yaml`]: hypothesis(REASON_EN),
        [`${E}/done.yaml`]: `${experiment('done-without', 'done')}end: 2026-10-01\n`,
      }),
    );
    expect(shares['success-missing']).toEqual({ passed: 2, of: 4, share: 0.5, failing: ['planned-without', 'refuted-without'] });
    // The measurable rule is over the two with a success, both measurable.
    expect(shares['success-not-measurable']).toEqual({ passed: 2, of: 2, share: 1, failing: [] });
  });

  it('takes success-not-measurable over the hypotheses with a success, and generic-segment over those with a segment', () => {
    const shares = byRule(
      quality({
        [`${H}/a.yaml`]: hypothesis(REASON_EN, 'open', 'success: At least 6 of 10 riders\nsegment: pendlare med periodkort\n'),
        [`${H}/b.yaml`]: hypothesis(REASON_SV, 'open', 'success: Kunderna blir nöjdare\nsegment: våra användare\n'),
        [`${H}/c.yaml`]: hypothesis(REASON_SV, 'open', 'success: Minst tre av fem\n'),
        [`${H}/d.yaml`]: hypothesis(REASON_EN),
      }),
    );
    expect(shares['success-not-measurable']).toEqual({ passed: 2, of: 3, share: 2 / 3, failing: ['b'] });
    expect(shares['generic-segment']).toEqual({ passed: 1, of: 2, share: 0.5, failing: ['b'] });
  });

  it('gives a share of null and nothing failing for a rule that applies to no hypothesis', () => {
    expect(byRule(quality({ [`${H}/h.yaml`]: hypothesis(REASON_EN) }))['generic-segment']).toEqual({ passed: 0, of: 0, share: null, failing: [] });
    expect(quality({}).every((share) => share.of === 0 && share.share === null)).toBe(true);
  });

  it('leaves out retired hypotheses and those entered after the report ends', () => {
    const shares = quality({
      [`${H}/kept.yaml`]: hypothesis(NO_REASON_EN),
      [`${H}/retired.yaml`]: hypothesis(NO_REASON_EN, 'retired'),
      // Entered on the period's last day: counts. The day after: does not, though the report is made a month later.
      [`${H}/last-day.yaml`]: hypothesis(NO_REASON_SV).replace('2026-09-01', '2026-10-25'),
      [`${H}/after.yaml`]: hypothesis(NO_REASON_SV).replace('2026-09-01', '2026-10-26'),
    });
    expect(shares[0]).toMatchObject({ of: 2, failing: ['kept', 'last-day'] });
  });

  it('ends on the report day when the period ends later', () => {
    const period = { since: '2026-11-16', until: '2026-11-29', label: null };
    const files = {
      [`${H}/before.yaml`]: hypothesis(NO_REASON_EN).replace('2026-09-01', '2026-11-20'),
      [`${H}/after.yaml`]: hypothesis(NO_REASON_EN).replace('2026-09-01', '2026-11-26'),
    };
    expect(quality(files, { period, asOf: '2026-11-25' })[0]).toMatchObject({ of: 1, failing: ['before'] });
  });

  it('leaves out the rules the config turns off, alone or all together', () => {
    const files = { [`${H}/h.yaml`]: hypothesis(NO_REASON_EN) };
    const oneOff = quality(files, { config: { quality: { rules: { 'statement-no-reason': 'off' } } } });
    expect(oneOff.map((share) => share.rule)).toEqual(['success-missing', 'success-not-measurable', 'generic-segment']);
    // A rule set on its own wins over the level of all: here it stays, as an error.
    const allOffButOne = quality(files, { config: { quality: { level: 'off', rules: { 'generic-segment': 'error' } } } });
    expect(allOffButOne.map((share) => share.rule)).toEqual(['generic-segment']);
    expect(quality(files, { config: { quality: { level: 'off' } } })).toEqual([]);
  });

  it("counts the team's own words from the config", () => {
    const files = {
      [`${H}/enligt.yaml`]: hypothesis('Vi tror att pendlare vill ha notiser, enligt kundtjänsten'),
      [`${H}/vague.yaml`]: hypothesis(REASON_SV, 'open', 'success: Ett dussintal pendlare svarar\nsegment: resenärer\n'),
    };
    const plain = byRule(quality(files));
    expect(plain['statement-no-reason']).toMatchObject({ passed: 1, failing: ['enligt'] });
    expect(plain['success-not-measurable']).toMatchObject({ passed: 0, failing: ['vague'] });
    expect(plain['generic-segment']).toMatchObject({ passed: 1, failing: [] });
    const config = { quality: { reason_words: ['enligt'], measure_words: ['dussintal'], generic_segments: ['resenärer'] } };
    const own = byRule(quality(files, { config }));
    expect(own['statement-no-reason']).toEqual({ passed: 2, of: 2, share: 1, failing: [] });
    expect(own['success-not-measurable']).toEqual({ passed: 1, of: 1, share: 1, failing: [] });
    expect(own['generic-segment']).toEqual({ passed: 0, of: 1, share: 0, failing: ['vague'] });
  });
});

describe('hypothesisQuality and hypo check', () => {
  it('fail exactly the same hypotheses on every rule', () => {
    const files = {
      [`${H}/a.yaml`]: hypothesis(NO_REASON_SV, 'testing', 'segment: alla kunder\n'),
      [`${H}/b.yaml`]: hypothesis(REASON_EN, 'open', 'success: Riders like it more\nsegment: pendlare med periodkort\n'),
      [`${H}/c.yaml`]: hypothesis(NO_REASON_EN),
      [`${E}/c-panel.yaml`]: experiment('c', 'running'),
      [`${H}/d.yaml`]: hypothesis(REASON_SV, 'supported', 'success: Minst tre av fem\nsegment: users\n'),
    };
    const loaded = loadFiles(files);
    const problems = checkQuality(loaded, buildGraph(loaded), undefined);
    const shares = quality(files);
    for (const rule of HYPOTHESIS_CRITERIA) {
      const warned = problems.filter((problem) => problem.rule === rule).map((problem) => problem.file.replace(/^.*\/|\.yaml$/g, ''));
      expect(shares.find((share) => share.rule === rule)?.failing, rule).toEqual(warned.sort());
    }
    // Every rule fails someone here, so the comparison above compares something.
    expect(shares.every((share) => share.failing.length > 0)).toBe(true);
  });
});

describe('hypothesis quality in the learning-loop report', () => {
  const files = { [`${H}/h.yaml`]: hypothesis(NO_REASON_EN) };
  const config = { quality: { rules: { 'generic-segment': 'off' as const } } };

  it('is part of the loop health metrics', () => {
    const { metrics } = buildLearningLoopReport(reportInput(files, { config }));
    expect(metrics.quality.map((share) => [share.rule, share.passed, share.of])).toEqual([
      ['statement-no-reason', 0, 1],
      ['success-missing', 0, 0],
      ['success-not-measurable', 0, 0],
    ]);
  });

  it('counts nothing in a period that has not started, with the rules the config leaves on', () => {
    const period = { since: '2026-12-07', until: '2026-12-20', label: null };
    const { metrics } = buildLearningLoopReport(reportInput(files, { config, period, asOf: '2026-11-25' }));
    expect(metrics.quality).toEqual([
      { rule: 'statement-no-reason', passed: 0, of: 0, share: null, failing: [] },
      { rule: 'success-missing', passed: 0, of: 0, share: null, failing: [] },
      { rule: 'success-not-measurable', passed: 0, of: 0, share: null, failing: [] },
    ]);
  });
});
