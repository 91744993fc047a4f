import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownId } from '../../src/render/markdown-escape.js';
import { renderReportMarkdown } from '../../src/render/report-markdown.js';
import type { LearningLoopReport } from '../../src/report/loop-model.js';
import { emptyLoopReport } from '../helpers/loop-reports.js';

const HOSTILE = 'Kassan | <img src=x onerror=alert(1)>\nandra raden `kod` \\ *fet* [länk](https://x) \u001b[2J & slut';
const HOSTILE_ID = 'id`med|bak<tick>';

const emptyReport = emptyLoopReport;

function fullReport(): LearningLoopReport {
  const zero = { supports: 0, refutes: 0, inconclusive: 0 };
  return {
    ...emptyReport(),
    period: { since: '2026-10-12', until: '2026-10-25', label: 'Sprint 4 | <b>höst</b>' },
    tested: [
      { id: 'ab-test-swish', title: 'A/B-test – Swish först i kassan', method: 'ab-test', sample: 21870, outcome: 'supports', summary: 'Tre procentenheter\nhögre konvertering.', end: '2026-10-20', hypotheses: ['swish-forst'] },
      { id: HOSTILE_ID, title: HOSTILE, method: 'interview', sample: null, outcome: null, summary: HOSTILE, end: '2026-10-22', hypotheses: [HOSTILE_ID] },
    ],
    learned: [
      {
        id: 'pendlare-oppnar-appen-sent',
        title: 'Pendlare öppnar appen först när något gått fel',
        learned: 'Vi lärde oss att de vill ha nästa avgång.\nInte en förklaring.',
        evidence: 'mixed',
        date: '2026-10-14',
        from: ['ab-test-swish', 'borttaget-experiment'],
        basis: [{ id: 'ab-test-swish', method: 'ab-test', outcome: 'supports' }],
      },
      { id: 'magkansla', title: HOSTILE, learned: HOSTILE, evidence: null, date: '2026-10-15', from: [], basis: [] },
    ],
    decided: [
      { id: 'pendlare-oppnar-appen-sent', title: 'Pendlare öppnar appen först när något gått fel', action: 'iterate', summary: 'Therefore we will pilot notices.', date: '2026-10-16', next: ['swish-forst', HOSTILE_ID] },
      { id: 'magkansla', title: HOSTILE, action: 'pivot', summary: HOSTILE, date: '2026-10-18', next: [] },
    ],
    opened: [{ id: 'swish-forst', title: 'Swish först ökar konverteringen', created: '2026-10-13' }],
    metrics: {
      hypothesesOpened: 1,
      experimentsDone: 2,
      insights: 2,
      decisions: 2,
      outcomes: { supports: 1, refutes: 0, inconclusive: 0 },
      shareBeingTested: 0.5,
      medianDays: { toFirstExperiment: 12, experimentToInsight: 3.5, insightToDecision: null },
      notActedOn: ['pilotgruppen-oppnar-notiser', HOSTILE_ID],
      decidedWithoutEvidence: ['magkansla'],
      stale: ['koinformation-bilfarjan'],
    },
    funnel: { hypotheses: 9, tested: 5, insights: 4, decisions: 1 },
    outcomeHistory: [
      { label: 'Sprint 3', since: '2026-09-28', until: '2026-10-11', outcomes: { supports: 2, refutes: 1, inconclusive: 0 } },
      { label: 'Sprint 4 | <b>höst</b>', since: '2026-10-12', until: '2026-10-25', outcomes: { ...zero, supports: 1 } },
    ],
    assumptionMap: [
      { id: 'swish-forst', title: 'Swish först ökar konverteringen', status: 'supported', importance: 'high', evidence: 'strong', evidenceStated: false, testNext: false },
      { id: 'offline', title: 'Offlinebiljett minskar oron', status: 'open', importance: 'high', evidence: 'none', evidenceStated: false, testNext: true },
      { id: HOSTILE_ID, title: HOSTILE, status: 'open', importance: null, evidence: 'weak', evidenceStated: true, testNext: false },
    ],
    customerFocus: { customer: 2, business: 1, unspecified: 0, customerShare: 2 / 3 },
    journeyCoverage: [
      { stage: 'upptäcka', hypotheses: 0, tested: 0, supported: 0, guessing: true },
      { stage: 'köpa', hypotheses: 2, tested: 1, supported: 1, guessing: false },
      { stage: 'efter | <i>resan</i>', hypotheses: 1, tested: 0, supported: 0, guessing: true },
    ],
    titles: {
      'swish-forst': { kind: 'hypothesis', title: 'Swish först ökar konverteringen' },
      [HOSTILE_ID]: { kind: 'hypothesis', title: HOSTILE },
      'pilotgruppen-oppnar-notiser': { kind: 'insight', title: 'Pilotgruppen öppnar fyra av tio notiser' },
      magkansla: { kind: 'insight', title: HOSTILE },
      'koinformation-bilfarjan': { kind: 'hypothesis', title: 'Köinformation för bilfärjan' },
      offline: { kind: 'hypothesis', title: 'Offlinebiljett minskar oron' },
    },
    warnings: ['git history is shallow <b>'],
  };
}

/** The `|` that separate cells: those not escaped with a backslash. */
const cellBars = (row: string) => row.match(/(?<!\\)\|/g)?.length ?? 0;
const outsideCode = (text: string) => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

/** Every table as its rows; a table starts at a line beginning with "|". */
function tables(markdown: string): string[][] {
  const result: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(line);
    else if (current) {
      result.push(current);
      current = undefined;
    }
  }
  if (current) result.push(current);
  return result;
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe('escapeMarkdown', () => {
  it('keeps plain Swedish text as it is', () => {
    expect(escapeMarkdown('Färjeresenärer köper hellre ombord – 41 %')).toBe('Färjeresenärer köper hellre ombord – 41 %');
  });

  it('turns HTML into entities and markdown syntax into literals', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> & co')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(escapeMarkdown('a | b \\ `c` *d* _e_ [f](g) ![h](i) # ~j~ $k$')).toBe('a \\| b \\\\ \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\!\\[h\\](i) \\# \\~j\\~ \\$k\\$');
  });

  it('folds line breaks into spaces and makes control characters visible', () => {
    expect(escapeMarkdown('first\r\nsecond\n\nthird \u001b[2J')).toBe('first second third \\\\x1b\\[2J');
  });
});

describe('markdownId', () => {
  it('puts an id in backticks, leaving out what could end the code span or the row', () => {
    expect(markdownId('kop-utan-konto')).toBe('`kop-utan-konto`');
    expect(markdownId(HOSTILE_ID)).toBe('`idmedbaktick`');
    expect(markdownId('``')).toBe('(no id)');
  });
});

describe('renderReportMarkdown', () => {
  it('has a title with the period, then the sections in order', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown.split('\n').slice(0, 3)).toEqual(['# Learning loop report: Sprint 4 \\| &lt;b&gt;höst&lt;/b&gt;', '', '2026-10-12 – 2026-10-25 · as of 2026-11-25']);
    const headings = markdown.split('\n').filter((line) => /^##? /.test(line));
    expect(headings.slice(1)).toEqual(['## Tested (2)', '## Learned (2)', '## Decided (2)', '## Opened (1)', '## Loop health', '## Assumption map (3 hypotheses)', '## Customer focus', '## Warnings']);
  });

  it('never lets record text inject HTML or break out of its table cell', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('\u001b');
    expect(outsideCode(markdown).replaceAll('<br>', '')).not.toMatch(/[<]/);
    expect(markdown).toContain('Kassan \\| &lt;img src=x onerror=alert(1)&gt; andra raden \\`kod\\` \\\\ \\*fet\\* \\[länk\\](https://x) \\\\x1b\\[2J &amp; slut');
    const found = tables(markdown);
    expect(found.length).toBe(8);
    for (const rows of found) {
      const bars = cellBars(rows[0]!);
      for (const row of rows) {
        expect(cellBars(row), row).toBe(bars);
        expect(row.endsWith('|'), row).toBe(true);
      }
    }
  });

  it('tables what was tested, learned, decided and opened', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown).toContain(
      '| **A/B-test – Swish först i kassan**<br>`ab-test-swish` | ab-test | 21870 | supports | Tre procentenheter högre konvertering. | Swish först ökar konverteringen |',
    );
    expect(markdown).toContain('| Experiment | Method | Sample | Outcome | Result | Tested |\n| --- | --- | ---: | --- | --- | --- |');
    expect(markdown).toContain(
      '| **Pendlare öppnar appen först när något gått fel**<br>`pendlare-oppnar-appen-sent` | Vi lärde oss att de vill ha nästa avgång. Inte en förklaring. | mixed | ab-test (supports)<br>`borttaget-experiment` (no such experiment) |',
    );
    expect(markdown).toContain('| **iterate** | Pendlare öppnar appen först när något gått fel<br>`pendlare-oppnar-appen-sent` | Therefore we will pilot notices. | hypothesis: Swish först ökar konverteringen<br>hypothesis: Kassan \\|');
    expect(markdown).toContain('<br>`magkansla`<br>⚠️ no experiment behind it |');
    expect(markdown).toContain('| Swish först ökar konverteringen | `swish-forst` | 2026-10-13 |');
  });

  it('makes the insights not acted on and the decisions without evidence stand out as alerts', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown).toContain(
      [
        '### Not acted on (2)',
        '',
        '> [!WARNING]',
        '> Insights with no decision yet:',
        '>',
        '> - **Pilotgruppen öppnar fyra av tio notiser** `pilotgruppen-oppnar-notiser`',
        '> - **Kassan \\| &lt;img src=x onerror=alert(1)&gt; andra raden \\`kod\\` \\\\ \\*fet\\* \\[länk\\](https://x) \\\\x1b\\[2J &amp; slut** `idmedbaktick`',
      ].join('\n'),
    );
    expect(markdown).toContain('### Decided without evidence (1)\n\n> [!WARNING]\n> No done experiment behind the decision:\n>\n> - **Kassan');
    expect(markdown).toContain('### Stale assumptions\n\n- **Köinformation för bilfärjan** `koinformation-bilfarjan`');
  });

  it('gives the loop health figures with "–" for a median of nothing', () => {
    const markdown = renderReportMarkdown(fullReport());
    for (const row of ['| Open hypotheses being tested | 50% |', '| Median days, experiment to insight | 3.5 |', '| Median days, insight to decision | – |']) expect(markdown).toContain(row);
  });

  it('draws the funnel and the outcomes as mermaid charts with counts and fixed words only', () => {
    const blocks = mermaidBlocks(renderReportMarkdown(fullReport()));
    expect(blocks).toEqual([
      'flowchart LR\n  h["9 hypotheses"] --> t["5 tested"]\n  t --> i["4 insights"] --> d["1 decision"]\n',
      'pie showData\n  title Outcomes of the experiments done in this period\n  "supports" : 1\n',
    ]);
    expect(renderReportMarkdown(fullReport())).toContain('| Sprint 4 \\| &lt;b&gt;höst&lt;/b&gt; | 1 | 0 | 0 |');
  });

  it('says there were no outcomes instead of drawing an empty pie', () => {
    const markdown = renderReportMarkdown(emptyReport());
    expect(markdown).toContain('### Outcomes\n\nNo outcomes in this period.');
    expect(markdown).not.toContain('pie');
    expect(mermaidBlocks(markdown)).toEqual(['flowchart LR\n  h["0 hypotheses"] --> t["0 tested"]\n  t --> i["0 insights"] --> d["0 decisions"]\n']);
  });

  it('says "nothing" in the sections of an empty report', () => {
    const markdown = renderReportMarkdown(emptyReport());
    for (const text of [
      '# Learning loop report\n\n2026-11-12 – 2026-11-25 · as of 2026-11-25',
      '## Tested (0)\n\n_Nothing tested in this period._',
      '## Learned (0)\n\n_No insights in this period._',
      '## Decided (0)\n\n_No decisions in this period._',
      '## Opened (0)\n\n_No new hypotheses in this period._',
      '### Not acted on\n\nNone: every insight so far has a decision.',
      '### Decided without evidence\n\nNone: every decision has a done experiment behind it.',
      '## Assumption map (0 hypotheses)\n\n_No hypotheses to map._',
      '## Customer focus\n\nNo hypothesis has a metric_type.',
    ])
      expect(markdown).toContain(text);
    expect(markdown).not.toContain('## Warnings');
    expect(markdown).not.toContain('Outcomes per period');
  });

  it('maps importance against evidence and names what to test next', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown).toContain(
      ['| Importance | No evidence | Weak | Strong |', '| --- | ---: | ---: | ---: |', '| high | **1** | 0 | 1 |', '| medium | 0 | 0 | 0 |', '| low | 0 | 0 | 0 |', '| unrated | 0 | 1 | 0 |'].join('\n'),
    );
    expect(markdown).toContain('### Test these next (1)\n\nImportant and without evidence:\n\n- **Offlinebiljett minskar oron** `offline`');
  });

  it('shows the customer share and the journey stages where the team is still guessing', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown).toContain('Customer metrics: **67%** (2 customer, 1 business KPI).');
    expect(markdown).toContain('| upptäcka | 0 | 0 | 0 | no hypotheses |');
    expect(markdown).toContain('| efter \\| &lt;i&gt;resan&lt;/i&gt; | 1 | 0 | 0 | **guessing** |');
    expect(markdown).toContain('Still guessing: upptäcka, efter \\| &lt;i&gt;resan&lt;/i&gt;.');
  });
});
