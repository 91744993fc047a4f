// The warnings a command gives beside its answer (no git, a shallow clone, a day outside
// the history, a period not started, records left out) as data: a key and its params.
// The JSON, the library API and the code below the renderers carry a warning as its
// English text, exactly as it has always read; that text is made here from the notice,
// and a renderer reads the notice back from it (readNotice) to write it in the reader's
// language. The English templates are the catalogue's (render/messages/warnings-en.ts
// is built from them), so a text and its notice can never drift apart.
/** One text, or the forms picked by the count `{n}`, as a message of the catalogue. */
type NoticeText = string | { readonly one: string; readonly other: string };

export const NOTICE_TEXTS = {
  'warning.noGit': 'not a git repository: ages count from each record’s `created` field alone',
  'warning.shallow':
    'this is a shallow clone: records may look younger than they are. Fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)',
  'warning.notAsOf': 'not a git repository: the records are shown as they are now, not as of {day}',
  'warning.uncommitted': {
    one: '{n} record has no commits yet: shown as it is now, not as of {day}',
    other: '{n} records have no commits yet: shown as they are now, not as of {day}',
  },
  'warning.periodStarts': 'the period starts on {day}',
  // The named sprint before the numbered one: a name in quotes is read back as a name.
  'warning.namedSprintStarts': 'sprint "{sprint}" starts on {day}',
  'warning.sprintStarts': 'sprint {sprint} starts on {day}',
  // The longer list first: "… and 2 more" is read back as the count it is, not as a file name.
  'warning.leftOutMore': '{n} records left out for errors: {files} and {more} more (hypo check shows why)',
  'warning.leftOut': {
    one: '{n} record left out for errors: {files} (hypo check shows why)',
    other: '{n} records left out for errors: {files} (hypo check shows why)',
  },
  'warning.listedWithErrorsMore': '{n} records listed with errors: {files} and {more} more (hypo check shows why)',
  'warning.listedWithErrors': {
    one: '{n} record listed with errors: {files} (hypo check shows why)',
    other: '{n} records listed with errors: {files} (hypo check shows why)',
  },
} as const satisfies Readonly<Record<string, NoticeText>>;

export type NoticeKey = keyof typeof NOTICE_TEXTS;

/** The params a notice fills in: `{day}` is always an ISO day, `{n}` and `{more}` counts. */
export type NoticeParams = Readonly<Record<string, string | number>>;

export interface Notice {
  key: NoticeKey;
  params: NoticeParams;
}

/** The params that are days (ISO), so that a language can write them its way. */
export const DAY_PARAMS: readonly string[] = ['day'];

/** A notice's template in English: the plural form by `{n}`. */
function englishTemplate(key: NoticeKey, params: NoticeParams): string {
  const text: NoticeText = NOTICE_TEXTS[key];
  return typeof text === 'string' ? text : params.n === 1 ? text.one : text.other;
}

/** The English text of a notice: what the JSON and the library API say. */
export function noticeText(notice: Notice): string {
  return englishTemplate(notice.key, notice.params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in notice.params ? String(notice.params[name]) : whole,
  );
}

/** Every form of every template as an anchored pattern with a group per placeholder; counts are digits. */
const PATTERNS: readonly { key: NoticeKey; pattern: RegExp; names: string[] }[] = (Object.keys(NOTICE_TEXTS) as NoticeKey[]).flatMap((key) => {
  const text: NoticeText = NOTICE_TEXTS[key];
  return (typeof text === 'string' ? [text] : [text.one, text.other]).map((form) => {
    const names: string[] = [];
    const source = form
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        if (DAY_PARAMS.includes(name)) return '(\\d{4}-\\d{2}-\\d{2})';
        return name === 'n' || name === 'more' ? '(\\d+)' : '(.+?)';
      })
      .join('');
    return { key, pattern: new RegExp(`^${source}$`, 'u'), names };
  });
});

/** The notice a warning's English text was made from; undefined for any other text (which is then shown as it is). */
export function readNotice(text: string): Notice | undefined {
  for (const { key, pattern, names } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, index) => [name, name === 'n' || name === 'more' ? Number(match[index + 1]) : match[index + 1]!]));
    // A text that only looks like a template (a count that is not its own plural form) is not that notice.
    if (noticeText({ key, params }) === text) return { key, params };
  }
  return undefined;
}
