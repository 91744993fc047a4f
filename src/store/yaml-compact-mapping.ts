// The yaml library reports two common slips with the same words ("nested mappings are not
// allowed in compact mappings", "implicit keys need to be on a single line"), at the start of
// a value: an unquoted `: ` inside a value, and a key indented under a field that already has
// a value. Both are told apart here from the text around, and pointed at where the slip is.

export interface ExplainedSlip {
  /** Offsets into the text of what to underline. */
  start: number;
  end: number;
  message: string;
}

/** `key: value` at the start of a line (after any indent or list dash); the key plain or quoted. */
const FIELD_LINE = /^(\s*(?:-\s+)?)((?:"[^"\n]*"|'[^'\n]*'|[^\s#'"{[\]},:][^:#\n]*?))\s*:(?=\s|$)/;
/** Where a value holds a colon YAML reads as a key's: one followed by a space or the line end. */
const VALUE_COLON = /:(?=\s|$)/;
/** Values longer than this are shortened in the suggestion. */
const MAX_SHOWN = 60;

/** What went wrong on the line holding `offset`, when it is one of the two slips; else undefined. */
export function explainCompactMappingError(text: string, offset: number): ExplainedSlip | undefined {
  const lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const line = lineAt(text, lineStart);
  const field = FIELD_LINE.exec(line);
  if (!field) return undefined;
  const key = unquote(field[2]!);
  const valueOffset = field[0].length + (/^\s*/.exec(line.slice(field[0].length))?.[0].length ?? 0);
  const value = line
    .slice(valueOffset)
    .replace(/\s+#.*$/, '')
    .trimEnd();

  const colon = VALUE_COLON.exec(value);
  if (value !== '' && colon) {
    const at = lineStart + valueOffset + colon.index;
    return {
      start: at,
      end: at + 1,
      message: `the value of \`${key}\` holds ": ", which YAML reads as the start of another field: put the value in quotes, as in ${key}: ${quoted(value)}`,
    };
  }

  const next = nextContentLine(text, lineStart + line.length + 1);
  if (value === '' || !next) return undefined;
  const child = FIELD_LINE.exec(next.line);
  const indent = (text: string) => /^\s*/.exec(text)![0].length;
  if (!child || indent(next.line) <= field[1]!.length) return undefined;
  const childStart = next.start + child[1]!.length;
  const childKey = unquote(child[2]!);
  return {
    start: childStart,
    end: childStart + child[2]!.length,
    message: `\`${childKey}\` is indented under \`${key}\`, which has a value already: start \`${childKey}\` in the same column as \`${key}\``,
  };
}

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

/** The next line that holds more than spaces or a comment. */
function nextContentLine(text: string, from: number): { start: number; line: string } | undefined {
  for (let start = from; start < text.length; ) {
    const line = lineAt(text, start);
    if (line.trim() !== '' && !line.trim().startsWith('#')) return { start, line };
    const end = text.indexOf('\n', start);
    if (end === -1) return undefined;
    start = end + 1;
  }
  return undefined;
}

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key;
}

/** The value in double quotes, or in single quotes when it holds a `"` or a backslash (escapes in double quotes). */
function quoted(value: string): string {
  const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 1)}…` : value;
  return /["\\]/.test(shown) ? `'${shown.replaceAll("'", "''")}'` : `"${shown}"`;
}
