// The message catalogues: every key in both languages, the same placeholders in each form,
// plural forms picked by the count, and days written each language's way.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/render/messages/catalogue.js';
import { EN } from '../../src/render/messages/en.js';
import { CATALOGUES, formatDay, messages } from '../../src/render/messages/index.js';
import { SV } from '../../src/render/messages/sv.js';

const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : [message.one, message.other]);
const placeholders = (message: Message): string[] =>
  [...new Set(forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)))].sort();

describe('the message catalogues', () => {
  it('have exactly the same keys in English and Swedish', () => {
    const en = Object.keys(EN).sort();
    const sv = Object.keys(SV).sort();
    expect(sv.filter((key) => !en.includes(key))).toEqual([]);
    expect(en.filter((key) => !sv.includes(key))).toEqual([]);
  });

  it('have the same placeholders and the same shape (text or plural forms) for every key', () => {
    for (const [key, message] of Object.entries(EN)) {
      const other = (SV as Record<string, Message>)[key]!;
      expect({ key, placeholders: placeholders(other), plural: typeof other }).toEqual({ key, placeholders: placeholders(message), plural: typeof message });
    }
  });

  it('have no empty message in any language', () => {
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, message] of Object.entries(catalogue))
        expect(
          forms(message).every((text) => text !== ''),
          `${lang} ${key}`,
        ).toBe(true);
    }
  });
});

describe('messages(lang)', () => {
  it('picks the plural form by {n} and fills the placeholders', () => {
    const en = messages('en');
    const sv = messages('sv');
    expect([en('count.hypotheses', { n: 1 }), en('count.hypotheses', { n: 2 }), en('count.hypotheses', { n: 0 })]).toEqual([
      '1 hypothesis',
      '2 hypotheses',
      '0 hypotheses',
    ]);
    expect([sv('count.hypotheses', { n: 1 }), sv('count.hypotheses', { n: 3 }), sv('count.insights', { n: 1 }), sv('count.insights', { n: 2 })]).toEqual([
      '1 hypotes',
      '3 hypoteser',
      '1 insikt',
      '2 insikter',
    ]);
    expect(sv('period.asOf', { date: '25 nov 2026' })).toBe('per 25 nov 2026');
    expect(sv.sentence('empty.tested')).toBe('Ingenting testat under perioden');
  });

  it('writes days the English way as before and the Swedish way without the month’s dot', () => {
    expect(formatDay('2026-10-12', 'en')).toBe('12 Oct 2026');
    expect(formatDay('2026-10-12', 'sv')).toBe('12 okt 2026');
    expect(formatDay('2026-05-01', 'sv', false)).toBe('1 maj');
    expect(messages('sv').day('2026-12-03')).toBe('3 dec 2026');
    // The same as Intl writes it, less the abbreviation's dot.
    const intl = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date('2026-10-12T00:00:00Z'),
    );
    expect(intl.replace('.', '')).toBe('12 okt 2026');
  });
});

describe('t.word(list, value)', () => {
  it('shows a closed-list word as written in English and translated in Swedish, an unknown word as written', () => {
    const en = messages('en');
    const sv = messages('sv');
    expect([en.word('status', 'open'), en.word('action', 'persevere'), en.word('evidence', 'strong')]).toEqual(['open', 'persevere', 'strong']);
    expect([
      sv.word('status', 'open'),
      sv.word('status', 'done'),
      sv.word('action', 'persevere'),
      sv.word('evidence', 'strong'),
      sv.word('outcome', 'refutes'),
    ]).toEqual(['öppen', 'klart', 'fortsätt', 'stark', 'motbevisar']);
    expect([en.word('method', 'diary-study'), sv.word('method', 'diary-study')]).toEqual(['diary-study', 'diary-study']);
  });
});

describe('numbers the language’s way', () => {
  it('writes decimals with a comma and a space before the percent sign in Swedish, as before in English', () => {
    const en = messages('en');
    const sv = messages('sv');
    expect([en.number(3.5), en.percent(0.666), en('next.score', { score: 2.6 })]).toEqual(['3.5', '67%', 'score 2.6']);
    expect([sv.number(3.5), sv.number(-1.5), sv.percent(0.666), sv('next.score', { score: 2.6 })]).toEqual(['3,5', '−1,5', '67 %', 'poäng 2,6']);
  });

  it('agrees the loop counts with their number in Swedish', () => {
    const sv = messages('sv');
    expect(sv('loop.done', { n: 1, count: sv('count.experiments', { n: 1 }) })).toBe('1 experiment klart');
    expect(sv('loop.done', { n: 2, count: sv('count.experiments', { n: 2 }) })).toBe('2 experiment klara');
    expect(sv('loop.opened', { n: 1, count: sv('count.hypotheses', { n: 1 }) })).toBe('1 hypotes öppnad');
  });
});
