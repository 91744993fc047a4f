import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text-layout.js';
import { createChalkPainter } from '../../src/render/chalk-painter.js';
import { PLAIN_PAINTER } from '../../src/render/painter.js';
import { renderReportText } from '../../src/render/report-text.js';
import type { LearningLoopReport } from '../../src/report/loop-model.js';
import { emptyLoopReport } from '../helpers/loop-reports.js';

const plain = PLAIN_PAINTER;
const colour = createChalkPainter();

const HOSTILE = 'Kassan | <img src=x onerror=alert(1)>\nandra raden `kod` \u001b[2J slut';
const LONG_TITLE = 'Resenärer som byter mellan buss och färja på Storö brygga vill se hela bytet, gångvägen och väntetiden i en och samma vy';
const LONG_LEARNED =
  'Vi lärde oss att pendlare öppnar appen först när något redan har gått fel, och att de då vill ha ett förslag på nästa avgång snarare än en förklaring till förseningen. Det gäller särskilt på kvällar och helger.';

const emptyReport = emptyLoopReport;

function fullReport(): LearningLoopReport {
  return {
    ...emptyReport(),
    period: { since: '2026-10-12', until: '2026-10-25', label: 'Sprint 4' },
    tested: [
      { id: 'ab-test-swish', title: 'A/B-test – Swish först i kassan', method: 'ab-test', sample: 21870, outcome: 'supports', summary: 'Tre procentenheter högre konvertering.\n', end: '2026-10-20', hypotheses: ['swish-forst', 'okand-hypotes'] },
      { id: 'intervjuer', title: HOSTILE, method: 'interview', sample: null, outcome: null, summary: '', end: '2026-10-22', hypotheses: [] },
    ],
    learned: [
      {
        id: 'pendlare-oppnar-appen-sent',
        title: 'Pendlare öppnar appen först när något gått fel',
        learned: LONG_LEARNED,
        evidence: 'mixed',
        date: '2026-10-14',
        from: ['ab-test-swish', 'borttaget-experiment'],
        basis: [{ id: 'ab-test-swish', method: 'ab-test', outcome: 'supports' }],
      },
      { id: 'magkansla', title: 'Magkänsla om färjan', learned: 'Vi tror att färjan är viktig.', evidence: null, date: '2026-10-15', from: [], basis: [] },
    ],
    decided: [
      { id: 'pendlare-oppnar-appen-sent', title: LONG_TITLE, action: 'iterate', summary: 'Therefore we will pilot notices for 2 000 users.', date: '2026-10-16', next: ['swish-forst'] },
      { id: 'magkansla', title: 'Magkänsla om färjan', action: 'pivot', summary: 'Vi bygger färjekartan.', date: '2026-10-18', next: [] },
    ],
    opened: [{ id: 'swish-forst', title: 'Swish först ökar konverteringen', created: '2026-10-13' }],
    metrics: {
      hypothesesOpened: 1,
      experimentsDone: 2,
      insights: 2,
      decisions: 2,
      outcomes: { supports: 2, refutes: 1, inconclusive: 0 },
      shareBeingTested: 2 / 3,
      medianDays: { toFirstExperiment: 12, experimentToInsight: 3.5, insightToDecision: null },
      notActedOn: ['pilotgruppen-oppnar-notiser'],
      decidedWithoutEvidence: ['magkansla'],
      stale: ['koinformation-bilfarjan'],
    },
    funnel: { hypotheses: 9, tested: 5, insights: 4, decisions: 3 },
    assumptionMap: [
      { id: 'swish-forst', title: 'Swish först ökar konverteringen', status: 'supported', importance: 'high', evidence: 'strong', evidenceStated: false, testNext: false },
      { id: 'offline', title: 'Offlinebiljett minskar oron vid dålig täckning', status: 'open', importance: 'high', evidence: 'none', evidenceStated: false, testNext: true },
      { id: 'koinformation-bilfarjan', title: 'Köinformation för bilfärjan', status: 'open', importance: null, evidence: 'weak', evidenceStated: true, testNext: false },
    ],
    customerFocus: { customer: 2, business: 1, unspecified: 1, customerShare: 2 / 3 },
    journeyCoverage: [
      { stage: 'upptäcka', hypotheses: 0, tested: 0, supported: 0, guessing: true },
      { stage: 'köpa', hypotheses: 2, tested: 1, supported: 1, guessing: false },
      { stage: 'efter resan', hypotheses: 1, tested: 0, supported: 0, guessing: true },
    ],
    titles: {
      'swish-forst': { kind: 'hypothesis', title: 'Swish först ökar konverteringen' },
      'pilotgruppen-oppnar-notiser': { kind: 'insight', title: 'Pilotgruppen öppnar fyra av tio notiser' },
      magkansla: { kind: 'insight', title: 'Magkänsla om färjan' },
      'koinformation-bilfarjan': { kind: 'hypothesis', title: 'Köinformation för bilfärjan' },
    },
    warnings: ['git history is shallow: dates come from the records alone'],
  };
}

const lines = (text: string) => text.trimEnd().split('\n');
// eslint-disable-next-line no-control-regex
const stripColour = (text: string) => text.replace(/\x1b\[\d+m/g, '');

/** The lines of one section: from its heading to the blank line after it. */
function sectionOf(text: string, heading: string): string[] {
  const all = lines(text);
  const start = all.findIndex((line) => line.startsWith(heading));
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = all.findIndex((line, index) => index > start && line === '' && !all[index + 1]?.startsWith('  '));
  return all.slice(start, end === -1 ? undefined : end);
}

describe('renderReportText', () => {
  it('says "nothing" in every section of an empty report', () => {
    expect(renderReportText(emptyReport(), plain)).toBe(
      [
        'Learning loop report',
        '2026-11-12 – 2026-11-25 · as of 2026-11-25',
        '',
        'Tested (0)',
        '  nothing tested in this period',
        '',
        'Learned (0)',
        '  no insights in this period',
        '',
        'Decided (0)',
        '  no decisions in this period',
        '',
        'Opened (0)',
        '  no new hypotheses in this period',
        '',
        'Loop health',
        '  0 hypotheses opened · 0 experiments done · 0 insights · 0 decisions',
        '  outcomes: 0 supports · 0 refutes · 0 inconclusive',
        '  being tested: no open hypotheses',
        '  median days',
        '    hypothesis to first experiment  –',
        '    experiment to insight           –',
        '    insight to decision             –',
        '',
        '  ✔ Not acted on: none',
        '  ✔ Decided without evidence: none',
        '  ✔ Stale assumptions: none',
        '',
        'Assumption map (0 hypotheses)',
        '  no hypotheses to map',
        '',
        'Customer focus',
        '  no metric_type set on any hypothesis',
        '  no journey stages: list them under journey in hypo.config.yaml',
        '',
      ].join('\n'),
    );
  });

  it('puts the sections in order, with the period and as-of day first and warnings last', () => {
    const text = renderReportText(fullReport(), plain);
    expect(lines(text).slice(0, 2)).toEqual(['Learning loop report · Sprint 4', '2026-10-12 – 2026-10-25 · as of 2026-11-25']);
    const headings = ['Tested (2)', 'Learned (2)', 'Decided (2)', 'Opened (1)', 'Loop health', 'Assumption map (3 hypotheses)', 'Customer focus', 'Warnings'];
    const positions = headings.map((heading) => lines(text).indexOf(heading));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(lines(text).slice(-2)).toEqual(['Warnings', '  ⚠ git history is shallow: dates come from the records alone']);
  });

  it('keeps every line within 80 columns, with and without colour', () => {
    for (const paint of [plain, colour]) {
      for (const report of [fullReport(), emptyReport()]) {
        for (const line of lines(stripColour(renderReportText(report, paint)))) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      }
    }
  });

  it('shows what was tested: title, id, method, sample, outcome, result and the hypotheses', () => {
    expect(sectionOf(renderReportText(fullReport(), plain), 'Tested')).toEqual([
      'Tested (2)',
      '  • A/B-test – Swish först i kassan',
      '    ab-test-swish · ab-test · sample 21870 · supports',
      '    Tre procentenheter högre konvertering.',
      '    tested: Swish först ökar konverteringen',
      '    tested: okand-hypotes',
      '  • Kassan | <img src=x onerror=alert(1)> andra raden `kod` \\x1b[2J slut',
      '    intervjuer · interview · no outcome',
    ]);
  });

  it('makes escape sequences in record text visible instead of obeying them', () => {
    const text = renderReportText(fullReport(), plain);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\\x1b[2J');
    // With colour, the only escapes are the painter's own.
    expect(stripColour(renderReportText(fullReport(), colour))).not.toContain('\u001b');
  });

  it('word-wraps what was learned and names the experiments behind it', () => {
    const section = sectionOf(renderReportText(fullReport(), plain), 'Learned');
    expect(section.slice(0, 3)).toEqual(['Learned (2)', '  • Pendlare öppnar appen först när något gått fel', '    pendlare-oppnar-appen-sent · 2026-10-14 · mixed evidence']);
    const prose = section.slice(3, section.indexOf('    based on ab-test (supports) · borttaget-experiment (no such experiment)'));
    expect(prose.length).toBeGreaterThan(2);
    expect(prose.every((line) => line.startsWith('    ') && !line.startsWith('     '))).toBe(true);
    expect(prose.map((line) => line.trim()).join(' ')).toBe(LONG_LEARNED);
    expect(section.slice(-3)).toEqual(['    magkansla · 2026-10-15', '    Vi tror att färjan är viktig.', '    based on no experiment']);
  });

  it('shows decisions with their action, cuts long titles with … and names what they started', () => {
    const section = sectionOf(renderReportText(fullReport(), plain), 'Decided');
    expect(section[1]).toBe('  • iterate: Resenärer som byter mellan buss och färja på Storö brygga vill se…');
    expect(section).toContain('    started hypothesis: Swish först ökar konverteringen');
    expect(section).toContain('    magkansla · 2026-10-18 · no experiment behind it');
  });

  it('lists new hypotheses by title with the day they were opened', () => {
    expect(sectionOf(renderReportText(fullReport(), plain), 'Opened')).toEqual(['Opened (1)', '  • Swish först ökar konverteringen  opened 2026-10-13']);
  });

  it('gives the loop health figures and makes the stuck lists stand out', () => {
    const section = sectionOf(renderReportText(fullReport(), plain), 'Loop health');
    expect(section).toEqual([
      'Loop health',
      '  1 hypothesis opened · 2 experiments done · 2 insights · 2 decisions',
      '  outcomes: 2 supports · 1 refutes · 0 inconclusive',
      '  being tested: 67% of open hypotheses have an experiment planned or running',
      '  median days',
      '    hypothesis to first experiment  12',
      '    experiment to insight           3.5',
      '    insight to decision             –',
      '',
      '  ✖ Not acted on (1): insights with no decision yet',
      '    • Pilotgruppen öppnar fyra av tio notiser',
      '      pilotgruppen-oppnar-notiser',
      '    decide with: hypo decide <id> <action> --summary "…"',
      '  ✖ Decided without evidence (1): no done experiment behind the decision',
      '    • Magkänsla om färjan',
      '      magkansla',
      '  ⚠ Stale assumptions (1): hypo stale says why',
      '    • Köinformation för bilfärjan',
    ]);
    const coloured = renderReportText(fullReport(), colour);
    expect(coloured).toContain(colour.error(colour.bold('✖ Not acted on (1)')));
    expect(coloured).toContain(colour.error(colour.bold('✖ Decided without evidence (1)')));
  });

  it('draws the assumption map as importance × evidence and names what to test next', () => {
    expect(sectionOf(renderReportText(fullReport(), plain), 'Assumption map')).toEqual([
      'Assumption map (3 hypotheses)',
      '  importance  no evidence  weak  strong',
      '  high                  1     0       1',
      '  medium                0     0       0',
      '  low                   0     0       0',
      '  unrated               0     1       0',
      '  ⚠ Test these next (1): important and without evidence',
      '    • Offlinebiljett minskar oron vid dålig täckning',
      '      offline',
    ]);
  });

  it('shows the customer share and where on the journey the team is still guessing', () => {
    expect(sectionOf(renderReportText(fullReport(), plain), 'Customer focus')).toEqual([
      'Customer focus',
      '  customer metrics: 67% (2 customer, 1 business KPI, 1 without metric_type)',
      '  stage        hypotheses  tested  supported',
      '  upptäcka              0       0          0  no hypotheses',
      '  köpa                  2       1          1',
      '  efter resan           1       0          0  guessing',
      '  still guessing: upptäcka, efter resan',
    ]);
  });

  it('is plain with a plain painter and coloured with a colour one', () => {
    const text = renderReportText(fullReport(), plain);
    expect(text).not.toMatch(/\x1b\[/);
    const coloured = renderReportText(fullReport(), colour);
    expect(coloured).not.toBe(text);
    expect(stripColour(coloured)).toBe(text);
  });
});
