// `hypo journey --format markdown`: the journey map for a pull-request comment or a wiki
// page. A mermaid `journey` diagram (a section per phase, a task per stage, scored by the
// evidence of its best-known hypothesis, its actors whose gain is measured there) and a
// table of the same stages. Stage and touchpoint names come from the config and records and
// may hold anything: they go through escapeMarkdown in the table and mermaidText in the diagram.
import type { JourneyMap, JourneyMapStage } from '../report/journey-model.js';
import {
  evidenceScore,
  evidenceWords,
  FLAG_WORDS,
  hasPhases,
  metricWords,
  missingPhasesWords,
  PHASE_HEADINGS,
  phaseGroups,
  statusWords,
} from './journey-words.js';
import { mermaid, table } from './markdown-blocks.js';
import { escapeMarkdown as md, mermaidText } from './markdown-escape.js';

const LABEL_WIDTH = 40;

export function renderJourneyMarkdown(map: JourneyMap): string {
  const missing = missingPhasesWords(map);
  const blocks = [`# Journey map`, `As of ${md(map.asOf)}`, ...(missing ? [`> ⚠ ${md(missing)}`] : [])];
  if (map.stages.length === 0) blocks.push('_No journey stages: list them under `journey` in hypo.config.yaml._');
  else blocks.push(diagram(map), stageTable(map));
  return `${blocks.join('\n\n')}\n`;
}

/**
 * In mermaid's journey syntax a `:` ends a task's name and `#` or `;` ends the line: a label
 * keeps none of them (mermaidText already drops the last two), and is never empty.
 */
function label(text: string): string {
  return mermaidText(text, LABEL_WIDTH).replace(/:/g, ' ').replace(/\s+/g, ' ').trim() || 'unnamed';
}

function diagram(map: JourneyMap): string {
  const phased = hasPhases(map);
  const lines = ['journey', `  title Evidence per stage, 1 none to 5 strong, as of ${label(map.asOf)}`];
  for (const group of phaseGroups(map)) {
    lines.push(`  section ${phased ? PHASE_HEADINGS[group.phase ?? 'none'] : 'Journey'}`);
    for (const stage of group.stages) lines.push(`    ${label(stage.name)}: ${evidenceScore(stage)}: ${actors(stage)}`);
  }
  return mermaid(lines);
}

/** Whose gain is measured at the stage: the customer's, the business', or nobody's. */
function actors(stage: JourneyMapStage): string {
  const who = [...(stage.customerMetrics > 0 ? ['customer'] : []), ...(stage.businessMetrics > 0 ? ['business'] : [])];
  return who.length ? who.join(', ') : 'no metric';
}

function stageTable(map: JourneyMap): string {
  const phased = hasPhases(map);
  const rows = map.stages.map((stage) => [
    ...(phased ? [PHASE_HEADINGS[stage.phase ?? 'none']] : []),
    md(stage.name),
    stage.hypotheses.total ? [String(stage.hypotheses.total), ...statusWords(stage)].join(' · ') : '–',
    evidenceWords(stage).join(' · ') || '–',
    metricWords(stage).join(' · ') || '–',
    stage.touchpoints.map((touchpoint) => `${md(touchpoint.name)} ${touchpoint.hypotheses.length}`).join(' · ') || '–',
    stage.insights.length ? `${stage.insights.length} insight${stage.insights.length === 1 ? '' : 's'} · ${stage.decisions.length} decided` : '–',
    stage.flags.map((flag) => `⚠ ${FLAG_WORDS[flag]}`).join(' · '),
  ]);
  const headings = [...(phased ? ['Phase'] : []), 'Stage', 'Hypotheses', 'Evidence', 'Metrics', 'Touchpoints', 'Learned', 'Flags'];
  return table(headings, [], rows);
}
