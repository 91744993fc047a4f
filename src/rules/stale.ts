// Stale assumptions: what CI flags so that beliefs do not sit untested and reviews
// and experiments do not run past their dates. Pure: dates come in as data.

import { daysBetween } from '../model/dates.js';
import type { RecordGraph } from '../model/graph.js';
import type { HypoRecord } from '../model/schemas.js';
import { locate, type PackedSourceMap, type SourceMap } from '../model/source-map.js';
import type { Kind } from '../model/vocabulary.js';

export const STALE_REASONS = ['untested', 'review-overdue', 'experiment-overdue', 'testing-without-experiment', 'experiment-without-insight'] as const;
export type StaleReason = (typeof STALE_REASONS)[number];

export interface StaleFinding {
  id: string;
  kind: Kind;
  file: string;
  /** The line of the field the finding is about (`status:`, `review_by:`, `end:`). */
  line: number;
  reason: StaleReason;
  /** The record's age in days. */
  ageDays: number;
  message: string;
}

/**
 * What a finding's message states, as data, so that a renderer can say it in any language.
 * Kept beside the finding and never part of it: the finding is the JSON and the library's
 * answer, and those stay as they are.
 */
export interface StaleFacts {
  /** untested: the record's age; the overdue ones: days past the date; experiment-without-insight: days since done. */
  days?: number;
  /** The date the finding counts from: the review_by, the experiment's end. */
  date?: string;
  /** The limit passed (stale_after_days, or --days). */
  limit?: number;
}

/** A finding with its facts: what the renderers of `hypo stale` get. */
export interface StaleFindingWithFacts extends StaleFinding {
  facts: StaleFacts;
}

/** The finding as JSON prints it and the library returns it: its facts left out, its keys in their order. */
export function withoutFacts({ facts: _facts, ...finding }: StaleFindingWithFacts): StaleFinding {
  return finding;
}

export interface StaleFile {
  id: string;
  file: string;
  record?: HypoRecord;
  sourceMap?: SourceMap | PackedSourceMap;
}

export interface StaleOptions {
  asOf: string;
  /** An open hypothesis older than this is untested for too long. */
  days: number;
  /** Age in days by file. */
  ageOf: (file: string) => number;
}

export function findStaleRecords(files: readonly StaleFile[], graph: RecordGraph, options: StaleOptions): StaleFindingWithFacts[] {
  const findings: StaleFindingWithFacts[] = [];
  for (const loaded of files) {
    const record = loaded.record;
    // Only the record the graph holds for an id: a duplicate is check's business.
    if (!record || graph.records.get(loaded.id)?.file !== loaded.file) continue;
    const ageDays = options.ageOf(loaded.file);
    const add = (reason: StaleReason, field: string, message: string, facts: StaleFacts = {}) =>
      findings.push({ id: loaded.id, kind: record.kind, file: loaded.file, line: locate(loaded.sourceMap, [field])[0], reason, ageDays, message, facts });

    if (record.kind === 'hypothesis' && record.status === 'open' && ageDays > options.days) {
      add('untested', 'status', `open and untested for ${ageDays} days (stale after ${options.days}): test it, or retire it`, {
        days: ageDays,
        limit: options.days,
      });
    }
    if (record.review_by && record.review_by < options.asOf) {
      const overdue = daysBetween(record.review_by, options.asOf);
      add('review-overdue', 'review_by', `review was due ${record.review_by}, ${overdue} ${overdue === 1 ? 'day' : 'days'} ago`, {
        days: overdue,
        date: record.review_by,
      });
    }
    if (record.kind === 'experiment' && record.status === 'running' && record.end && record.end < options.asOf) {
      const overdue = daysBetween(record.end, options.asOf);
      add('experiment-overdue', 'end', `still running ${overdue} days after its end ${record.end}: finish it with a result`, {
        days: overdue,
        date: record.end,
      });
    }
    if (record.kind === 'hypothesis' && record.status === 'testing') {
      const underway = (graph.testedBy.get(loaded.id) ?? []).some((experimentId) => {
        const experiment = graph.records.get(experimentId)?.record;
        return experiment?.kind === 'experiment' && (experiment.status === 'planned' || experiment.status === 'running');
      });
      if (!underway) add('testing-without-experiment', 'status', 'marked testing, but no planned or running experiment tests it');
    }
    // What was learned goes unwritten: counted from the experiment's end, else from the record's age.
    if (record.kind === 'experiment' && record.status === 'done' && (graph.insightsFrom.get(loaded.id) ?? []).length === 0) {
      const ended = record.end !== undefined && record.end <= options.asOf ? record.end : undefined;
      const since = ended ? daysBetween(ended, options.asOf) : ageDays;
      if (since > options.days) {
        const when = ended ? `done since ${ended}, ${since} days ago` : `done, ${since} days old`;
        add('experiment-without-insight', 'status', `${when} (stale after ${options.days}), and no insight draws on it: write down what was learned`, {
          days: since,
          limit: options.days,
          ...(ended ? { date: ended } : {}),
        });
      }
    }
  }
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
