// What to test next, as data: what the report's Test next section holds and, with each
// reason and why written out in English, what `hypo next --format json` prints (`asOf`,
// `next`, `skipped`). A reason is a message key and its params, never a sentence: each
// renderer writes it in the reader's language. Types only.
import type { SkippedRecord } from '../model/skipped-records.js';
import type { EvidenceLevel, ExperimentStatus, Importance, Observes } from '../model/vocabulary.js';

/** Why a hypothesis ranks where it does: one message of the `next.reason.` keys, with what it says. */
export type NextReason =
  | {
      key: 'next.reason.evidence';
      params: {
        /** Null: not stated, ranked as medium. */
        importance: Importance | null;
        evidence: EvidenceLevel;
        /** Where the evidence comes from: the record states it, the done experiments grade it, or neither (none). */
        source: 'stated' | 'experiments' | 'none';
        /** Done experiments testing it. */
        done: number;
        /** Its last test was inconclusive. */
        inconclusive: boolean;
      };
    }
  | { key: 'next.reason.untested'; params: { days: number; staleAfter: number } }
  | { key: 'next.reason.reviewDue'; params: { day: string } }
  | { key: 'next.reason.overdue'; params: { id: string; status: ExperimentStatus; days: number; end: string } }
  | { key: 'next.reason.notStarted'; params: { id: string } }
  | { key: 'next.reason.guessing'; params: { stage: string } }
  | { key: 'next.reason.code'; params: { files: number; code: string[] } }
  | { key: 'next.reason.undecided'; params: { insights: string[] } };

/** Why a method is the one to try: one message of the `next.why.` keys. */
export type NextWhy =
  | {
      key: 'next.why.cheapest';
      params: { from: EvidenceLevel; to: EvidenceLevel; observes: Observes; cost: number; days: number; participants: number | null };
    }
  | { key: 'next.why.runPlanned'; params: { id: string } }
  | { key: 'next.why.asked'; params: Record<string, never> };

/** Every message key of what to test next: the catalogues (render/messages/next-*.ts) cover each. */
export type NextMessageKey = NextReason['key'] | NextWhy['key'];

export interface SuggestedMethod {
  method: string;
  why: NextWhy;
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
  reasons: NextReason[];
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
