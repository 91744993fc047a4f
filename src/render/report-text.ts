// Placeholder: the text rendering of the learning-loop report.
import type { LearningLoopReport } from '../report/loop-model.js';
import type { Painter } from './painter.js';

export function renderReportText(report: LearningLoopReport, _paint: Painter): string {
  return `${JSON.stringify(report.period)}\n`;
}
