// Escaping for the HTML report. Every title, id and summary in a report is the team's
// own text, so markup is built with the `html` tagged template: its literal parts are
// trusted, every interpolated value is escaped unless it is markup `html` made itself.
// Forgetting to escape then takes effort (there is deliberately no "raw" escape hatch).

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attributes, in HTML and inline SVG alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Markup built by `html`: the only thing interpolated without escaping. */
export class SafeHtml {
  readonly #markup: string;

  /** Module-private in spirit: made only by `html` and `joinHtml`. */
  constructor(markup: string, token: typeof TOKEN) {
    if (token !== TOKEN) throw new Error('SafeHtml is made by the html template only');
    this.#markup = markup;
  }

  toString(): string {
    return this.#markup;
  }
}

const TOKEN = Symbol('SafeHtml');

/**
 * What may be interpolated: text and numbers are escaped, null and undefined render empty,
 * lists are concatenated. Booleans are left out on purpose: `${flag}` in an attribute and
 * `${flag && markup}` want opposite things, so both must be written out.
 */
export type HtmlValue = SafeHtml | string | number | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined) return '';
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<b>${title}</b>\`` escapes `title`. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(markup, TOKEN);
}

/** Pieces of markup joined with a separator (itself escaped). */
export function joinHtml(parts: readonly HtmlValue[], separator = ''): SafeHtml {
  return new SafeHtml(parts.map(render).join(escapeHtml(separator)), TOKEN);
}
