// `hypo trend` on a folder: the trend computed last time when nothing it was computed from
// changed, the files git tracks included when records name code (kept-result.ts); else
// computed, with the history walk run while the records parse.
import type { Env } from '../model/env.js';
import type { Trend } from '../report/trend.js';
import { hasArrays, type KeptResultAnswer, keptResult } from './kept-result.js';

export interface FolderTrendOptions {
  /** How many periods; default: the trend's own. */
  periods?: number;
  /** The as-of day, resolved already (YYYY-MM-DD). */
  asOf: string;
  today: Date;
  env: Env;
}

export function trendInFolder(cwd: string, options: FolderTrendOptions): Promise<KeptResultAnswer<Trend>> {
  const { periods, asOf, today, env } = options;
  return keptResult(cwd, {
    command: 'trend',
    asked: [periods ?? null, asOf],
    keyable: true,
    today,
    env,
    isResult: (value): value is Trend => hasArrays(value, ['periods', 'skipped', 'warnings']) && typeof value.asOf === 'string',
    async compute(opened, looked) {
      const { readOpenedWithHistory } = await import('./history.js');
      const { buildTrendReading } = await import('./build-trend.js');
      const loaded = await readOpenedWithHistory(opened, env, looked);
      const { trend, tracked } = await buildTrendReading(loaded.repository, { periods, asOf, today, env, history: loaded });
      return { result: trend, lang: loaded.repository.config.lang, tracked };
    },
  });
}
