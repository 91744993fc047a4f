// The English messages of the warnings a document carries: no git, a shallow clone, a day outside the history,
// a period not started, records left out. The notices' texts are the model's (model/notice.ts), because the JSON
// and the library API carry a warning as its English text; the line that prints one is the renderer's own.
import { NOTICE_TEXTS } from '../../model/notice.js';
import type { Catalogue } from './catalogue.js';

export const EN_WARNINGS = {
  ...NOTICE_TEXTS,
  'warning.line': 'hypo: warning: {text}',
} as const satisfies Catalogue<string>;
