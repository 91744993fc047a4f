// `hypo trend --format text`: the periods side by side in 80 columns, the same figures
// as the other formats, and record text made harmless for the terminal.
import { describe, expect, it } from 'vitest';
import { PLAIN_PAINTER } from '../../src/render/painter.js';
import { displayWidth } from '../../src/render/text-layout.js';
import { renderTrendText } from '../../src/render/trend-text.js';
import { emptyTrend, sampleTrend, sampleTrendWith } from '../helpers/trend-fixtures.js';

describe('renderTrendText', () => {
  it('puts each period in a column, oldest first, with every figure in its row', () => {
    const lines = renderTrendText(sampleTrend(), PLAIN_PAINTER).split('\n');
    const trend = sampleTrend();
    const labels = trend.periods.map((period) => period.label!);
    expect(lines[0]).toBe(`Learning loop trend · ${labels[0]} – ${labels.at(-1)}`);
    expect(lines[1]).toBe(`3 sprints, each as of its own end · made ${trend.asOf}`);
    const row = (label: string) =>
      lines
        .find((line) => line.startsWith(`${label} `))!
        .slice(16)
        .trim()
        .split(/\s+/);
    expect(row('tested')).toEqual(trend.periods.map((period) => String(period.tested)));
    expect(row('no evidence')).toEqual(trend.periods.map((period) => String(period.decidedWithoutEvidence)));
    expect(row('customer share')).toEqual(trend.periods.map((period) => (period.customerShare === null ? '–' : `${Math.round(period.customerShare * 100)}%`)));
    expect(row('days to testing')).toEqual(trend.periods.map((period) => (period.cycleDays.toTesting === null ? '–' : String(period.cycleDays.toTesting))));
    expect(lines.filter((line) => /^(acted|overdue|code remains|days to commit|days to code) {2}/.test(line))).toEqual([
      'acted                    0         1         0',
      'overdue                  0         1         0',
      'code remains             0         0         1',
      'days to commit           –         6         6',
      'days to code             –       9.5        12',
    ]);
    expect(lines.join(' ')).toMatch(/has not ended: Sprint 5 is shown\s+as of\s+2026-11-04\./);
    expect(lines).toContain('Warnings');
  });

  it('stays within 80 columns and shows record text inert, one line each', () => {
    for (const trend of [sampleTrend(), emptyTrend(), sampleTrendWith('Höst\u001b[2J\nsprint <b>|x|</b> 🚋🚋🚋🚋🚋🚋🚋🚋')]) {
      const text = renderTrendText(trend, PLAIN_PAINTER);
      expect(text).not.toContain('\u001b');
      for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
  });

  it('says when there is nothing to compare', () => {
    expect(renderTrendText({ ...emptyTrend(), periods: [] }, PLAIN_PAINTER)).toContain('  no periods to compare');
  });
});
