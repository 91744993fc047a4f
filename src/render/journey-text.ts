// `hypo journey --format text`: the journey map in an 80-column terminal. The stages in
// order under their phase, each with its flags beside its name, then a line each for the
// hypotheses, their evidence, the metrics, the touchpoints and what was learned.
import type { JourneyMap, JourneyMapStage } from '../report/journey-model.js';
import { evidenceWords, flagWords, hasPhases, metricWords, missingPhasesWords, phaseGroups, phaseHeading, statusWords } from './journey-words.js';
import { type MessageKey, messages, type Translator } from './messages/index.js';
import type { Painter } from './painter.js';
import { fitLine, type Part, packParts, wrapText } from './text-layout.js';

const STAGE = '  ';
const DETAIL = '    ';
/** At least this wide, so that English lines up as it always has; wider for a language with longer labels. */
const MIN_LABEL_WIDTH = 13;
const LABELS: readonly MessageKey[] = [
  'journeyCmd.label.hypotheses',
  'journeyCmd.label.evidence',
  'journeyCmd.label.metrics',
  'journeyCmd.label.touchpoints',
  'journeyCmd.label.learned',
];

export function renderJourneyText(map: JourneyMap, paint: Painter, t: Translator = messages('en')): string {
  const lines = [paint.bold(t('journeyCmd.title', { day: t.date(map.asOf) }))];
  const missing = missingPhasesWords(map, t);
  if (missing) lines.push(...wrapText(`⚠ ${missing}`, '').map(paint.warning));
  if (map.stages.length === 0) {
    lines.push('', fitLine(t('journeyCmd.noStagesText'), STAGE, paint.dim));
    return `${lines.join('\n')}\n`;
  }
  const phased = hasPhases(map);
  const width = Math.max(MIN_LABEL_WIDTH, ...LABELS.map((key) => t(key).length + 2));
  for (const group of phaseGroups(map)) {
    lines.push('');
    if (phased) lines.push(paint.bold(phaseHeading(group.phase ?? 'none', t)));
    for (const stage of group.stages) lines.push(...stageLines(stage, paint, t, width));
  }
  return `${lines.join('\n')}\n`;
}

function stageLines(stage: JourneyMapStage, paint: Painter, t: Translator, width: number): string[] {
  const name = fitLine(stage.name, STAGE, paint.bold);
  const flags = stage.flags.length ? packParts([{ text: `⚠ ${stage.flags.map((flag) => flagWords(flag, t)).join(' · ')}`, paint: paint.warning }], DETAIL) : [];
  const none = [{ text: '–', paint: paint.dim }];
  const statuses = statusWords(stage, t).map((text) => ({ text }));
  const evidence = evidenceWords(stage, t).map((text) => ({ text }));
  const metrics = metricWords(stage, t).map((text) => ({ text }));
  const touchpoints = stage.touchpoints.map((touchpoint) => ({ text: `${touchpoint.name} ${touchpoint.hypotheses.length}` }));
  const learned = stage.insights.length
    ? [{ text: t('count.insights', { n: stage.insights.length }) }, { text: t('journey.decided', { n: stage.decisions.length }) }]
    : [];
  return [
    name,
    ...flags,
    ...labelled(t('journeyCmd.label.hypotheses'), stage.hypotheses.total ? [{ text: String(stage.hypotheses.total) }, ...statuses] : none, paint, width),
    ...labelled(t('journeyCmd.label.evidence'), evidence.length ? evidence : none, paint, width),
    ...labelled(t('journeyCmd.label.metrics'), metrics.length ? metrics : none, paint, width),
    ...(touchpoints.length ? labelled(t('journeyCmd.label.touchpoints'), touchpoints, paint, width) : []),
    ...labelled(t('journeyCmd.label.learned'), learned.length ? learned : none, paint, width),
  ];
}

/** A dim label, then the parts packed beside it; lines after the first line up under the first part. */
function labelled(label: string, parts: readonly Part[], paint: Painter, width: number): string[] {
  const under = DETAIL + ' '.repeat(width);
  const [first, ...rest] = packParts(parts, under);
  if (first === undefined) return [];
  return [DETAIL + paint.dim(label.padEnd(width)) + first.slice(under.length), ...rest];
}
