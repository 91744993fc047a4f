// The English messages of hypo show, the headers of hypo list, and the summary line of hypo check.
import type { Catalogue } from './catalogue.js';

export const EN_RECORDS = {} as const satisfies Catalogue<string>;
