// The Swedish messages of hypo stale and hypo acted: what each finding says: exactly the keys of findings-en.ts.
import type { Catalogue } from './catalogue.js';
import type { EN_FINDINGS } from './findings-en.js';

export const SV_FINDINGS: Catalogue<keyof typeof EN_FINDINGS> = {};
