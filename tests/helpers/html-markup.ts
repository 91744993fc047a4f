// Reading the HTML pages in tests without a browser: the tags and attributes a renderer
// wrote, and the text between them. The renderers quote every attribute value and escape
// quotes and angle brackets in it, so a plain pattern finds exactly their markup; anything
// it does not match is text, where no `<` may remain.

/** Our markup: tags whose attribute values are all double-quoted and free of quotes and angle brackets. */
const TAG = /<([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"<>]*")?)*)\s*\/?>|<\/[a-zA-Z][\w-]*>|<!doctype html>/g;

const tags = (page: string) => [...page.matchAll(TAG)];

/** Every attribute name written into the page, lower-cased: an `on…` handler would mean data became markup. */
export const attributeNames = (page: string): string[] =>
  tags(page).flatMap((match) => [...(match[2] ?? '').matchAll(/\s+([\w:-]+)(?:="[^"]*")?/g)].map((name) => name[1]!.toLowerCase()));

/** Every opening tag's name, lower-cased. */
export const tagNames = (page: string): string[] => tags(page).flatMap((match) => (match[1] ? [match[1].toLowerCase()] : []));

/** What is left once our tags are taken out: the text (and the CSS, which has no `<`). */
export const textOnly = (page: string): string => page.replace(TAG, '');

export const occurrences = (page: string, text: string): number => page.split(text).length - 1;
