// `hypo journey --format markdown`: the journey map for a pull-request comment or a wiki
// page. A mermaid `journey` diagram (a section per phase, a task per stage, scored by the
// evidence of its best-known hypothesis, its actors whose gain is measured there) and a
// table of the same stages. Stage and touchpoint names come from the config and records and
// may hold anything: they go through escapeMarkdown in the table and mermaidText in the diagram.
import type { JourneyMap, JourneyMapStage } from '../report/journey-model.js';
import {
  evidenceScore,
  evidenceWords,
  flagWords,
  hasPhases,
  metricWords,
  missingPhasesWords,
  phaseGroups,
  phaseHeading,
  statusWords,
} from './journey-words.js';
import { mermaid, table } from './markdown-blocks.js';
import { escapeMarkdown as md, mermaidText } from './markdown-escape.js';
import { messages, type Translator } from './messages/index.js';

const LABEL_WIDTH = 40;

export function renderJourneyMarkdown(map: JourneyMap, t: Translator = messages('en')): string {
  const missing = missingPhasesWords(map, t);
  const blocks = [`# ${t('journeyCmd.eyebrow')}`, t('journeyCmd.asOf', { day: md(t.date(map.asOf)) }), ...(missing ? [`> ⚠ ${md(missing)}`] : [])];
  if (map.stages.length === 0) blocks.push(`_${t('journeyCmd.noStagesMarkdown')}_`);
  else blocks.push(diagram(map, t), stageTable(map, t));
  return `${blocks.join('\n\n')}\n`;
}

/**
 * In mermaid's journey syntax a `:` ends a task's name and `#` or `;` ends the line: a label
 * keeps none of them (mermaidText already drops the last two), and is never empty.
 */
function label(text: string): string {
  return mermaidText(text, LABEL_WIDTH).replace(/:/g, ' ').replace(/\s+/g, ' ').trim() || 'unnamed';
}

function diagram(map: JourneyMap, t: Translator): string {
  const phased = hasPhases(map);
  const lines = ['journey', `  title ${label(t('journeyCmd.diagramTitle', { day: t.date(map.asOf) }))}`];
  for (const group of phaseGroups(map)) {
    lines.push(`  section ${label(phased ? phaseHeading(group.phase ?? 'none', t) : t('journeyCmd.section'))}`);
    for (const stage of group.stages) lines.push(`    ${label(stage.name)}: ${evidenceScore(stage)}: ${actors(stage, t)}`);
  }
  return mermaid(lines);
}

/** Whose gain is measured at the stage: the customer's, the business', or nobody's. */
function actors(stage: JourneyMapStage, t: Translator): string {
  const who = [...(stage.customerMetrics > 0 ? [t('journeyCmd.actor.customer')] : []), ...(stage.businessMetrics > 0 ? [t('journeyCmd.actor.business')] : [])];
  return label(who.length ? who.join(', ') : t('journeyCmd.actor.none'));
}

function stageTable(map: JourneyMap, t: Translator): string {
  const phased = hasPhases(map);
  const rows = map.stages.map((stage) => [
    ...(phased ? [phaseHeading(stage.phase ?? 'none', t)] : []),
    md(stage.name),
    stage.hypotheses.total ? [String(stage.hypotheses.total), ...statusWords(stage, t)].join(' · ') : '–',
    evidenceWords(stage, t).join(' · ') || '–',
    metricWords(stage, t).join(' · ') || '–',
    stage.touchpoints.map((touchpoint) => `${md(touchpoint.name)} ${touchpoint.hypotheses.length}`).join(' · ') || '–',
    stage.insights.length ? `${t('count.insights', { n: stage.insights.length })} · ${t('journey.decided', { n: stage.decisions.length })}` : '–',
    stage.flags.map((flag) => `⚠ ${flagWords(flag, t)}`).join(' · '),
  ]);
  const headings = [
    ...(phased ? [t('journeyCmd.col.phase')] : []),
    t('journeyCmd.col.stage'),
    t('journey.row.hypotheses'),
    t('journey.row.evidence'),
    t('journey.row.metrics'),
    t('journey.row.touchpoints'),
    t('journey.row.learned'),
    t('journeyCmd.col.flags'),
  ];
  return table(headings, [], rows);
}
