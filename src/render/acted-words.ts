// What each state of `hypo acted` means, in the words every format uses, in a language.
import type { ActedState } from '../report/acted-model.js';
import { type MessageKey, messages, type Translator } from './messages/index.js';

const TITLE_KEYS: Record<ActedState, MessageKey> = {
  overdue: 'acted.title.overdue',
  'code-remains': 'acted.title.code-remains',
  'not-yet': 'acted.title.not-yet',
  'no-code-link': 'acted.title.no-code-link',
  acted: 'acted.title.acted',
};

const WHY_KEYS: Record<ActedState, MessageKey> = {
  overdue: 'acted.why.overdue',
  'code-remains': 'acted.why.code-remains',
  'not-yet': 'acted.why.not-yet',
  'no-code-link': 'acted.why.no-code-link',
  acted: 'acted.why.acted',
};

export function stateHeading(state: ActedState, actWithinDays: number, t: Translator = messages('en')): { title: string; why: string } {
  return { title: t(TITLE_KEYS[state]), why: t(WHY_KEYS[state], { n: actWithinDays }) };
}
