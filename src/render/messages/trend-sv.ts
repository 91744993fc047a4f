// The Swedish messages of hypo trend: its text, markdown and page: exactly the keys of trend-en.ts.
import type { Catalogue } from './catalogue.js';
import type { EN_TREND } from './trend-en.js';

export const SV_TREND: Catalogue<keyof typeof EN_TREND> = {};
