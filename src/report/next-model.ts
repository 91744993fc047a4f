// What to test next, as data: what `hypo next --format json` prints (`asOf`, `next`,
// `skipped`) and the report's Test next section holds. Types only.
import type { SkippedRecord } from '../model/skipped-records.js';
import type { EvidenceLevel, Importance } from '../model/vocabulary.js';

export interface SuggestedMethod {
  method: string;
  why: string;
}

export interface NextItem {
  id: string;
  title: string;
  score: number;
  /** As stated; null when the record states none (ranked as medium). */
  importance: Importance | null;
  /** Stated in the record, else graded from its done experiments. */
  evidence: EvidenceLevel;
  /** Why it ranks where it does, the weightiest first. */
  reasons: string[];
  /** Null only when no method in the catalogue gives more evidence than it has. */
  suggested: SuggestedMethod | null;
}

export interface NextReport {
  asOf: string;
  next: NextItem[];
  /** Why the ranking may be off: no git, a shallow clone. Printed on stderr, not in the JSON. */
  warnings: string[];
  skipped: SkippedRecord[];
}
