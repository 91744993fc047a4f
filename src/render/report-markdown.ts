// Placeholder: the markdown rendering of the learning-loop report.
import type { LearningLoopReport } from '../report/loop-model.js';


export function renderReportMarkdown(report: LearningLoopReport): string {
  return `${JSON.stringify(report.period)}\n`;
}
