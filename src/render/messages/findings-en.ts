// The English messages of hypo stale and hypo acted: what each finding says.
import type { Catalogue } from './catalogue.js';

export const EN_FINDINGS = {} as const satisfies Catalogue<string>;
