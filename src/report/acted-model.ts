// Did the team act on its decisions, as data: what `hypo acted --format json` prints
// (`asOf`, `decisions`, `skipped`). Types only.
import type { SkippedRecord } from '../model/skipped-records.js';
import type { ActedState, DecisionAction } from '../model/vocabulary.js';

// A word list of the model, like the statuses, so that the CLI's completions can name the states too.
export { ACTED_STATES, type ActedState } from '../model/vocabulary.js';

/** In the order the report's loop health counts them: from done to stuck, then the ones hypo cannot judge. */
export const ACTED_ON_ORDER: readonly ActedState[] = ['acted', 'not-yet', 'overdue', 'code-remains', 'no-code-link'];

export interface FirstCommit {
  sha: string;
  /** The commit's day, YYYY-MM-DD, in its author's calendar. */
  date: string;
  subject: string;
}

export interface ActedDecision {
  /** The insight that holds the decision. */
  id: string;
  title: string;
  action: DecisionAction;
  /** The decision's day, YYYY-MM-DD. */
  date: string;
  state: ActedState;
  /** The first commit about the decision on or after its day; null when there is none. */
  firstCommit: FirstCommit | null;
  /** Days from the decision to that commit; null without one. */
  days: number | null;
  /** For `code-remains`: the tracked files its code globs still match. Empty otherwise. */
  files: string[];
  /** Where the `decision:` line is, for annotations: the insight's file, relative to the repository root. */
  file: string;
  line: number;
}

export interface ActedReport {
  asOf: string;
  /** The config's act_within_days the states were judged with. */
  actWithinDays: number;
  /** Oldest decision first. */
  decisions: ActedDecision[];
  warnings: string[];
  skipped: SkippedRecord[];
}
