// `hypo stale` on a folder: the findings computed last time when nothing they were
// computed from changed (kept-result.ts), else computed, with the history walk run while
// the records parse.
import type { Env } from '../model/env.js';
import type { StaleReportWithFacts } from '../report/stale-report.js';
import { hasArrays, type KeptResultAnswer, keptResult } from './kept-result.js';

export interface FolderStaleOptions {
  /** The as-of day, resolved already (YYYY-MM-DD). */
  asOf: string;
  /** Days without a test before an assumption is stale; default: the config's. */
  days?: number;
  today: Date;
  env: Env;
}

export function staleInFolder(cwd: string, options: FolderStaleOptions): Promise<KeptResultAnswer<StaleReportWithFacts>> {
  const { asOf, days, today, env } = options;
  return keptResult(cwd, {
    command: 'stale',
    asked: [asOf, days ?? null],
    keyable: true,
    today,
    env,
    isResult: (value): value is StaleReportWithFacts => hasArrays(value, ['stale', 'warnings', 'skipped']) && typeof value.asOf === 'string',
    async compute(opened, looked) {
      const { readOpenedWithHistory } = await import('./history.js');
      const { staleFindings } = await import('./stale-findings.js');
      const loaded = await readOpenedWithHistory(opened, env, looked);
      const report = await staleFindings(loaded.repository, { asOf, today, env, history: loaded, ...(days === undefined ? {} : { days }) });
      return { result: report, lang: loaded.repository.config.lang };
    },
  });
}
