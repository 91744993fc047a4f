// The journey map in HTML: the stages as columns, in order, under their phase headings,
// each with its flags, hypotheses, evidence, metrics, touchpoints and what was learned.
// `hypo journey --format html` makes it a page of its own; the report's page has it as a
// section. Same look as the report (html-page.ts), nothing fetched, no script; every name
// from the config or the records goes through `html`, which escapes it.
import type { JourneyMap, JourneyMapStage } from '../report/journey-model.js';
import { day, time } from './html-dates.js';
import { html, type SafeHtml } from './html-escape.js';
import { BASE_RULES, CARD_RULE, FOOTER_RULE, htmlPage, MASTHEAD_RULES, PRINT_PAGE_RULES, rootRule } from './html-page.js';
import { evidenceWords, FLAG_WORDS, hasPhases, metricWords, missingPhasesWords, PHASE_HEADINGS, phaseGroups, statusWords } from './journey-words.js';

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
export function journeyMapHtml(map: JourneyMap): SafeHtml {
  const missing = missingPhasesWords(map);
  const note = missing ? html`<p class="jm-missing">⚠ ${missing}</p>` : '';
  if (map.stages.length === 0) return html`${note}<p class="empty">No journey stages: list them under journey in hypo.config.yaml.</p>`;
  const phased = hasPhases(map);
  const groups = phaseGroups(map);
  // Phase headings in the first row, each over its stages' columns; the stages in the second.
  const headings = phased
    ? groups.map((group) => html`<div class="jm-phase" style="grid-column: span ${group.stages.length}">${PHASE_HEADINGS[group.phase ?? 'none']}</div>`)
    : '';
  const columns = `repeat(${map.stages.length}, minmax(150px, 1fr))`;
  return html`${note}<div class="jm" style="grid-template-columns: ${columns}">${headings}${map.stages.map(stageHtml)}</div>`;
}

function stageHtml(stage: JourneyMapStage): SafeHtml {
  const row = (term: string, words: readonly string[]) => html`<dt>${term}</dt><dd>${words.length ? words.join(' · ') : '–'}</dd>`;
  const flags = stage.flags.length
    ? html`<ul class="jm-flags">${stage.flags.map((flag) => html`<li data-flag="${flag}">⚠ ${FLAG_WORDS[flag]}</li>`)}</ul>`
    : '';
  const hypotheses = stage.hypotheses.total ? [String(stage.hypotheses.total), ...statusWords(stage)] : [];
  const learned = stage.insights.length
    ? [`${stage.insights.length} insight${stage.insights.length === 1 ? '' : 's'}`, `${stage.decisions.length} decided`]
    : [];
  // The stage's name and phase as data-* attributes, so a test or a script can find it without parsing the text.
  return html`<section class="jm-stage${stage.flags.length ? ' flagged' : ''}" data-stage="${stage.name}" data-phase="${stage.phase ?? ''}">
<h3>${stage.name}</h3>${flags}
<dl>${row('Hypotheses', hypotheses)}${row('Evidence', evidenceWords(stage))}${row('Metrics', metricWords(stage))}${
    stage.touchpoints.length
      ? row(
          'Touchpoints',
          stage.touchpoints.map((touchpoint) => `${touchpoint.name} ${touchpoint.hypotheses.length}`),
        )
      : ''
  }${row('Learned', learned)}</dl></section>`;
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

export function renderJourneyHtml(map: JourneyMap): string {
  const content = html`<header class="masthead">
<p class="eyebrow">Journey map</p>
<h1>Where the team is guessing</h1>
<p class="dates">as of ${time(map.asOf)}</p>
</header>
<main>
<section class="card" id="journey" aria-labelledby="journey-title"><h2 id="journey-title">Stages</h2>${journeyMapHtml(map)}</section>
</main>
<footer>Made by hypo journey · as of ${day(map.asOf)}</footer>`;
  return htmlPage(`Journey map · ${map.asOf}`, STYLE, content);
}
