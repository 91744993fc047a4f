// `hypo journey --format text`: the journey map in an 80-column terminal. The stages in
// order under their phase, each with its flags beside its name, then a line each for the
// hypotheses, their evidence, the metrics, the touchpoints and what was learned.
import type { JourneyMap, JourneyMapStage } from '../report/journey-model.js';
import { evidenceWords, FLAG_WORDS, hasPhases, metricWords, missingPhasesWords, PHASE_HEADINGS, phaseGroups, statusWords } from './journey-words.js';
import type { Painter } from './painter.js';
import { fitLine, type Part, packParts, wrapText } from './text-layout.js';

const STAGE = '  ';
const DETAIL = '    ';
const LABEL_WIDTH = 13;

export function renderJourneyText(map: JourneyMap, paint: Painter): string {
  const lines = [paint.bold(`Journey map as of ${map.asOf}`)];
  const missing = missingPhasesWords(map);
  if (missing) lines.push(...wrapText(`⚠ ${missing}`, '').map(paint.warning));
  if (map.stages.length === 0) {
    lines.push('', fitLine('no journey stages: list them under journey in hypo.config.yaml', STAGE, paint.dim));
    return `${lines.join('\n')}\n`;
  }
  const phased = hasPhases(map);
  for (const group of phaseGroups(map)) {
    lines.push('');
    if (phased) lines.push(paint.bold(PHASE_HEADINGS[group.phase ?? 'none']));
    for (const stage of group.stages) lines.push(...stageLines(stage, paint));
  }
  return `${lines.join('\n')}\n`;
}

function stageLines(stage: JourneyMapStage, paint: Painter): string[] {
  const name = fitLine(stage.name, STAGE, paint.bold);
  const flags = stage.flags.length ? packParts([{ text: `⚠ ${stage.flags.map((flag) => FLAG_WORDS[flag]).join(' · ')}`, paint: paint.warning }], DETAIL) : [];
  const none = [{ text: '–', paint: paint.dim }];
  const statuses = statusWords(stage).map((text) => ({ text }));
  const evidence = evidenceWords(stage).map((text) => ({ text }));
  const metrics = metricWords(stage).map((text) => ({ text }));
  const touchpoints = stage.touchpoints.map((touchpoint) => ({ text: `${touchpoint.name} ${touchpoint.hypotheses.length}` }));
  const learned = stage.insights.length
    ? [{ text: `${stage.insights.length} insight${stage.insights.length === 1 ? '' : 's'}` }, { text: `${stage.decisions.length} decided` }]
    : [];
  return [
    name,
    ...flags,
    ...labelled('hypotheses', stage.hypotheses.total ? [{ text: String(stage.hypotheses.total) }, ...statuses] : none, paint),
    ...labelled('evidence', evidence.length ? evidence : none, paint),
    ...labelled('metrics', metrics.length ? metrics : none, paint),
    ...(touchpoints.length ? labelled('touchpoints', touchpoints, paint) : []),
    ...labelled('learned', learned.length ? learned : none, paint),
  ];
}

/** A dim label, then the parts packed beside it; lines after the first line up under the first part. */
function labelled(label: string, parts: readonly Part[], paint: Painter): string[] {
  const under = DETAIL + ' '.repeat(LABEL_WIDTH);
  const [first, ...rest] = packParts(parts, under);
  if (first === undefined) return [];
  return [DETAIL + paint.dim(label.padEnd(LABEL_WIDTH)) + first.slice(under.length), ...rest];
}
