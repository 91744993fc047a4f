// The English messages of the warnings a document carries: no git, a shallow clone, a day outside the history.
import type { Catalogue } from './catalogue.js';

export const EN_WARNINGS = {} as const satisfies Catalogue<string>;
