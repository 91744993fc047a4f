// The English messages of hypo next and the Test next reasons: why a hypothesis ranks where it does, and what to run.
import type { Catalogue } from './catalogue.js';

export const EN_NEXT = {} as const satisfies Catalogue<string>;
