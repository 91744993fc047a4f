// The Swedish messages of hypo show, the headers of hypo list, and the summary line of hypo check: exactly the keys of records-en.ts.
import type { Catalogue } from './catalogue.js';
import type { EN_RECORDS } from './records-en.js';

export const SV_RECORDS: Catalogue<keyof typeof EN_RECORDS> = {};
