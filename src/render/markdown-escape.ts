// Record text goes into markdown that GitHub renders in pull-request comments and wikis.
// Whatever a title says, it must stay plain text on one line of one table cell: never
// HTML, a link, an image, a heading, maths, a mention, or a `|` that splits the row.
import { sanitizeForTerminal, sanitizeLine } from './terminal-text.js';
import { truncateToWidth } from './text-layout.js';

// Characters with a meaning in GitHub markdown: emphasis, code, links and images ([ ]),
// headings (#), strikethrough (~), maths ($) and table cells (|). A backslash before any
// ASCII punctuation is a literal in CommonMark, so escaping a few too many is harmless.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~#$!]/g;
// Entities rather than backslashes: GitHub passes inline HTML through, and `\<` is not
// honoured everywhere (wikis, other renderers), while `&lt;` always is.
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// GitHub turns `@name` in the rendered text into a mention, which notifies that person or
// team from a pull-request comment; a backslash is gone by then. A zero-width space after
// the `@` keeps it plain text and shows nothing. That covers a team (`@org/team`) and an
// email address (`a@b.se`), which GitHub would make a mailto link: an address needs its
// domain right after the `@`. (A backslash here is an escaped `_` or `.`.)
const MENTION = /@(?=[\p{L}\p{N}\\.-])/gu;
// GitHub links bare web addresses too: `https://…` (any scheme before `://`) and `www.…`.
// A zero-width space inside `://` and after `www` keeps each plain text that reads the same.
const SCHEME = /:(?=\/\/)/g;
const WWW = /\b(www)\./giu;
/** What the neutralisers above insert: a zero-width space, as an entity that shows in the markdown source. */
const ZERO_WIDTH_SPACE = '&#8203;';

/** Record text as plain inline markdown: one line, no markup, no HTML. */
export function escapeMarkdown(text: string): string {
  // Fold breaks first (a newline would end a table row), then make control characters
  // visible, as the terminal renderers do, so `cat report.md` cannot obey an escape.
  const oneLine = sanitizeForTerminal(text.replace(/\s+/g, ' ').trim());
  return oneLine
    .replace(MARKDOWN_SPECIAL, (char) => `\\${char}`)
    .replace(/[&<>]/g, (char) => HTML_ENTITIES[char]!)
    .replace(MENTION, `@${ZERO_WIDTH_SPACE}`)
    .replace(SCHEME, `:${ZERO_WIDTH_SPACE}`)
    .replace(WWW, `$1${ZERO_WIDTH_SPACE}.`);
}

/**
 * An id as inline code. A code span shows its text literally, so only what could end
 * it or the row is taken out: backticks, `|` (GFM splits table rows inside code spans
 * too), backslashes, angle brackets, control characters and line breaks. Ids are
 * file-name slugs, so a real one never loses anything here.
 */
export function markdownId(id: string): string {
  const safe = id
    .replace(/[`|\\<>\p{Cc}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return safe === '' ? '(no id)' : `\`${safe}\``;
}

/**
 * A file path or a git ref as inline code, shown exactly: unlike an id it may hold any
 * character, and losing one would name another file. A code span shows its text
 * literally (no HTML, link or mention), so only its end needs care: the fence is one
 * backtick longer than the longest run inside, with a space at each end when the text
 * starts or ends with a backtick (CommonMark strips one space each side). Line breaks
 * and control characters show escaped, as on a terminal. Not for table cells: a `|`
 * there splits the row even inside code.
 */
export function markdownCode(text: string): string {
  const safe = sanitizeLine(text);
  if (safe.trim() === '') return '(none)';
  const longest = Math.max(0, ...[...safe.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(safe) ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}

// Inside a quoted mermaid string a `"` ends the string, `%%` starts a comment or a
// directive that reconfigures the diagram, `#…;` is read as an entity, `<…>` as HTML, a
// backtick as markdown, and three of them end the fence the block is in. Rather than
// escape each in the way one diagram type happens to accept, a label keeps letters,
// digits, spaces and plain punctuation, and loses the rest.
const MERMAID_UNSAFE = /[^\p{L}\p{M}\p{N} .,:/()+\-–_']/gu;

/** Record text for a quoted mermaid label: one line of safe characters, cut to `width` columns; may come out empty. */
export function mermaidText(text: string, width: number): string {
  const plain = text.replace(MERMAID_UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return truncateToWidth(plain, width).replace(/\s+…$/, '…');
}
