// The translator of the human-readable output: `messages(lang)` gives `t(key, params)`,
// which picks the plural form by `{n}` and fills the `{placeholders}`, and `t.day(iso)`,
// which writes a day the language's way (`12 Oct 2026`, `12 okt 2026`).
import type { Lang } from '../../model/lang.js';
import type { Message } from './catalogue.js';
import { EN, type MessageKey } from './en.js';
import { SV } from './sv.js';
import type { WordList } from './words-en.js';

export type { Lang } from '../../model/lang.js';
export type { MessageKey } from './en.js';
export type { WordList } from './words-en.js';

export const CATALOGUES: Record<Lang, Record<MessageKey, Message>> = { en: EN, sv: SV };

export type Params = Readonly<Record<string, string | number>>;

export interface Translator {
  (key: MessageKey, params?: Params): string;
  readonly lang: Lang;
  /** `2026-10-12` → `12 Oct 2026` / `12 okt 2026`; without the year when `withYear` is false. */
  day(iso: string, withYear?: boolean): string;
  /** A day in running text: as written (ISO) in English, as it always was; the language's way otherwise (`12 okt 2026`). */
  date(iso: string): string;
  /** The first letter upper case, for a message that starts a sentence. */
  sentence(key: MessageKey, params?: Params): string;
  /**
   * A word of a closed list as the language says it: `word('status', 'open')` is `open`
   * in English, `öppen` in Swedish. A word the list does not hold (a method the config
   * adds) is shown as written.
   */
  word(list: WordList, value: string): string;
  /** A number as the language writes it: `1.5` in English, `1,5` in Swedish. */
  number(value: number): string;
  /** A share as a whole percentage: 0.666 → `67%` in English, `67 %` in Swedish. */
  percent(share: number): string;
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
};

/** A day in a language, the same on every machine: no locale lookup, so no ICU data decides it. */
export function formatDay(iso: string, lang: Lang, withYear = true): string {
  const [year, month, date] = iso.split('-');
  return `${Number(date)} ${MONTHS[lang][Number(month) - 1] ?? month} ${withYear ? year : ''}`.trim();
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const translators = new Map<Lang, Translator>();

export function messages(lang: Lang): Translator {
  const known = translators.get(lang);
  if (known) return known;
  const catalogue = CATALOGUES[lang];
  const rules = new Intl.PluralRules(lang);
  const number = (value: number) => (lang === 'sv' ? String(value).replace('.', ',').replace('-', '−') : String(value));
  // A number given as a param is written the language's way: a score of 2.6 reads "2,6" in Swedish.
  const param = (value: string | number) => (typeof value === 'number' ? number(value) : value);
  const t = ((key: MessageKey, params: Params = {}) => {
    const message = catalogue[key];
    const text = typeof message === 'string' ? message : rules.select(Number(params.n ?? 0)) === 'one' ? message.one : message.other;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? param(params[name]!) : whole));
  }) as Translator;
  Object.assign(t, {
    lang,
    day: (iso: string, withYear = true) => formatDay(iso, lang, withYear),
    date: (iso: string) => (lang === 'en' ? iso : formatDay(iso, lang)),
    sentence: (key: MessageKey, params?: Params) => capitalise(t(key, params)),
    number,
    percent: (share: number) => `${Math.round(share * 100)}${lang === 'sv' ? ' %' : '%'}`,
    word: (list: WordList, value: string) => {
      const message = (catalogue as Readonly<Record<string, Message>>)[`word.${list}.${value}`];
      return typeof message === 'string' ? message : value;
    },
  });
  translators.set(lang, t);
  return t;
}
