// `hypo stale`, `next`, `journey` and `trend` on a folder: each the result computed last
// time when nothing it was computed from changed (kept-result.ts, decision 0011), else
// computed, with the history walk run while the records parse. Each question names the
// options that change its result; the files git tracks are part of the key where the
// result matched `code:` globs.

import type { NextReport } from '../report/next-model.js';
import type { StaleReportWithFacts } from '../report/stale-report.js';
import type { Trend } from '../report/trend.js';
import type { JourneyResult } from './build-journey.js';
import { type FolderDay, hasArrays, type KeptResultAnswer, keptWithHistory } from './kept-result.js';

/** `days`: without a test before an assumption is stale; default: the config's. */
export function staleInFolder(cwd: string, options: FolderDay & { days?: number }): Promise<KeptResultAnswer<StaleReportWithFacts>> {
  const { asOf, days, today, env } = options;
  return keptWithHistory(
    cwd,
    {
      command: 'stale',
      asked: [asOf, days ?? null],
      keyable: true,
      today,
      env,
      isResult: (value): value is StaleReportWithFacts => hasArrays(value, ['stale', 'warnings', 'skipped']) && typeof value.asOf === 'string',
    },
    async (loaded) => {
      const { staleFindings } = await import('./stale-findings.js');
      return { result: await staleFindings(loaded.repository, { asOf, today, env, history: loaded, ...(days === undefined ? {} : { days }) }) };
    },
  );
}

export function nextInFolder(cwd: string, options: FolderDay & { limit: number }): Promise<KeptResultAnswer<NextReport>> {
  const { asOf, limit, today, env } = options;
  return keptWithHistory(
    cwd,
    {
      command: 'next',
      asked: [asOf, limit],
      keyable: true,
      today,
      env,
      isResult: (value): value is NextReport => hasArrays(value, ['next', 'warnings', 'skipped']) && typeof value.asOf === 'string',
    },
    async (loaded) => {
      const { nextTestsReading } = await import('./next-tests.js');
      const { report, tracked } = await nextTestsReading(loaded.repository, { asOf, today, env, history: loaded, limit });
      return { result: report, tracked };
    },
  );
}

export function journeyInFolder(cwd: string, options: FolderDay): Promise<KeptResultAnswer<JourneyResult>> {
  const { asOf, today, env } = options;
  return keptWithHistory(
    cwd,
    {
      command: 'journey',
      asked: [asOf],
      keyable: true,
      today,
      env,
      isResult: (value): value is JourneyResult => hasArrays(value, ['warnings']) && typeof value.journey === 'object' && value.journey !== null,
    },
    async (loaded) => {
      const { buildJourney } = await import('./build-journey.js');
      return { result: await buildJourney(loaded.repository, { asOf, today, env, history: loaded }) };
    },
  );
}

/** `periods`: how many; default: the trend's own. */
export function trendInFolder(cwd: string, options: FolderDay & { periods?: number }): Promise<KeptResultAnswer<Trend>> {
  const { periods, asOf, today, env } = options;
  return keptWithHistory(
    cwd,
    {
      command: 'trend',
      asked: [periods ?? null, asOf],
      keyable: true,
      today,
      env,
      isResult: (value): value is Trend => hasArrays(value, ['periods', 'skipped', 'warnings']) && typeof value.asOf === 'string',
    },
    async (loaded) => {
      const { buildTrendReading } = await import('./build-trend.js');
      const { trend, tracked } = await buildTrendReading(loaded.repository, { periods, asOf, today, env, history: loaded });
      return { result: trend, tracked };
    },
  );
}
