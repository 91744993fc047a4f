// `hypo acted` on a folder: the decisions judged last time when nothing they were judged
// from changed, the files git tracks included (kept-result.ts); else judged again, the
// records read while git walks the commits. `--since` a git ref is judged and never kept:
// the ref may move without HEAD moving.
import { isCalendarDate } from '../model/dates.js';
import type { ActedReport } from '../report/acted-model.js';
import { ACTED_KEPT_FORM } from './acted-kept-form.js';
import { type FolderDay, hasArrays, type KeptResultAnswer, keptResult } from './kept-result.js';

export interface FolderActedOptions extends FolderDay {
  /** Only decisions on or after this day: `YYYY-MM-DD`, or a git ref whose commit day it is. */
  since?: string;
}

export function actedInFolder(cwd: string, options: FolderActedOptions): Promise<KeptResultAnswer<ActedReport>> {
  const { asOf, since, today, env } = options;
  return keptResult(cwd, {
    command: 'acted',
    asked: [asOf, since ?? null],
    keyable: since === undefined || isCalendarDate(since),
    today,
    env,
    form: ACTED_KEPT_FORM,
    isResult: (value): value is ActedReport => hasArrays(value, ['decisions', 'warnings', 'skipped']) && typeof value.asOf === 'string',
    async compute(opened, looked) {
      const { actedOnOpened } = await import('./acted.js');
      const { repository, report, tracked } = await actedOnOpened(opened, { asOf, today, env, ...(since === undefined ? {} : { since }) }, looked);
      return { result: report, lang: repository.config.lang, tracked };
    },
  });
}
