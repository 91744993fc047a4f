// The English messages of hypo trend: its text, markdown and page.
import type { Catalogue } from './catalogue.js';

export const EN_TREND = {} as const satisfies Catalogue<string>;
