// `hypo next` on a folder: the ranking computed last time when nothing it was computed
// from changed, the files git tracks included when hypotheses name code (kept-result.ts);
// else computed, with the history walk run while the records parse.
import type { Env } from '../model/env.js';
import type { NextReport } from '../report/next-model.js';
import { hasArrays, type KeptResultAnswer, keptResult } from './kept-result.js';

export interface FolderNextOptions {
  /** The as-of day, resolved already (YYYY-MM-DD). */
  asOf: string;
  limit: number;
  today: Date;
  env: Env;
}

export function nextInFolder(cwd: string, options: FolderNextOptions): Promise<KeptResultAnswer<NextReport>> {
  const { asOf, limit, today, env } = options;
  return keptResult(cwd, {
    command: 'next',
    asked: [asOf, limit],
    keyable: true,
    today,
    env,
    isResult: (value): value is NextReport => hasArrays(value, ['next', 'warnings', 'skipped']) && typeof value.asOf === 'string',
    async compute(opened, looked) {
      const { readOpenedWithHistory } = await import('./history.js');
      const { nextTestsReading } = await import('./next-tests.js');
      const loaded = await readOpenedWithHistory(opened, env, looked);
      const { report, tracked } = await nextTestsReading(loaded.repository, { asOf, today, env, history: loaded, limit });
      return { result: report, lang: loaded.repository.config.lang, tracked };
    },
  });
}
