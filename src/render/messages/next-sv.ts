// The Swedish messages of hypo next and the Test next reasons: why a hypothesis ranks where it does, and what to run: exactly the keys of next-en.ts.
import type { Catalogue } from './catalogue.js';
import type { EN_NEXT } from './next-en.js';

export const SV_NEXT: Catalogue<keyof typeof EN_NEXT> = {};
