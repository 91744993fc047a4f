// The three charts of the HTML learning-loop report, drawn as inline SVG from the
// report's own numbers: no chart library and nothing fetched, so the file stays
// self-contained and prints the same everywhere. Every label goes through `html`.
// Marks carry data-* attributes with their values so tests (and people) can read them.
import type { Outcome } from '../model/vocabulary.js';
import type { AssumptionItem, LearningLoopReport, ReportPeriod, SprintOutcomes } from '../report/loop-model.js';
import { html, type SafeHtml } from './html-escape.js';
import { messages, type Translator } from './messages/index.js';
import { chart, dataAttributes, GLYPH, GRID, INK, labelLines, MUTED, round, tickStep, truncate } from './svg-chart.js';

// Re-exported: the report's tests know the label cut from here, though every chart shares it now.
export { truncate };

export const OUTCOME_COLORS: Record<Outcome, string> = { supports: '#2f855a', refutes: '#c53030', inconclusive: '#9aa5b1' };
const OUTCOME_ORDER: readonly Outcome[] = ['supports', 'refutes', 'inconclusive'];
const STATUS_COLORS: Record<string, string> = {
  supported: OUTCOME_COLORS.supports,
  refuted: OUTCOME_COLORS.refutes,
  inconclusive: OUTCOME_COLORS.inconclusive,
};
const BAR = '#34577c';

const FUNNEL_STEPS = [
  ['hypotheses', 'svg.hypotheses'],
  ['tested', 'svg.tested'],
  ['insights', 'svg.insights'],
  ['decisions', 'svg.decisions'],
] as const;

/** Hypotheses → tested → insights → decisions as horizontal bars on one scale (insights may outnumber tests, so no tapering shape). */
export function funnelChart(funnel: LearningLoopReport['funnel'], t: Translator = messages('en')): SafeHtml {
  const width = 460;
  const left = 100;
  const span = width - left - 48;
  const row = 46;
  const bar = 30;
  const max = Math.max(1, ...FUNNEL_STEPS.map(([key]) => funnel[key]));
  const rows = FUNNEL_STEPS.map(([key, name], index) => {
    const value = funnel[key];
    const y = 6 + index * row;
    // A zero still gets a sliver so the row reads as "none" rather than missing.
    const length = Math.max(3, (value / max) * span);
    const middle = y + bar / 2;
    // Each step a shade paler than the one before.
    const opacity = round(1 - index * 0.17);
    return html`<g>
<text class="axis-label" x="0" y="${middle}" dominant-baseline="central">${t(name)}</text>
<rect data-step="${key}" data-value="${value}" x="${left}" y="${y}" width="${round(length)}" height="${bar}" rx="3" fill="${BAR}" fill-opacity="${opacity}"/>
<text class="bar-value" x="${round(left + length + 8)}" y="${middle}" dominant-baseline="central" fill="${INK}">${value}</text>
</g>`;
  });
  const label = `${t('svg.funnelLabel')}: ${FUNNEL_STEPS.map(([key, name]) => `${funnel[key]} ${t(name).toLowerCase()}`).join(', ')}`;
  return chart('funnel', width, 6 + FUNNEL_STEPS.length * row, label, rows);
}

/** Outcomes of the experiments done per period, stacked supports / refutes / inconclusive, the report's own period emphasised. */
export function outcomesChart(history: readonly SprintOutcomes[], period: ReportPeriod, t: Translator = messages('en')): SafeHtml {
  const width = 460;
  const [left, top, bottom] = [30, 40, 42];
  const plot = 150;
  const height = top + plot + bottom;
  const totals = history.map((entry) => OUTCOME_ORDER.reduce((sum, outcome) => sum + entry.outcomes[outcome], 0));
  const step = tickStep(Math.max(1, ...totals));
  const max = Math.max(step, Math.ceil(Math.max(1, ...totals) / step) * step);
  const y = (value: number) => round(top + plot - (value / max) * plot);
  const slot = (width - left) / Math.max(1, history.length);
  const barWidth = Math.min(46, slot * 0.6);

  const grid: SafeHtml[] = [];
  for (let value = 0; value <= max; value += step) {
    grid.push(html`<line x1="${left}" x2="${width}" y1="${y(value)}" y2="${y(value)}" stroke="${value === 0 ? MUTED : GRID}" stroke-width="1"/>
<text class="tick" x="${left - 6}" y="${y(value)}" text-anchor="end" dominant-baseline="central">${value}</text>`);
  }
  const legend = OUTCOME_ORDER.map((outcome, index) => {
    const swatch = html`<rect width="12" height="12" rx="2" fill="${OUTCOME_COLORS[outcome]}"/>`;
    const name = html`<text class="legend" x="18" y="6" dominant-baseline="central">${t.word('outcome', outcome)}</text>`;
    return html`<g data-legend="${outcome}" transform="translate(${left + index * 120} 8)">${swatch}${name}</g>`;
  });
  const bars = history.map((entry, index) => {
    const x = round(left + slot * index + (slot - barWidth) / 2);
    const current = entry.since === period.since && entry.until === period.until;
    let stacked = 0;
    const segments = OUTCOME_ORDER.filter((outcome) => entry.outcomes[outcome] > 0).map((outcome) => {
      const count = entry.outcomes[outcome];
      const [segmentTop, segmentBottom] = [y(stacked + count), y(stacked)];
      const box = html`x="${x}" y="${segmentTop}" width="${round(barWidth)}" height="${round(segmentBottom - segmentTop)}"`;
      const title = html`<title>${entry.label}: ${count} ${t.word('outcome', outcome)}</title>`;
      const segment = html`<rect data-outcome="${outcome}" data-value="${count}" ${box} fill="${OUTCOME_COLORS[outcome]}">${title}</rect>`;
      stacked += count;
      return segment;
    });
    const centre = round(x + barWidth / 2);
    const lines = labelLines(entry.label, Math.floor(slot / (11 * GLYPH)));
    const names = lines.map((line, row) => html`<tspan x="${centre}" dy="${row === 0 ? 0 : 13}">${line}</tspan>`);
    const total = totals[index]!;
    const { supports, refutes, inconclusive } = entry.outcomes;
    const data = dataAttributes({ period: entry.label, supports, refutes, inconclusive, total });
    return html`<g ${data}${current ? html` data-current="true"` : ''}>
${segments}
<text class="bar-total" x="${centre}" y="${y(stacked) - 7}" text-anchor="middle" fill="${total ? INK : MUTED}">${total}</text>
<text class="${current ? 'period-label current' : 'period-label'}" x="${centre}" y="${top + plot + 16}" text-anchor="middle">${names}</text>
</g>`;
  });
  const label = `${t('svg.outcomesLabel')}: ${history
    .map(
      (entry, index) =>
        `${entry.label}: ${totals[index] ? OUTCOME_ORDER.map((outcome) => `${entry.outcomes[outcome]} ${t.word('outcome', outcome)}`).join(', ') : t('svg.none')}`,
    )
    .join('; ')}`;
  return chart('outcomes', width, height, label, [...grid, ...legend, ...bars]);
}

interface Quadrant {
  key: string;
  name: string;
  items: AssumptionItem[];
  highlight: boolean;
}

const EVIDENCE_RANK = { strong: 0, medium: 1, weak: 2, none: 3 } as const;

/**
 * Importance (high or not) × evidence (none or some), one dot and label per hypothesis; the important,
 * unevidenced corner is marked. The ranked list of what to test next is the report's Test next section.
 */
export function assumptionMapChart(items: readonly AssumptionItem[], t: Translator = messages('en')): SafeHtml {
  const width = 900;
  const [left, top, row, head] = [26, 26, 22, 34];
  const columnWidth = (width - left) / 2;
  const important = (item: AssumptionItem) => item.importance === 'high';
  const evidenced = (item: AssumptionItem) => item.evidence !== 'none';
  const sorted = [...items].sort((a, b) => EVIDENCE_RANK[a.evidence] - EVIDENCE_RANK[b.evidence] || a.title.localeCompare(b.title));
  const pick = (high: boolean, some: boolean) => sorted.filter((item) => important(item) === high && evidenced(item) === some);
  const quadrants: Quadrant[][] = [
    [
      { key: 'test-next', name: t('svg.importantNoEvidence'), items: pick(true, false), highlight: true },
      { key: 'important-evidenced', name: t('svg.importantEvidence'), items: pick(true, true), highlight: false },
    ],
    [
      { key: 'minor-unevidenced', name: t('svg.minorNoEvidence'), items: pick(false, false), highlight: false },
      { key: 'minor-evidenced', name: t('svg.minorEvidence'), items: pick(false, true), highlight: false },
    ],
  ];
  const rowHeights = quadrants.map((pair) => head + Math.max(3, ...pair.map((quadrant) => quadrant.items.length)) * row + 10);
  const height = top + rowHeights[0]! + rowHeights[1]!;

  const cells = quadrants.flatMap((pair, rowIndex) =>
    pair.map((quadrant, columnIndex) => {
      const x = left + columnIndex * columnWidth;
      const y = top + (rowIndex === 0 ? 0 : rowHeights[0]!);
      // Room for the dot, and on the evidenced side for the evidence level at the right edge.
      const chars = Math.floor((columnWidth - (columnIndex === 0 ? 48 : 96)) / (12.5 * GLYPH));
      const dots = quadrant.items.map((item, index) => {
        const cy = y + head + index * row + row / 2;
        const colour = STATUS_COLORS[item.status] ?? BAR;
        const evidence = `${t('item.evidence', { level: t.word('evidence', item.evidence) })}${item.evidenceStated ? t('svg.stated') : ''}`;
        const data = dataAttributes({
          id: item.id,
          importance: item.importance ?? 'unset',
          evidence: item.evidence,
          status: item.status,
          'test-next': String(item.testNext),
        });
        // Weak evidence is a pale dot, as the key under the map says.
        const opacity = item.evidence === 'weak' ? 0.45 : 1;
        const note = evidenced(item)
          ? html`<text class="dot-note" x="${x + columnWidth - 12}" y="${cy}" text-anchor="end" dominant-baseline="central">${t.word('evidence', item.evidence)}</text>`
          : '';
        const risk = item.risk ? `, ${t('svg.risk', { risk: t.word('risk', item.risk) })}` : '';
        return html`<g class="assumption"><title>${item.title} — ${t.word('status', item.status)}, ${t('svg.importance', { level: item.importance ? t.word('importance', item.importance) : t('svg.notSet') })}${risk}, ${evidence}</title>
<circle ${data} cx="${x + 18}" cy="${cy}" r="5.5" fill="${colour}" fill-opacity="${opacity}" stroke="${colour}" stroke-width="1.5"/>
<text class="dot-label" x="${x + 32}" y="${cy}" dominant-baseline="central">${truncate(item.title, chars)}</text>
${note}
</g>`;
      });
      const empty =
        quadrant.items.length === 0
          ? html`<text class="dot-note" x="${x + 18}" y="${y + head + row / 2}" dominant-baseline="central">${t('svg.none')}</text>`
          : '';
      // The marked corner is pale red with a thicker red border, like the report's other warnings.
      const paint = quadrant.highlight
        ? html`fill="#fdf0ec" stroke="${OUTCOME_COLORS.refutes}" stroke-width="2"`
        : html`fill="#ffffff" stroke="${GRID}" stroke-width="1"`;
      return html`<g data-quadrant="${quadrant.key}" data-count="${quadrant.items.length}">
<rect x="${x}" y="${y}" width="${columnWidth}" height="${rowHeights[rowIndex]!}" ${paint}/>
<text class="${quadrant.highlight ? 'quadrant-name hot' : 'quadrant-name'}" x="${x + 12}" y="${y + 20}">${quadrant.name} · ${quadrant.items.length}</text>
${dots}${empty}
</g>`;
    }),
  );
  const axes = html`<text class="axis-label" x="${left + columnWidth / 2}" y="16" text-anchor="middle">${t('svg.noEvidence')}</text>
<text class="axis-label" x="${left + columnWidth * 1.5}" y="16" text-anchor="middle">${t('svg.someEvidence')}</text>
<text class="axis-label" transform="translate(16 ${top + rowHeights[0]! / 2}) rotate(-90)" text-anchor="middle">${t('svg.important')}</text>
<text class="axis-label" transform="translate(16 ${top + rowHeights[0]! + rowHeights[1]! / 2}) rotate(-90)" text-anchor="middle">${t('svg.lessImportant')}</text>`;
  const counts = quadrants.flat().map((quadrant) => `${quadrant.name.toLowerCase()}: ${quadrant.items.length}`);
  const label = `${t('svg.mapLabel', { n: items.length })}. ${counts.join('; ')}${
    quadrants[0]![0]!.items.length ? `. ${t('svg.toTestNext')}: ${quadrants[0]![0]!.items.map((item) => item.title).join('; ')}` : ''
  }`;
  // The marked corner is drawn last so its thicker border is not painted over by its neighbours.
  return chart('assumption-map', width, height, label, [axes, ...cells.slice(1), cells[0]!]);
}
