// Record text goes into markdown that GitHub renders in pull-request comments and wikis.
// Whatever a title says, it must stay plain text on one line of one table cell: never
// HTML, a link, an image, a heading, maths, or a `|` that splits the row.
import { sanitizeForTerminal } from './terminal-text.js';

// Characters with a meaning in GitHub markdown: emphasis, code, links and images ([ ]),
// headings (#), strikethrough (~), maths ($) and table cells (|). A backslash before any
// ASCII punctuation is a literal in CommonMark, so escaping a few too many is harmless.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~#$!]/g;
// Entities rather than backslashes: GitHub passes inline HTML through, and `\<` is not
// honoured everywhere (wikis, other renderers), while `&lt;` always is.
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Record text as plain inline markdown: one line, no markup, no HTML. */
export function escapeMarkdown(text: string): string {
  // Fold breaks first (a newline would end a table row), then make control characters
  // visible, as the terminal renderers do, so `cat report.md` cannot obey an escape.
  const oneLine = sanitizeForTerminal(text.replace(/\s+/g, ' ').trim());
  return oneLine.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`).replace(/[&<>]/g, (char) => HTML_ENTITIES[char]!);
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
