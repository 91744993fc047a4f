import { describe, expect, it } from 'vitest';
import { renderTrendMarkdown } from '../../src/render/trend-markdown.js';
import type { Trend } from '../../src/report/trend.js';
import { emptyTrend, sampleTrend, sampleTrendWith } from '../helpers/trend-fixtures.js';

// A sprint label with HTML, a table-cell bar, code, a mention, quotes, a fence, mermaid syntax, a line break and an escape sequence.
const HOSTILE = 'Kassan | <img src=x onerror=alert(1)> `kod` @anna "citat" ```\n%%{init: {"theme":"dark"}}%% #quot; ]] \u001b[2J';
/** HOSTILE as markdown shows it: literal text on one line. */
const ESCAPED =
  'Kassan \\| &lt;img src=x onerror=alert(1)&gt; \\`kod\\` @&#8203;anna "citat" \\`\\`\\` %%{init: {"theme":"dark"}}%% \\#quot; \\]\\] \\\\x1b\\[2J';

const cellBars = (row: string) => row.match(/(?<!\\)\|/g)?.length ?? 0;
const tableRows = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('|'));

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe('renderTrendMarkdown', () => {
  it('renders the sample trend exactly', () => {
    expect(renderTrendMarkdown(sampleTrend())).toBe(`# Learning loop trend: Sprint 3 – Sprint 5

3 sprints, 2026-09-28 – 2026-11-08 · as of 2026-11-04

| Sprint | Tested | Learned | Decided | Opened | Not acted on | Decided without evidence | Stale | Customer share | Days to testing | Days to outcome |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Sprint 3 | 2 | 1 | 0 | 3 | 1 | 0 | 0 | – | – | – |
| Sprint 4 | 1 | 2 | 2 | 1 | 1 | 1 | 1 | 67% | 2.5 | 12 |
| Sprint 5 | 3 | 1 | 1 | 0 | 0 | 1 | 2 | 75% | 3 | 10.5 |

Tested, learned, decided and opened count what happened in each sprint; not acted on, decided without evidence, stale and customer share are as of its end. The days are medians from a hypothesis entering the repository to its first test and to its first outcome, over everything up to the sprint’s end.

| Sprint | Acted | Overdue | Code remains | Days to commit | Days to code |
| --- | ---: | ---: | ---: | ---: | ---: |
| Sprint 3 | 0 | 0 | 0 | – | – |
| Sprint 4 | 1 | 1 | 0 | 6 | 9.5 |
| Sprint 5 | 0 | 0 | 1 | 6 | 12 |

Acted, overdue and code remains count the decisions taken in each sprint by what the code did by its end, as hypo acted judges them. Days to commit and days to code are medians from a decision to the first commit about it and from a hypothesis to the first commit touching its code, over everything up to the sprint’s end.

The last sprint has not ended: Sprint 5 is shown as of 2026-11-04.

\`\`\`mermaid
%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#34577c, #2f855a, #b7791f"}}}}%%
xychart-beta
  title "Tested (blue), learned (green) and decided (amber)"
  x-axis ["Sprint 3", "Sprint 4", "Sprint 5"]
  y-axis "Per sprint" 0 --> 10
  line "Tested" [2, 1, 3]
  line "Learned" [1, 2, 1]
  line "Decided" [0, 2, 1]
\`\`\`

## Warnings

- 1 record left out for errors: learning/hypotheses/trasig-åtgärd.yaml (hypo check shows why)
`);
  });

  it('names windows of days by their dates, and says nothing of an unfinished period or warnings when there are none', () => {
    const markdown = renderTrendMarkdown(emptyTrend());
    expect(markdown.split('\n').slice(0, 3)).toEqual(['# Learning loop trend: 2026-10-29 – 2026-11-25', '', '2 periods · as of 2026-11-25']);
    expect(tableRows(markdown)[0]).toMatch(/^\| Period \| Tested \|/);
    expect(tableRows(markdown).slice(2)).toEqual([
      '| 2026-10-29 – 2026-11-11 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | – | – | – |',
      '| 2026-11-12 – 2026-11-25 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | – | – | – |',
      '| Period | Acted | Overdue | Code remains | Days to commit | Days to code |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      '| 2026-10-29 – 2026-11-11 | 0 | 0 | 0 | – | – |',
      '| 2026-11-12 – 2026-11-25 | 0 | 0 | 0 | – | – |',
    ]);
    expect(markdown).toContain('count what happened in each period;');
    expect(markdown).not.toContain('has not ended');
    expect(markdown).not.toContain('## Warnings');
  });

  it('names a single sprint once in the title', () => {
    const trend = sampleTrend();
    trend.periods = trend.periods.slice(1, 2);
    expect(renderTrendMarkdown(trend).split('\n')[0]).toBe('# Learning loop trend: Sprint 4');
  });

  it('says so when there are no periods, with no table or chart', () => {
    const markdown = renderTrendMarkdown({ ...emptyTrend(), periods: [] });
    expect(markdown).toBe('# Learning loop trend\n\n0 periods · as of 2026-11-25\n\n_No periods to show._\n');
  });

  it('writes halves as 1.5 and rounds shares to whole percents', () => {
    const trend = sampleTrend();
    trend.periods[0] = { ...trend.periods[0]!, customerShare: 0.125, cycleDays: { toTesting: 1.5, toOutcome: 0 } };
    expect(tableRows(renderTrendMarkdown(trend))[2]).toBe('| Sprint 3 | 2 | 1 | 0 | 3 | 1 | 0 | 0 | 13% | 1.5 | 0 |');
  });

  it('shows "–" for the acted-on counts and medians of a trend without the git history', () => {
    const trend = sampleTrend();
    trend.periods = trend.periods.map((period) => ({ ...period, actedOn: null }));
    expect(tableRows(renderTrendMarkdown(trend)).slice(-3)).toEqual([
      '| Sprint 3 | – | – | – | – | – |',
      '| Sprint 4 | – | – | – | – | – |',
      '| Sprint 5 | – | – | – | – | – |',
    ]);
  });

  describe('with a hostile sprint label', () => {
    const markdown = renderTrendMarkdown(sampleTrendWith(HOSTILE));

    it('shows it as literal text in the title, every row, the note and the warnings', () => {
      expect(markdown.split('\n')[0]).toBe(`# Learning loop trend: ${ESCAPED} – ${ESCAPED}`);
      const rows = tableRows(markdown);
      expect([...rows.slice(2, 5), ...rows.slice(7)].map((row) => row.split(' | ')[0])).toEqual(Array(6).fill(`| ${ESCAPED}`));
      expect(markdown).toContain(`The last sprint has not ended: ${ESCAPED} is shown as of 2026-11-04.`);
      expect(markdown).toContain(`- 1 record left out for errors: ${ESCAPED} (hypo check shows why)`);
    });

    it('keeps every row to its cells, eleven and six, and lets no HTML, mention or fence through', () => {
      const rows = tableRows(markdown);
      for (const row of rows.slice(0, 5)) expect(cellBars(row), row).toBe(12);
      for (const row of rows.slice(5)) expect(cellBars(row), row).toBe(7);
      expect(rows).toHaveLength(10);
      const outsideChart = markdown.replace(/```mermaid\n[\s\S]*?```/g, '');
      expect(outsideChart).not.toMatch(/<img|@anna|```/);
      expect(outsideChart).not.toContain('\u001b');
      expect(mermaidBlocks(markdown)).toHaveLength(1);
    });

    it('puts only safe, distinct labels in the chart', () => {
      const [block] = mermaidBlocks(markdown);
      const axis = block!.split('\n').find((line) => line.startsWith('  x-axis'));
      expect(axis).toBe('  x-axis ["Kassan img src x onerro…", "Kassan img src x onerro… (2)", "Kassan img src x onerro… (3)"]');
      // Outside the directive on the first line, nothing the label brought may reach mermaid's syntax.
      const body = block!.split('\n').slice(1).join('\n');
      expect(body).not.toMatch(/%%|#quot|`|<|@|\]\]/);
    });
  });

  describe('the mermaid chart', () => {
    const chartLines = (trend: Trend) => mermaidBlocks(renderTrendMarkdown(trend))[0]!.trimEnd().split('\n');

    it('has one line per measure, in the order of the periods', () => {
      const lines = chartLines(sampleTrend());
      expect(lines[1]).toBe('xychart-beta');
      expect(lines.filter((line) => line.startsWith('  line '))).toEqual([
        '  line "Tested" [2, 1, 3]',
        '  line "Learned" [1, 2, 1]',
        '  line "Decided" [0, 2, 1]',
      ]);
    });

    it('makes the count axis reach past the largest count, and at least 10 so its ticks are whole', () => {
      const trend = sampleTrend();
      trend.periods[1] = { ...trend.periods[1]!, tested: 23 };
      expect(chartLines(trend)).toContain('  y-axis "Per sprint" 0 --> 25');
      expect(chartLines(emptyTrend())).toContain('  y-axis "Per period" 0 --> 10');
    });

    it('falls back to the dates for a label with nothing safe in it', () => {
      const trend = sampleTrend();
      trend.periods[0] = { ...trend.periods[0]!, label: '🚀🚀' };
      trend.periods[1] = { ...trend.periods[1]!, label: '"""' };
      expect(chartLines(trend)).toContain('  x-axis ["2026-09-28 – 2026-10-11", "2026-10-12 – 2026-10-25", "Sprint 5"]');
    });

    it('keeps labels apart that only differ in what was left out', () => {
      const trend = sampleTrend();
      trend.periods = trend.periods.map((period, index) => ({ ...period, label: ['Sprint <1>', 'Sprint 1', 'Sprint "1"'][index]! }));
      expect(chartLines(trend)).toContain('  x-axis ["Sprint 1", "Sprint 1 (2)", "Sprint 1 (3)"]');
    });
  });
});
