// The journey map in HTML: the stages as columns, in order, under their phase headings,
// each with its flags, hypotheses, evidence, metrics, touchpoints and what was learned.
// `hypo journey --format html` makes it a page of its own; the report's page has it as a
// section. Same look as the report (html-page.ts), nothing fetched, no script; every name
// from the config or the records goes through `html`, which escapes it.
import type { JourneyMap, JourneyMapStage } from '../report/journey-model.js';
import { day, time } from './html-dates.js';
import { html, type SafeHtml } from './html-escape.js';
import { BASE_RULES, CARD_RULE, FOOTER_RULE, htmlPage, MASTHEAD_RULES, PRINT_PAGE_RULES, rootRule } from './html-page.js';
import { evidenceWords, flagWords, hasPhases, metricWords, missingPhasesWords, phaseGroups, phaseHeading, statusWords } from './journey-words.js';
import { messages, type Translator } from './messages/index.js';

/** The map's own rules, shared with the report's page. */
export const JOURNEY_RULES = html`.jm { display: grid; gap: 10px; overflow-x: auto; }
.jm-phase { font-size: 13px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 4px; }
.jm-stage { border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; min-width: 0; }
.jm-stage.flagged { border-color: var(--warn); background: var(--warn-bg); }
.jm-stage h3 { overflow-wrap: anywhere; }
.jm-flags { margin: 6px 0 0; padding: 0; list-style: none; font-size: 13px; font-weight: 600; color: var(--warn); }
.jm-stage dl { margin: 8px 0 0; font-size: 14px; }
.jm-stage dt { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; margin-top: 6px; }
.jm-stage dd { margin: 0; overflow-wrap: anywhere; }
.jm-missing { color: var(--warn); font-weight: 600; margin: 0 0 12px; }
@media print { .jm-stage, .jm-stage.flagged { background: none; border-color: #999; break-inside: avoid; page-break-inside: avoid; } }`;

/** The map's body: a note on phases without hypotheses, then the stage columns. */
export function journeyMapHtml(map: JourneyMap, t: Translator = messages('en')): SafeHtml {
  const missing = missingPhasesWords(map, t);
  const note = missing ? html`<p class="jm-missing">⚠ ${missing}</p>` : '';
  if (map.stages.length === 0) return html`${note}<p class="empty">${t('journey.noStages')}</p>`;
  const phased = hasPhases(map);
  const groups = phaseGroups(map);
  // Phase headings in the first row, each over its stages' columns; the stages in the second.
  const headings = phased
    ? groups.map((group) => html`<div class="jm-phase" style="grid-column: span ${group.stages.length}">${phaseHeading(group.phase ?? 'none', t)}</div>`)
    : '';
  const columns = `repeat(${map.stages.length}, minmax(150px, 1fr))`;
  return html`${note}<div class="jm" style="grid-template-columns: ${columns}">${headings}${map.stages.map((stage) => stageHtml(stage, t))}</div>`;
}

function stageHtml(stage: JourneyMapStage, t: Translator): SafeHtml {
  const row = (term: string, words: readonly string[]) => html`<dt>${term}</dt><dd>${words.length ? words.join(' · ') : '–'}</dd>`;
  const flags = stage.flags.length
    ? html`<ul class="jm-flags">${stage.flags.map((flag) => html`<li data-flag="${flag}">⚠ ${flagWords(flag, t)}</li>`)}</ul>`
    : '';
  const hypotheses = stage.hypotheses.total ? [String(stage.hypotheses.total), ...statusWords(stage, t)] : [];
  const learned = stage.insights.length ? [t('count.insights', { n: stage.insights.length }), t('journey.decided', { n: stage.decisions.length })] : [];
  // The stage's name and phase as data-* attributes, so a test or a script can find it without parsing the text.
  return html`<section class="jm-stage${stage.flags.length ? ' flagged' : ''}" data-stage="${stage.name}" data-phase="${stage.phase ?? ''}">
<h3>${stage.name}</h3>${flags}
<dl>${row(t('journey.row.hypotheses'), hypotheses)}${row(t('journey.row.evidence'), evidenceWords(stage, t))}${row(t('journey.row.metrics'), metricWords(stage, t))}${
    stage.touchpoints.length
      ? row(
          t('journey.row.touchpoints'),
          stage.touchpoints.map((touchpoint) => `${touchpoint.name} ${touchpoint.hypotheses.length}`),
        )
      : ''
  }${row(t('journey.row.learned'), learned)}</dl></section>`;
}

const STYLE = html`<style>
${rootRule({})}
${BASE_RULES}
${MASTHEAD_RULES}
${CARD_RULE}
.empty { color: var(--muted); font-style: italic; margin: 0; }
${JOURNEY_RULES}
${FOOTER_RULE}
@media print {
${PRINT_PAGE_RULES}
  section.card { border: 0; padding: 0; }
}
</style>`;

export function renderJourneyHtml(map: JourneyMap, t: Translator = messages('en')): string {
  const content = html`<header class="masthead">
<p class="eyebrow">${t('journeyCmd.eyebrow')}</p>
<h1>${t('journeyCmd.headline')}</h1>
<p class="dates">${t('journeyCmd.datesAsOf')} ${time(map.asOf, true, t.lang)}</p>
</header>
<main>
<section class="card" id="journey" aria-labelledby="journey-title"><h2 id="journey-title">${t('journeyCmd.stages')}</h2>${journeyMapHtml(map, t)}</section>
</main>
<footer>${t('journeyCmd.footer', { day: day(map.asOf, true, t.lang) })}</footer>`;
  return htmlPage(t('journeyCmd.pageTitle', { day: map.asOf }), STYLE, content, t.lang);
}
