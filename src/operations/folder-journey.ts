// `hypo journey` on a folder: the map computed last time when nothing it was computed from
// changed (kept-result.ts), else computed, with the history walk run while the records parse.
import type { Env } from '../model/env.js';
import type { JourneyResult } from './build-journey.js';
import { hasArrays, type KeptResultAnswer, keptResult } from './kept-result.js';

export interface FolderJourneyOptions {
  /** The as-of day, resolved already (YYYY-MM-DD). */
  asOf: string;
  today: Date;
  env: Env;
}

export function journeyInFolder(cwd: string, options: FolderJourneyOptions): Promise<KeptResultAnswer<JourneyResult>> {
  const { asOf, today, env } = options;
  return keptResult(cwd, {
    command: 'journey',
    asked: [asOf],
    keyable: true,
    today,
    env,
    isResult: (value): value is JourneyResult => hasArrays(value, ['warnings']) && typeof value.journey === 'object' && value.journey !== null,
    async compute(opened, looked) {
      const { readOpenedWithHistory } = await import('./history.js');
      const { buildJourney } = await import('./build-journey.js');
      const loaded = await readOpenedWithHistory(opened, env, looked);
      const result = await buildJourney(loaded.repository, { asOf, today, env, history: loaded });
      return { result, lang: loaded.repository.config.lang };
    },
  });
}
