// `hypo show --format json`: the record's data as written and its links, with every
// link key present for every kind (empty lists, null) so consumers get one shape.

import type { SkippedRecord } from '../model/skipped-records.js';
import type { Kind } from '../model/vocabulary.js';
import type { MetricView } from '../report/metric-view.js';
import type { EvidenceView, RecordLinks } from '../report/record-card.js';
import { toJson } from './json-text.js';

export interface ShowJson {
  id: string;
  /** null when the file does not say a known kind. */
  kind: Kind | null;
  /** Relative to the repository root, with forward slashes. */
  file: string;
  /** The mapping as in the file (x- keys included); null when the file could not be parsed. */
  record: Record<string, unknown> | null;
  links: RecordLinks;
  /** A valid hypothesis: its evidence as stated, else graded from its done experiments; null otherwise. */
  evidence: EvidenceView | null;
  /** A valid hypothesis: its metric, cpi, baseline, target (each as written and parsed) and the values measured, newest first; null otherwise. */
  metric: MetricView | null;
  /** Record files left out for errors: links from them are missing. */
  skipped: SkippedRecord[];
}

export function renderShowJson(view: ShowJson): string {
  const { id, kind, file, record, links, evidence, metric, skipped } = view;
  const output = {
    id,
    kind,
    file,
    record,
    links: {
      testedBy: links.testedBy,
      tests: links.tests,
      insights: links.insights,
      from: links.from,
      hypotheses: links.hypotheses,
      decision: links.decision,
      next: links.next,
      startedBy: links.startedBy,
    },
    evidence,
    metric,
    skipped,
  };
  return toJson(output);
}
