// Metrics with numbers in `hypo check`: a CPI on a business KPI and units that disagree are
// warnings at the value; a value that is no quantity is the schema's error, at its line and column.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.js';
import { compareProblems } from '../../src/model/problem.js';
import { checkMetrics } from '../../src/rules/check-metrics.js';
import { loadFiles } from '../helpers/load-files.js';
import { HYPOTHESIS } from '../helpers/records.js';

const FILE = 'learning/hypotheses/riders-want-realtime.yaml';
const EXPERIMENT_FILE = 'learning/experiments/panel.yaml';

/** HYPOTHESIS (4 lines) with these lines after it, so they start at line 5. */
function check(lines: string[], experiment?: string) {
  const files = loadFiles({ [FILE]: `${HYPOTHESIS}${lines.map((line) => `${line}\n`).join('')}`, ...(experiment ? { [EXPERIMENT_FILE]: experiment } : {}) });
  return checkMetrics(files, buildGraph(files)).sort(compareProblems);
}

const done = (value: string) =>
  `kind: experiment\ntitle: Panel\ntests: [riders-want-realtime]\nmethod: panel\nstatus: done\nresult:\n  summary: s\n  outcome: supports\n  value: ${value}\n`;

describe('cpi-on-business-metric', () => {
  it('warns at the cpi of a business metric', () => {
    expect(check(['metric_type: business', 'cpi: money'])).toEqual([
      {
        file: FILE,
        line: 6,
        column: 6,
        endLine: 6,
        endColumn: 11,
        severity: 'warning',
        rule: 'cpi-on-business-metric',
        message: 'cpi "money" says what the customer gains, but metric_type is business: make metric_type customer, or remove cpi from a company KPI',
      },
    ]);
  });

  it('says nothing of a cpi on a customer metric, or with no metric_type (a CPI is the customer’s)', () => {
    expect(check(['metric_type: customer', 'cpi: time'])).toEqual([]);
    expect(check(['cpi: time'])).toEqual([]);
    expect(check(['metric_type: business'])).toEqual([]);
  });
});

describe('quantity-unit-mismatch', () => {
  it('warns at the target when it is in another unit than the baseline', () => {
    expect(check(['baseline: 58 %', 'target: 4 min'])).toEqual([
      expect.objectContaining({
        line: 6,
        column: 9,
        rule: 'quantity-unit-mismatch',
        severity: 'warning',
        message: 'target is in "min" but baseline in "%": write both in one unit, so that a result can be read against them',
      }),
    ]);
  });

  it('takes units alike in any case and spacing, and a bare number with any unit', () => {
    expect(check(['baseline: 120 KR', 'target: 100 kr'])).toEqual([]);
    expect(check(['baseline: 58', 'target: 70 %'])).toEqual([]);
    expect(check(['baseline: 58 %', 'target: 70%'])).toEqual([]);
  });

  it('warns at an experiment’s result.value in another unit than the tested hypothesis’ target', () => {
    expect(check(['baseline: 58 %', 'target: 70 %'], done('4 min'))).toEqual([
      expect.objectContaining({
        file: EXPERIMENT_FILE,
        line: 9,
        column: 10,
        rule: 'quantity-unit-mismatch',
        message:
          'result.value is in "min" but the hypothesis "riders-want-realtime" has its target in "%": measure in the hypothesis\' unit, so that the result can be read against it',
      }),
    ]);
    expect(check(['baseline: 58 %', 'target: 70 %'], done('64 %'))).toEqual([]);
    expect(check(['baseline: 58 %'], done('64'))).toEqual([]);
  });

  it('leaves a value that is no quantity to the schema', () => {
    expect(check(['baseline: ungefär 58', 'target: 70 %'])).toEqual([]);
  });
});
