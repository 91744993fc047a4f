// A warning in the reader's language. Below the renderers a warning is its English text
// (the JSON and the library API say it so); its notice is read back from that text and
// written from the catalogue, the days the language's way. A text that is no notice of
// hypo's is shown as it is.
import { DAY_PARAMS, type Notice, readNotice } from '../model/notice.js';
import { type SkippedHow, skippedNotice } from '../model/skipped-records.js';
import { messages, type Translator } from './messages/index.js';

const EN = messages('en');

/** A notice in a language: in English exactly its English text, days as ISO; in Swedish `12 okt 2026`. */
export function noticeIn(notice: Notice, t: Translator = EN): string {
  const params = Object.fromEntries(Object.entries(notice.params).map(([name, value]) => [name, DAY_PARAMS.includes(name) ? t.date(String(value)) : value]));
  return t(notice.key, params);
}

/** A warning of a command (its English text) in a language. */
export function warningIn(warning: string, t: Translator = EN): string {
  const notice = readNotice(warning);
  return notice ? noticeIn(notice, t) : warning;
}

/** The records left out (or listed with errors) in a language; undefined when there are none. */
export function skippedIn(skipped: Parameters<typeof skippedNotice>[0], t: Translator = EN, how: SkippedHow = 'leftOut'): string | undefined {
  const notice = skippedNotice(skipped, how);
  return notice && noticeIn(notice, t);
}
