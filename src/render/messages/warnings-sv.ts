// The Swedish messages of the warnings a document carries: no git, a shallow clone, a day outside the history: exactly the keys of warnings-en.ts.
import type { Catalogue } from './catalogue.js';
import type { EN_WARNINGS } from './warnings-en.js';

export const SV_WARNINGS: Catalogue<keyof typeof EN_WARNINGS> = {
  'warning.noGit': 'inte ett git-repo: åldrarna räknas enbart från varje posts fält `created`',
  'warning.shallow':
    'det här är en grund klon: poster kan se yngre ut än de är. Hämta hela historiken (actions/checkout med fetch-depth: 0, eller git fetch --unshallow)',
  'warning.notAsOf': 'inte ett git-repo: posterna visas som de är nu, inte per {day}',
  'warning.uncommitted': {
    one: '{n} post har inga commits än: visas som den är nu, inte per {day}',
    other: '{n} poster har inga commits än: visas som de är nu, inte per {day}',
  },
  'warning.periodStarts': 'perioden börjar {day}',
  'warning.namedSprintStarts': 'sprinten ”{sprint}” börjar {day}',
  'warning.sprintStarts': 'sprint {sprint} börjar {day}',
  'warning.leftOut': {
    one: '{n} post utelämnad på grund av fel: {files} (hypo check säger varför)',
    other: '{n} poster utelämnade på grund av fel: {files} (hypo check säger varför)',
  },
  'warning.leftOutMore': '{n} poster utelämnade på grund av fel: {files} och {more} till (hypo check säger varför)',
  'warning.listedWithErrors': {
    one: '{n} post listad trots fel: {files} (hypo check säger varför)',
    other: '{n} poster listade trots fel: {files} (hypo check säger varför)',
  },
  'warning.listedWithErrorsMore': '{n} poster listade trots fel: {files} och {more} till (hypo check säger varför)',
  'warning.line': 'hypo: varning: {text}',
};
