// Titles → ids. Letters with diacritics lose them (å ä → a, ö → o, é → e, ü → u),
// letters that are not a base letter plus a mark get their usual spelling (ß → ss,
// æ → ae, ø → o), and anything else separates words.
import { ID_MAX_LENGTH } from './ids.js';

const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

export function slugify(title: string, maxLength = ID_MAX_LENGTH): string {
  const ascii = title
    .toLowerCase()
    .replace(/[ßæøœđðłþı]/g, (char) => SPELLED_OUT[char] ?? char)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  // Cut at a word boundary: whole words only, as many as fit.
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single word longer than the limit is cut inside the word rather than dropped.
  if (!slug && words.length > 0) slug = words[0]!.slice(0, maxLength);
  return slug;
}
