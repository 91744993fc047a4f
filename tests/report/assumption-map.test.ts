import { describe, expect, it } from 'vitest';
import { methodCatalogue } from '../../src/model/method-catalogue.js';
import { assumptionMap, customerFocus, derivedEvidence, journeyCoverage } from '../../src/report/assumption-map.js';
import { nodesByKind } from '../../src/report/report-input.js';
import { NO_CPI } from '../helpers/loop-reports.js';
import { type ReportInputOptions, reportInput } from '../helpers/report-input.js';

const H = 'learning/hypotheses';
const E = 'learning/experiments';

const hypothesis = (status: string, lines = '') => `kind: hypothesis\ntitle: H\nstatement: s\nstatus: ${status}\n${lines}`;
const experiment = (status: string, lines = '', method = 'survey') => `kind: experiment\ntitle: E\ntests: [h]\nmethod: ${method}\nstatus: ${status}\n${lines}`;
const result = (outcome: string) => `result:\n  summary: s\n  outcome: ${outcome}\n`;
const done = (method: string, outcome: string) => experiment('done', result(outcome), method);

function built(files: Record<string, string>, options?: ReportInputOptions) {
  const input = reportInput(files, options);
  return { input, nodes: nodesByKind(input.graph) };
}

/** The evidence derived for hypothesis `h` from these experiments. */
function evidenceFrom(experiments: Record<string, string>) {
  const { input } = built({
    [`${H}/h.yaml`]: hypothesis('testing'),
    ...Object.fromEntries(Object.entries(experiments).map(([id, text]) => [`${E}/${id}.yaml`, text])),
  });
  return derivedEvidence('h', input.graph, methodCatalogue(input.config.methods));
}

describe('derivedEvidence', () => {
  // The grading itself is table-tested in tests/model/graded-evidence.test.ts; here, that it reads the graph and the config.
  it('grades the done experiments testing the hypothesis, and only those', () => {
    expect(evidenceFrom({ e: experiment('done', `sample: 2000\n${result('supports')}`, 'ab-test') })).toBe('strong');
    expect(evidenceFrom({ e: done('ab-test', 'supports') })).toBe('medium');
    expect(evidenceFrom({ e: done('interview', 'refutes') })).toBe('weak');
    expect(
      evidenceFrom({
        planned: experiment('planned', '', 'ab-test'),
        running: experiment('running', result('supports'), 'ab-test'),
        cancelled: experiment('cancelled', result('supports'), 'ab-test'),
        'no-outcome': experiment('done', 'result:\n  summary: s\n', 'ab-test'),
      }),
    ).toBe('none');
    expect(evidenceFrom({})).toBe('none');
  });

  it('raises the evidence when what people say and what they do agree', () => {
    expect(evidenceFrom({ 'e-1': done('interview', 'supports'), 'e-2': done('fake-door', 'supports') })).toBe('medium');
    expect(evidenceFrom({ 'e-1': done('interview', 'supports'), 'e-2': done('fake-door', 'refutes') })).toBe('weak');
  });

  it('grades a method the config adds or changes by the config', () => {
    const { input } = built(
      {
        [`${H}/h.yaml`]: hypothesis('testing'),
        [`${E}/e-1.yaml`]: done('pre-sale', 'supports'),
      },
      { config: { methods: { 'pre-sale': { observes: 'does', strength: 'strong' } } } },
    );
    expect(derivedEvidence('h', input.graph, methodCatalogue(input.config.methods))).toBe('strong');
    expect(derivedEvidence('h', input.graph, methodCatalogue(undefined))).toBe('weak');
  });
});

describe('assumptionMap', () => {
  it('maps every hypothesis but the retired ones, in id order, with importance and evidence', () => {
    const { input, nodes } = built({
      [`${H}/h.yaml`]: hypothesis('supported', 'importance: medium\n'),
      [`${H}/b-stated.yaml`]: hypothesis('open', 'evidence: weak\nrisk: usability\n'),
      [`${H}/a-retired.yaml`]: hypothesis('retired', 'importance: high\n'),
      [`${E}/e.yaml`]: done('ab-test', 'supports'),
    });
    expect(assumptionMap(input, nodes, new Set())).toEqual([
      { id: 'b-stated', title: 'H', status: 'open', importance: null, risk: 'usability', evidence: 'weak', evidenceStated: true, testNext: false },
      { id: 'h', title: 'H', status: 'supported', importance: 'medium', risk: null, evidence: 'medium', evidenceStated: false, testNext: false },
    ]);
  });

  it('lets the evidence a record states win over what the experiments say', () => {
    const { input, nodes } = built({
      [`${H}/h.yaml`]: hypothesis('testing', 'importance: high\nevidence: none\n'),
      [`${E}/e.yaml`]: done('ab-test', 'supports'),
    });
    expect(assumptionMap(input, nodes, new Set())).toEqual([
      { id: 'h', title: 'H', status: 'testing', importance: 'high', risk: null, evidence: 'none', evidenceStated: true, testNext: false },
    ]);
  });

  it('marks the hypotheses of the Test next list, whatever corner of the map they are in', () => {
    const { input, nodes } = built({
      [`${H}/high-none.yaml`]: hypothesis('open', 'importance: high\nevidence: none\n'),
      [`${H}/medium-weak.yaml`]: hypothesis('open', 'importance: medium\nevidence: weak\n'),
    });
    const marked = (ids: string[]) =>
      assumptionMap(input, nodes, new Set(ids))
        .filter((item) => item.testNext)
        .map((item) => item.id);
    expect(marked(['medium-weak'])).toEqual(['medium-weak']);
    expect(marked(['high-none', 'medium-weak'])).toEqual(['high-none', 'medium-weak']);
  });
});

describe('customerFocus', () => {
  it('counts customer and business metrics and the share of customer ones, retired hypotheses left out', () => {
    const { nodes } = built({
      [`${H}/c-1.yaml`]: hypothesis('open', 'metric_type: customer\n'),
      [`${H}/c-2.yaml`]: hypothesis('supported', 'metric_type: customer\n'),
      [`${H}/c-retired.yaml`]: hypothesis('retired', 'metric_type: customer\n'),
      [`${H}/b-1.yaml`]: hypothesis('open', 'metric_type: business\n'),
      [`${H}/u-1.yaml`]: hypothesis('open'),
      [`${H}/u-retired.yaml`]: hypothesis('retired'),
    });
    expect(customerFocus(nodes)).toEqual({ customer: 2, business: 1, unspecified: 1, customerShare: 2 / 3, cpi: NO_CPI });
  });

  it('has no share when no hypothesis says what kind of metric it has', () => {
    expect(customerFocus(built({ [`${H}/h.yaml`]: hypothesis('open') }).nodes)).toEqual({
      customer: 0,
      business: 0,
      unspecified: 1,
      customerShare: null,
      cpi: NO_CPI,
    });
    expect(customerFocus(built({}).nodes)).toEqual({ customer: 0, business: 0, unspecified: 0, customerShare: null, cpi: NO_CPI });
  });

  it('gives a share of 0 when there are business metrics only', () => {
    expect(customerFocus(built({ [`${H}/h.yaml`]: hypothesis('open', 'metric_type: business\n') }).nodes).customerShare).toBe(0);
  });
});

describe('journeyCoverage', () => {
  it('follows the configured stages in order, stages without hypotheses included and unlisted ones left out', () => {
    const { input, nodes } = built(
      {
        [`${H}/h.yaml`]: hypothesis('supported', 'journey: köpa\n'),
        [`${H}/h-open.yaml`]: hypothesis('open', 'journey: köpa\n'),
        [`${H}/h-retired.yaml`]: hypothesis('retired', 'journey: resa\n'),
        [`${H}/h-elsewhere.yaml`]: hypothesis('open', 'journey: somewhere else\n'),
        [`${E}/e.yaml`]: done('interview', 'supports'),
      },
      { config: { journey: ['upptäcka', 'köpa', 'resa'] } },
    );
    expect(journeyCoverage(input, nodes)).toEqual([
      { stage: 'upptäcka', hypotheses: 0, tested: 0, supported: 0, guessing: true },
      { stage: 'köpa', hypotheses: 2, tested: 1, supported: 1, guessing: false },
      { stage: 'resa', hypotheses: 0, tested: 0, supported: 0, guessing: true },
    ]);
  });

  it('without configured stages, uses those the hypotheses name, in id order', () => {
    const files = {
      [`${H}/a.yaml`]: hypothesis('open', 'journey: resa\n'),
      [`${H}/b.yaml`]: hypothesis('open', 'journey: köpa\n'),
      [`${H}/c.yaml`]: hypothesis('open', 'journey: resa\n'),
      [`${H}/d.yaml`]: hypothesis('open'),
    };
    for (const config of [{}, { journey: [] }]) {
      const { input, nodes } = built(files, { config });
      expect(journeyCoverage(input, nodes).map((stage) => [stage.stage, stage.hypotheses])).toEqual([
        ['resa', 2],
        ['köpa', 1],
      ]);
    }
  });

  it('counts a hypothesis as tested once an experiment testing it is done, with or without an outcome', () => {
    const { input, nodes } = built(
      {
        [`${H}/h.yaml`]: hypothesis('testing', 'journey: planera\n'),
        [`${E}/e.yaml`]: experiment('done', 'result:\n  summary: s\n'),
      },
      { config: { journey: ['planera'] } },
    );
    expect(journeyCoverage(input, nodes)).toEqual([{ stage: 'planera', hypotheses: 1, tested: 1, supported: 0, guessing: false }]);
  });

  it('says the team is guessing where hypotheses have only experiments not done yet', () => {
    const { input, nodes } = built(
      { [`${H}/h.yaml`]: hypothesis('supported', 'journey: planera\n'), [`${E}/e.yaml`]: experiment('running', result('supports')) },
      { config: { journey: ['planera'] } },
    );
    expect(journeyCoverage(input, nodes)).toEqual([{ stage: 'planera', hypotheses: 1, tested: 0, supported: 1, guessing: true }]);
  });

  it('without configured stages, leaves out a stage only retired hypotheses name', () => {
    const { input, nodes } = built({
      [`${H}/a.yaml`]: hypothesis('open', 'journey: köpa\n'),
      [`${H}/b.yaml`]: hypothesis('retired', 'journey: resa\n'),
      [`${H}/c.yaml`]: hypothesis('retired', 'journey: köpa\n'),
    });
    expect(journeyCoverage(input, nodes)).toEqual([{ stage: 'köpa', hypotheses: 1, tested: 0, supported: 0, guessing: true }]);
  });

  it('has no stages when none are configured or named', () => {
    const { input, nodes } = built({ [`${H}/h.yaml`]: hypothesis('open') });
    expect(journeyCoverage(input, nodes)).toEqual([]);
  });
});
