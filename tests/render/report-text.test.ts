import { describe, expect, it } from 'vitest';
import { createChalkPainter } from '../../src/render/chalk-painter.js';
import { PLAIN_PAINTER } from '../../src/render/painter.js';
import { renderReportText } from '../../src/render/report-text.js';
import { displayWidth } from '../../src/render/text-layout.js';
import { emptyLoopReport, fullLoopReport, fullLoopReportWith, fullLoopReportWithNumbers } from '../helpers/loop-reports.js';

const plain = PLAIN_PAINTER;
const colour = createChalkPainter();

// Record text that tries to clear the screen and spill over several lines.
const HOSTILE = 'Kassan | <img src=x onerror=alert(1)>\nandra raden `kod` \u001b[2J slut';

const emptyReport = emptyLoopReport;
const fullReport = fullLoopReport;
const hostileReport = () => fullLoopReportWith(HOSTILE, 'intervjuer');

const lines = (text: string) => text.trimEnd().split('\n');
const ESC = String.fromCharCode(0x1b);
const stripColour = (text: string) => text.replaceAll(new RegExp(`${ESC}\\[\\d+m`, 'g'), '');

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
        '  acted on (decisions in this period)',
        '    0 acted · 0 not-yet · 0 overdue · 0 code-remains · 0 no-code-link',
        '  median days over everything up to 2026-11-25',
        '    hypothesis to first experiment   –',
        '    experiment to insight            –',
        '    insight to decision              –',
        '    hypothesis to testing            –',
        '    hypothesis to outcome            –',
        '    decision to first commit         –',
        '    hypothesis to first code commit  –',
        '  hypothesis quality: no hypotheses to judge',
        '',
        '  ✔ Not acted on: none',
        '  ✔ Decided without evidence: none',
        '  ✔ Stale assumptions: none',
        '',
        'Assumption map (0 hypotheses)',
        '  no hypotheses to map',
        '',
        'Test next (0)',
        '  ✔ nothing: every hypothesis is settled, well evidenced or being tested',
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
    const headings = [
      'Tested (2)',
      'Learned (2)',
      'Decided (2)',
      'Opened (1)',
      'Loop health',
      'Assumption map (4 hypotheses)',
      'Test next (2)',
      'Customer focus',
      'Warnings',
    ];
    const positions = headings.map((heading) => lines(text).indexOf(heading));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(lines(text).slice(-4)).toEqual([
      'Warnings',
      '  ⚠ 1 record left out for errors: learning/hypotheses/trasig-åtgärd.yaml (hypo',
      '  check shows why)',
      '  ⚠ git history is shallow: dates come from the records alone',
    ]);
  });

  it('keeps every line within 80 columns, with and without colour', () => {
    for (const paint of [plain, colour]) {
      for (const report of [fullReport(), hostileReport(), emptyReport()]) {
        for (const line of lines(stripColour(renderReportText(report, paint)))) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      }
    }
  });

  it('shows what was tested: title, id, method, sample, outcome, result and the hypotheses', () => {
    expect(sectionOf(renderReportText(fullReport(), plain), 'Tested')).toEqual([
      'Tested (2)',
      '  • A/B-test – köp utan konto',
      '    ab-test-kop-utan-konto · ab-test · sample 21870 · inconclusive',
      '    63,7 % utan konto mot 63,4 % med konto.',
      '    Färre nya köpare än väntat.',
      '    tested: Köp utan konto ökar konverteringen',
      '    tested: borttagen-hypotes',
      '  • Pappersskiss av färjekartan',
      '    skiss-av-farjekartan · prototype · no outcome',
    ]);
  });

  it('shows a tested experiment’s baseline → target and the value it measured, and the customer metrics by CPI', () => {
    const text = renderReportText(fullLoopReportWithNumbers(), plain);
    expect(sectionOf(text, 'Tested').slice(0, 7)).toEqual([
      'Tested (2)',
      '  • A/B-test – köp utan konto',
      '    ab-test-kop-utan-konto · ab-test · sample 21870 · inconclusive',
      '    63,7 % utan konto mot 63,4 % med konto.',
      '    Färre nya köpare än väntat.',
      '    58 % → 70 % · measured 64 %',
      '    tested: Köp utan konto ökar konverteringen',
    ]);
    expect(sectionOf(text, 'Customer focus').slice(1, 5)).toEqual([
      '  2 of 3 hypotheses with a metric type measure what the customer values (67%)',
      '  1 with a business KPI · 1 without metric_type, not counted',
      '  CPI: time 1 · money 1',
      expect.any(String),
    ]);
    expect(renderReportText(fullReport(), plain)).not.toContain('CPI:');
  });

  it('makes escape sequences in record text visible instead of obeying them', () => {
    const text = renderReportText(hostileReport(), plain);
    expect(text).not.toContain('\u001b');
    expect(sectionOf(text, 'Tested')).toEqual([
      'Tested (2)',
      '  • Kassan | <img src=x onerror=alert(1)> andra raden `kod` \\x1b[2J slut',
      '    intervjuer · ab-test · sample 21870 · inconclusive',
      '    Kassan | <img src=x onerror=alert(1)>',
      '    andra raden `kod` \\x1b[2J slut',
      '    tested: Kassan | <img src=x onerror=alert(1)> andra raden `kod` \\x1b[2J slut',
      '    tested: Kassan | <img src=x onerror=alert(1)> andra raden `kod` \\x1b[2J slut',
      '  • Kassan | <img src=x onerror=alert(1)> andra raden `kod` \\x1b[2J slut',
      '    intervjuer · prototype · no outcome',
      '    Kassan | <img src=x onerror=alert(1)>',
      '    andra raden `kod` \\x1b[2J slut',
    ]);
    // With colour, the only escapes are the painter's own.
    expect(stripColour(renderReportText(hostileReport(), colour))).not.toContain('\u001b');
  });

  it('word-wraps what was learned, keeping its line breaks, and names the experiments behind it', () => {
    expect(sectionOf(renderReportText(fullReport(), plain), 'Learned')).toEqual([
      'Learned (2)',
      '  • Färjeresenärer planerar efter var färjan är',
      '    farjeresenarer-planerar-efter-farjan · 2026-10-12 · mixed evidence',
      '    Tidtabellen är en grov riktlinje för dem som bor på öarna: de tittar på var',
      '    färjan är och går hemifrån när den lämnar grannbryggan.',
      '    Det gäller särskilt på kvällar och helger, när turerna är glesa.',
      '    based on interview (supports) · borttaget-experiment (no such experiment)',
      '  • Pilotgruppen öppnar fyra av tio notiser',
      '    pilotgruppen-oppnar-notiser · 2026-10-15',
      '    Fyra av tio i pilotgruppen öppnar notisen om förseningar.',
      '    based on no experiment',
    ]);
  });

  it('shows decisions with their action, cuts long titles with … and names what they started', () => {
    expect(sectionOf(renderReportText(fullReport(), plain), 'Decided')).toEqual([
      'Decided (2)',
      '  • persevere: Färjeresenärer planerar efter var färjan är',
      '    farjeresenarer-planerar-efter-farjan · 2026-10-14',
      '    Vi bygger färjekartan för Storö och Lillö.',
      '  • iterate: Resenärer som byter mellan buss och färja på Storö brygga vill se…',
      '    bytet-pa-storo-brygga · 2026-10-16 · no experiment behind it',
      '    Vi testar en bytesvy med 2 000 pendlare.',
      '    started hypothesis: Pendlare vill bli påminda innan periodkortet går ut',
      '    started record: borttagen-post',
    ]);
  });

  it('lists new hypotheses by title with the day they were opened', () => {
    expect(sectionOf(renderReportText(fullReport(), plain), 'Opened')).toEqual([
      'Opened (1)',
      '  • Pendlare vill bli påminda innan periodkortet går ut  opened 2026-10-16',
    ]);
  });

  it('gives the loop health figures and makes the stuck lists stand out', () => {
    const section = sectionOf(renderReportText(fullReport(), plain), 'Loop health');
    expect(section).toEqual([
      'Loop health',
      '  1 hypothesis opened · 2 experiments done · 2 insights · 2 decisions',
      '  outcomes: 0 supports · 0 refutes · 1 inconclusive',
      '  being tested: 50% of open hypotheses have an experiment planned or running',
      '  acted on (decisions in this period)',
      '    2 acted · 1 not-yet · 1 overdue · 0 code-remains · 1 no-code-link',
      '  median days over everything up to 2026-10-25',
      '    hypothesis to first experiment   –',
      '    experiment to insight            3.5',
      '    insight to decision              1',
      '    hypothesis to testing            2.5',
      '    hypothesis to outcome            12',
      '    decision to first commit         4.5',
      '    hypothesis to first code commit  21',
      '  hypothesis quality (hypo check says why)',
      '    statement gives a reason             3 of 4 hypotheses          75%',
      '      failing: koinformation-for-bilfarjan',
      '    has a success criterion              2 of 2 in or past a test  100%',
      '    success is measurable                1 of 3 with a success      33%',
      '      failing: farjan-i-realtid · kop-utan-konto-okar-konverteringen',
      '    segment names someone in particular  none with a segment          –',
      '',
      '  ✖ Not acted on (1): insights with no decision yet',
      '    • Pilotgruppen öppnar fyra av tio notiser',
      '      pilotgruppen-oppnar-notiser',
      '    decide with: hypo decide <id> <action> --summary "…"',
      '  ✖ Decided without evidence (1): no done experiment behind the decision',
      '    • Resenärer som byter mellan buss och färja på Storö brygga vill se hela by…',
      '      bytet-pa-storo-brygga',
      '  ⚠ Stale assumptions (1): hypo stale says why',
      '    • Köinformation för bilfärjan',
    ]);
    const coloured = renderReportText(fullReport(), colour);
    expect(coloured).toContain(colour.error(colour.bold('✖ Not acted on (1)')));
    expect(coloured).toContain(colour.error(colour.bold('✖ Decided without evidence (1)')));
    // Acted in green, the stuck states red when above zero, the others amber, and zeros dim, as the outcomes are.
    expect(coloured).toContain(
      `    ${[colour.ok('2 acted'), colour.warning('1 not-yet'), colour.error('1 overdue'), colour.dim('0 code-remains'), colour.warning('1 no-code-link')].join(' · ')}\n`,
    );
  });

  it('says in one dim line that acted on needs the commits, with "–" for its medians, when the git history was not read', () => {
    const report = fullLoopReport();
    report.metrics.actedOn = null;
    const section = sectionOf(renderReportText(report, plain), 'Loop health');
    expect(section.slice(3, 13)).toEqual([
      '  being tested: 50% of open hypotheses have an experiment planned or running',
      '  acted on: – (not in git, so no commits to judge by)',
      '  median days over everything up to 2026-10-25',
      '    hypothesis to first experiment   –',
      '    experiment to insight            3.5',
      '    insight to decision              1',
      '    hypothesis to testing            2.5',
      '    hypothesis to outcome            12',
      '    decision to first commit         –',
      '    hypothesis to first code commit  –',
    ]);
    expect(renderReportText(report, colour)).toContain(`  ${colour.dim('acted on: – (not in git, so no commits to judge by)')}\n`);
  });

  it('hangs failing ids that do not fit one line under the first, never cutting one, and dims them', () => {
    const report = fullLoopReport();
    const failing = ['forseningsnotiser-for-sparade-resor', 'offlinebiljett-minskar-oron-vid-dalig-tackning', 'tydliga-byten-minskar-missade-anslutningar'];
    report.metrics.quality = [{ rule: 'statement-no-reason', passed: 9, of: 12, share: 0.75, failing }];
    const section = sectionOf(renderReportText(report, plain), 'Loop health');
    const start = section.indexOf('  hypothesis quality (hypo check says why)');
    expect(section.slice(start + 1, start + 5)).toEqual([
      '    statement gives a reason  9 of 12 hypotheses  75%',
      '      failing: forseningsnotiser-for-sparade-resor',
      '               offlinebiljett-minskar-oron-vid-dalig-tackning',
      '               tydliga-byten-minskar-missade-anslutningar',
    ]);
    expect(renderReportText(report, colour)).toContain(colour.dim('      failing: forseningsnotiser-for-sparade-resor'));
  });

  it('leaves the hypothesis quality out when the config turns every rule of it off', () => {
    const report = fullLoopReport();
    report.metrics.quality = [];
    expect(renderReportText(report, plain)).not.toContain('hypothesis quality');
  });

  it('says what the medians cover, and says nothing of it when no median was taken', () => {
    // 0 decisions in the period beside a median time to decision: the heading tells them apart.
    const report = fullLoopReport();
    report.metrics.decisions = 0;
    const section = sectionOf(renderReportText(report, plain), 'Loop health');
    expect(section.slice(1, 2)).toEqual(['  1 hypothesis opened · 2 experiments done · 2 insights · 0 decisions']);
    expect(section.slice(6, 12)).toEqual([
      '  median days over everything up to 2026-10-25',
      '    hypothesis to first experiment   –',
      '    experiment to insight            3.5',
      '    insight to decision              1',
      '    hypothesis to testing            2.5',
      '    hypothesis to outcome            12',
    ]);
    const untaken = emptyReport();
    untaken.metrics.mediansUpTo = null;
    expect(sectionOf(renderReportText(untaken, plain), 'Loop health')[6]).toBe('  median days');
  });

  it('draws the assumption map as importance × evidence and names what to test next', () => {
    expect(sectionOf(renderReportText(fullReport(), plain), 'Assumption map')).toEqual([
      'Assumption map (4 hypotheses)',
      '  importance  no evidence  weak  medium  strong',
      '  high                  1     0       0       1',
      '  medium                0     1       0       0',
      '  low                   0     0       0       0',
      '  unrated               1     0       0       0',
      '  Risk: desirability 2 · viability 1 · not set 1',
    ]);
  });

  it('lists what to test next as hypo next does: rank, title, id, score, reasons and the method to try', () => {
    expect(sectionOf(renderReportText(fullReport(), plain), 'Test next (2)')).toEqual([
      'Test next (2)',
      '   1. Turister hittar appen via QR-kod på hållplatsen',
      '      turister-hittar-appen · score 12',
      '      • high importance, no evidence',
      '      • the journey stage "upptäcka" is still a guess: nothing there is tested',
      '      → interview: the cheapest way from no evidence to weak: what customers',
      '        say, cost 1 of 5, about 7 days',
      '',
      '   2. Köinformation för bilfärjan',
      '      koinformation-for-bilfarjan · score 6',
      '      • importance not stated (ranked as medium), no evidence',
    ]);
  });

  it('shows the customer share and where on the journey the team is still guessing', () => {
    expect(sectionOf(renderReportText(fullReport(), plain), 'Customer focus')).toEqual([
      'Customer focus',
      '  2 of 3 hypotheses with a metric type measure what the customer values (67%)',
      '  1 with a business KPI · 1 without metric_type, not counted',
      '  stage        hypotheses  tested  supported',
      '  upptäcka              0       0          0  no hypotheses',
      '  köpa                  2       1          1',
      '  efter resan           1       0          0  guessing',
      '  still guessing: upptäcka, efter resan',
    ]);
  });

  it('is plain with a plain painter and coloured with a colour one', () => {
    const text = renderReportText(fullReport(), plain);
    expect(text).not.toContain(`${ESC}[`);
    const coloured = renderReportText(fullReport(), colour);
    expect(coloured).not.toBe(text);
    expect(stripColour(coloured)).toBe(text);
  });
});
