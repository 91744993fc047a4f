// When things happened, for the report: the dates written in the records, falling
// back to git (the commit that added a file, the last one that changed it), and
// for work not committed yet, the day the report is made.
import type { Experiment, Hypothesis, Insight } from '../model/schemas.js';

export interface FileDates {
  /** Day of the commit that added the file, `YYYY-MM-DD`. */
  added?: string;
  /** Day of the last commit that changed it. */
  changed?: string;
}

export interface RecordDates {
  hypothesisStart(hypothesis: Hypothesis, file: string): string;
  experimentStart(experiment: Experiment, file: string): string;
  /** When a done experiment ended: `end`, else when it was last changed (marked done). */
  experimentEnd(experiment: Experiment, file: string): string;
  insightDate(insight: Insight, file: string): string;
  /** When the decision was taken: its `date`, else when the insight was last changed. */
  decisionDate(insight: Insight, file: string): string;
}

export function recordDates(datesOf: (file: string) => FileDates, today: string): RecordDates {
  const added = (file: string) => datesOf(file).added ?? today;
  const changed = (file: string) => datesOf(file).changed ?? today;
  return {
    hypothesisStart: (hypothesis, file) => hypothesis.created ?? added(file),
    experimentStart: (experiment, file) => experiment.start ?? experiment.created ?? added(file),
    experimentEnd: (experiment, file) => experiment.end ?? changed(file),
    insightDate: (insight, file) => insight.date ?? insight.created ?? added(file),
    decisionDate: (insight, file) => insight.decision?.date ?? changed(file),
  };
}
