import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownId } from '../../src/render/markdown-escape.js';
import { renderReportMarkdown } from '../../src/render/report-markdown.js';
import { emptyLoopReport, fullLoopReport, fullLoopReportWith, fullLoopReportWithNumbers } from '../helpers/loop-reports.js';

// Record text with HTML, markdown syntax, a table-cell bar, a line break and an escape sequence.
const HOSTILE = 'Kassan | <img src=x onerror=alert(1)>\nandra raden `kod` \\ *fet* [länk](https://x) \u001b[2J & slut';
const HOSTILE_ID = 'id`med|bak<tick>';
/** HOSTILE as markdown shows it: literal text on one line. */
const ESCAPED = 'Kassan \\| &lt;img src=x onerror=alert(1)&gt; andra raden \\`kod\\` \\\\ \\*fet\\* \\[länk\\](https:&#8203;//x) \\\\x1b\\[2J &amp; slut';

const emptyReport = emptyLoopReport;
const fullReport = fullLoopReport;
const hostileReport = () => fullLoopReportWith(HOSTILE, HOSTILE_ID);

/** The `|` that separate cells: those not escaped with a backslash. */
const cellBars = (row: string) => row.match(/(?<!\\)\|/g)?.length ?? 0;
const outsideCode = (text: string) => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

/** Every table as its rows; a table starts at a line beginning with "|". */
function tables(markdown: string): string[][] {
  const result: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      current ??= [];
      current.push(line);
    } else if (current) {
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
    expect(escapeMarkdown('a | b \\ `c` *d* _e_ [f](g) ![h](i) # ~j~ $k$')).toBe(
      'a \\| b \\\\ \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\!\\[h\\](i) \\# \\~j\\~ \\$k\\$',
    );
  });

  it('folds line breaks into spaces and makes control characters visible', () => {
    expect(escapeMarkdown('first\r\nsecond\n\nthird \u001b[2J')).toBe('first second third \\\\x1b\\[2J');
    expect(escapeMarkdown(HOSTILE)).toBe(ESCAPED);
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
    expect(markdown.split('\n').slice(0, 3)).toEqual(['# Learning loop report: Sprint 4', '', '2026-10-12 – 2026-10-25 · as of 2026-11-25']);
    const headings = markdown.split('\n').filter((line) => /^##? /.test(line));
    expect(headings.slice(1)).toEqual([
      '## Tested (2)',
      '## Learned (2)',
      '## Decided (2)',
      '## Opened (1)',
      '## Loop health',
      '## Assumption map (4 hypotheses)',
      '## Test next (2)',
      '## Customer focus',
      '## Warnings',
    ]);
  });

  it('never lets record text inject HTML or break out of its table cell', () => {
    const markdown = renderReportMarkdown(hostileReport());
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('\u001b');
    expect(outsideCode(markdown).replaceAll('<br>', '')).not.toMatch(/[<]/);
    const found = tables(markdown);
    expect(found.length).toBe(10);
    for (const rows of found) {
      const bars = cellBars(rows[0]!);
      for (const row of rows) {
        expect(cellBars(row), row).toBe(bars);
        expect(row.endsWith('|'), row).toBe(true);
      }
    }
  });

  it('escapes record text wherever it appears: title, tables, alerts, lists, stages and warnings', () => {
    const markdown = renderReportMarkdown(hostileReport());
    expect(markdown.split('\n')[0]).toBe(`# Learning loop report: ${ESCAPED}`);
    for (const text of [
      `| **${ESCAPED}**<br>\`idmedbaktick\` | ab-test | 21870 | inconclusive | ${ESCAPED} | ${ESCAPED}<br>${ESCAPED} |`,
      `| **${ESCAPED}**<br>\`idmedbaktick\` | ${ESCAPED} | mixed | interview (supports) |`,
      `| **iterate** | ${ESCAPED}<br>\`idmedbaktick\`<br>⚠️ no experiment behind it | ${ESCAPED} | hypothesis: ${ESCAPED}<br>hypothesis: ${ESCAPED} |`,
      `| ${ESCAPED} | \`idmedbaktick\` | 2026-10-16 |`,
      `### Not acted on (1)\n\n> [!WARNING]\n> Insights with no decision yet:\n>\n> - **${ESCAPED}** \`idmedbaktick\`\n`,
      `### Stale assumptions\n\n- **${ESCAPED}** \`idmedbaktick\`\n`,
      `| ${ESCAPED} | 0 | 0 | 1 |`,
      `1. **${ESCAPED}** \`idmedbaktick\`, score 12\n   - the journey stage "${ESCAPED}" is still a guess: nothing there is tested\n   - the journey stage "${ESCAPED}" is still a guess: nothing there is tested\n   - Next: **${ESCAPED}**, "${ESCAPED}" is planned already: run it\n`,
      `| ${ESCAPED} | 1 | 0 | 0 | **guessing** |`,
      `Still guessing: ${ESCAPED}, ${ESCAPED}.`,
      `## Warnings\n\n- 1 record left out for errors: ${ESCAPED} (hypo check shows why)\n- ${ESCAPED}\n`,
    ])
      expect(markdown).toContain(text);
  });

  it('tables what was tested, learned, decided and opened', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown).toContain(
      [
        '| Experiment | Method | Sample | Outcome | Result | Tested |',
        '| --- | --- | ---: | --- | --- | --- |',
        '| **A/B-test – köp utan konto**<br>`ab-test-kop-utan-konto` | ab-test | 21870 | inconclusive | 63,7 % utan konto mot 63,4 % med konto. Färre nya köpare än väntat. | Köp utan konto ökar konverteringen<br>borttagen-hypotes |',
        '| **Pappersskiss av färjekartan**<br>`skiss-av-farjekartan` | prototype | – | no outcome |  |  |',
      ].join('\n'),
    );
    expect(markdown).toContain(
      [
        '| Insight | What we learned | Evidence | Based on |',
        '| --- | --- | --- | --- |',
        '| **Färjeresenärer planerar efter var färjan är**<br>`farjeresenarer-planerar-efter-farjan` | Tidtabellen är en grov riktlinje för dem som bor på öarna: de tittar på var färjan är och går hemifrån när den lämnar grannbryggan. Det gäller särskilt på kvällar och helger, när turerna är glesa. | mixed | interview (supports)<br>`borttaget-experiment` (no such experiment) |',
        '| **Pilotgruppen öppnar fyra av tio notiser**<br>`pilotgruppen-oppnar-notiser` | Fyra av tio i pilotgruppen öppnar notisen om förseningar. | – | **no experiment** |',
      ].join('\n'),
    );
    expect(markdown).toContain(
      [
        '| Action | Insight | Decision | Started |',
        '| --- | --- | --- | --- |',
        '| **persevere** | Färjeresenärer planerar efter var färjan är<br>`farjeresenarer-planerar-efter-farjan` | Vi bygger färjekartan för Storö och Lillö. | – |',
        '| **iterate** | Resenärer som byter mellan buss och färja på Storö brygga vill se hela bytet, gångvägen och väntetiden i en och samma vy<br>`bytet-pa-storo-brygga`<br>⚠️ no experiment behind it | Vi testar en bytesvy med 2 000 pendlare. | hypothesis: Pendlare vill bli påminda innan periodkortet går ut<br>record: borttagen-post |',
      ].join('\n'),
    );
    expect(markdown).toContain(
      '| Hypothesis | Id | Opened |\n| --- | --- | --- |\n| Pendlare vill bli påminda innan periodkortet går ut | `pendlare-vill-bli-paminda` | 2026-10-16 |',
    );
  });

  it('makes the insights not acted on and the decisions without evidence stand out as alerts', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown).toContain(
      [
        '### Not acted on (1)',
        '',
        '> [!WARNING]',
        '> Insights with no decision yet:',
        '>',
        '> - **Pilotgruppen öppnar fyra av tio notiser** `pilotgruppen-oppnar-notiser`',
        '',
        '### Decided without evidence (1)',
        '',
        '> [!WARNING]',
        '> No done experiment behind the decision:',
        '>',
        '> - **Resenärer som byter mellan buss och färja på Storö brygga vill se hela bytet, gångvägen och väntetiden i en och samma vy** `bytet-pa-storo-brygga`',
        '',
        '### Stale assumptions',
        '',
        '- **Köinformation för bilfärjan** `koinformation-for-bilfarjan`',
      ].join('\n'),
    );
  });

  it('gives the loop health figures, and the medians apart under what they cover, with "–" for a median of nothing', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown).toContain(
      [
        '## Loop health',
        '',
        '| Measure | Value |',
        '| --- | ---: |',
        '| Hypotheses opened | 1 |',
        '| Experiments done | 2 |',
        '| Insights | 2 |',
        '| Decisions | 2 |',
        '| Open hypotheses being tested | 50% |',
        '| Acted on (decisions in this period) | 2 acted · 1 not-yet · 1 overdue · 0 code-remains · 1 no-code-link |',
        '',
        '| Median days over everything up to 2026-10-25 | Days |',
        '| --- | ---: |',
        '| Hypothesis to first experiment | – |',
        '| Experiment to insight | 3.5 |',
        '| Insight to decision | 1 |',
        '| Hypothesis to testing | 2.5 |',
        '| Hypothesis to outcome | 12 |',
        '| Decision to first commit | 4.5 |',
        '| Hypothesis to first code commit | 21 |',
        '',
        '### Hypothesis quality',
      ].join('\n'),
    );
  });

  it('says why acted on has no figures when the git history was not read, with "–" for its medians', () => {
    const report = fullReport();
    report.metrics.actedOn = null;
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain(
      '| Open hypotheses being tested | 50% |\n| Acted on (decisions in this period) | – (not in git, so no commits to judge by) |\n\n',
    );
    expect(markdown).toContain('| Hypothesis to outcome | 12 |\n| Decision to first commit | – |\n| Hypothesis to first code commit | – |\n\n');
  });

  it('gives the hypothesis quality per rule: the passing count of those it applies to, the share and the failing ids', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown).toContain(
      [
        '### Hypothesis quality',
        '',
        'Hypotheses not retired, as `hypo check` judges them (it says why each one fails).',
        '',
        '| Criterion | Passed | Share | Failing |',
        '| --- | --- | ---: | --- |',
        '| Statement gives a reason | 3 of 4 hypotheses | 75% | `koinformation-for-bilfarjan` |',
        '| Has a success criterion | 2 of 2 in or past a test | 100% | – |',
        '| Success is measurable | 1 of 3 with a success | 33% | `farjan-i-realtid`<br>`kop-utan-konto-okar-konverteringen` |',
        '| Segment names someone in particular | none with a segment | – | – |',
        '',
        '### Not acted on (1)',
      ].join('\n'),
    );
    // A hostile id stays inside its code span and its cell.
    expect(renderReportMarkdown(hostileReport())).toContain('| Success is measurable | 1 of 3 with a success | 33% | `idmedbaktick`<br>`idmedbaktick` |');
  });

  it('leaves out the rules the config turns off, and the block when all are off', () => {
    const report = fullReport();
    report.metrics.quality = report.metrics.quality.filter((share) => share.rule === 'success-not-measurable');
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain('| --- | --- | ---: | --- |\n| Success is measurable | 1 of 3 with a success | 33% |');
    expect(markdown).not.toContain('Statement gives a reason');
    report.metrics.quality = [];
    expect(renderReportMarkdown(report)).not.toContain('Hypothesis quality');
  });

  it('heads the medians without a scope when no median was taken', () => {
    const report = emptyLoopReport();
    report.metrics.mediansUpTo = null;
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain('\n| Median days | Days |\n| --- | ---: |\n| Hypothesis to first experiment | – |\n');
    expect(markdown).not.toContain('over everything');
  });

  it('draws the funnel and the outcomes as mermaid charts with counts and fixed words only', () => {
    const blocks = mermaidBlocks(renderReportMarkdown(fullReport()));
    expect(blocks).toEqual([
      'flowchart LR\n  h["9 hypotheses"] --> t["5 tested"]\n  t --> i["4 insights"] --> d["3 decisions"]\n',
      'pie showData\n  title Outcomes of the experiments done in this period\n  "inconclusive" : 1\n',
    ]);
    // Record text never reaches a chart, however hostile.
    expect(mermaidBlocks(renderReportMarkdown(hostileReport()))).toEqual(blocks);
    const ones = { ...fullReport(), funnel: { hypotheses: 1, tested: 1, insights: 1, decisions: 1 } };
    expect(mermaidBlocks(renderReportMarkdown(ones))[0]).toBe(
      'flowchart LR\n  h["1 hypothesis"] --> t["1 tested"]\n  t --> i["1 insight"] --> d["1 decision"]\n',
    );
    expect(renderReportMarkdown(fullReport())).toContain(
      [
        '| Period | supports | refutes | inconclusive |',
        '| --- | ---: | ---: | ---: |',
        '| Sprint 2 | 0 | 1 | 0 |',
        '| Sprint 3 | 2 | 0 | 0 |',
        '| Sprint 4 | 0 | 0 | 1 |',
      ].join('\n'),
    );
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
      '### Hypothesis quality\n\n_No hypotheses to judge._\n\n### Not acted on',
      '## Assumption map (0 hypotheses)\n\n_No hypotheses to map._',
      '## Customer focus\n\nNo hypothesis has a metric_type.',
    ])
      expect(markdown).toContain(text);
    expect(markdown).not.toContain('## Warnings');
    expect(markdown).not.toContain('Outcomes per period');
  });

  it('maps importance against evidence', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown).toContain(
      [
        '| Importance | No evidence | Weak | Medium | Strong |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| high | 1 | 0 | 0 | 1 |',
        '| medium | 0 | 1 | 0 | 0 |',
        '| low | 0 | 0 | 0 | 0 |',
        '| unrated | 1 | 0 | 0 | 0 |',
        '',
        'Risk: desirability 2 · viability 1 · not set 1',
      ].join('\n'),
    );
  });

  it('lists what to test next as hypo next --format markdown does, and says why when nothing is', () => {
    expect(renderReportMarkdown(fullReport())).toContain(
      [
        '## Test next (2)',
        '',
        '1. **Turister hittar appen via QR-kod på hållplatsen** `turister-hittar-appen`, score 12',
        '   - high importance, no evidence',
        '   - the journey stage "upptäcka" is still a guess: nothing there is tested',
        '   - Next: **interview**, the cheapest way from no evidence to weak: what customers say, cost 1 of 5, about 7 days',
        '2. **Köinformation för bilfärjan** `koinformation-for-bilfarjan`, score 6',
        '   - importance not stated (ranked as medium), no evidence',
        '',
      ].join('\n'),
    );
    expect(renderReportMarkdown(emptyReport())).toContain('## Test next (0)\n\nNothing: every hypothesis is settled, well evidenced or being tested.\n');
  });

  it('shows the customer share and the journey stages where the team is still guessing', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown).toContain(
      '**67%**: 2 of 3 hypotheses with a metric type measure what the customer values (1 with a business KPI; 1 without metric_type, not counted).',
    );
    expect(markdown).toContain(
      [
        '| Stage | Hypotheses | Tested | Supported |  |',
        '| --- | ---: | ---: | ---: | --- |',
        '| upptäcka | 0 | 0 | 0 | no hypotheses |',
        '| köpa | 2 | 1 | 1 |  |',
        '| efter resan | 1 | 0 | 0 | **guessing** |',
        '',
        'Still guessing: upptäcka, efter resan.',
      ].join('\n'),
    );
  });

  it('lists the warnings last', () => {
    const markdown = renderReportMarkdown(fullReport());
    expect(markdown.slice(markdown.indexOf('## Warnings'))).toBe(
      '## Warnings\n\n- 1 record left out for errors: learning/hypotheses/trasig-åtgärd.yaml (hypo check shows why)\n- git history is shallow: dates come from the records alone\n',
    );
  });

  it('adds baseline → target and the measured value to a tested experiment’s result, and the CPI counts to the customer focus', () => {
    const markdown = renderReportMarkdown(fullLoopReportWithNumbers());
    expect(markdown).toContain('Färre nya köpare än väntat.<br>58 % → 70 % · measured 64 % |');
    expect(markdown).toContain('(1 with a business KPI; 1 without metric_type, not counted).<br>\nCPI: time 1 · money 1\n');
    expect(renderReportMarkdown(fullReport())).not.toContain('CPI:');
  });
});
