// What a stale finding says, in a language: written from the finding's reason and facts.
// In English it is word for word the finding's `message` (what the JSON keeps), so the
// text and the annotations say what they always said.
import type { StaleFindingWithFacts } from '../rules/stale.js';
import { messages, type Translator } from './messages/index.js';

const EN = messages('en');

export function staleMessage(finding: StaleFindingWithFacts, t: Translator = EN): string {
  const { days = finding.ageDays, date = '', limit = 0 } = finding.facts;
  const params = { n: days, date: date && t.date(date), limit };
  switch (finding.reason) {
    case 'untested':
      return t('stale.untested', params);
    case 'review-overdue':
      return t('stale.reviewOverdue', params);
    case 'experiment-overdue':
      return t('stale.experimentOverdue', params);
    case 'testing-without-experiment':
      return t('stale.testingWithoutExperiment');
    case 'experiment-without-insight':
      return t(finding.facts.date ? 'stale.withoutInsightSince' : 'stale.withoutInsightAge', params);
  }
}
