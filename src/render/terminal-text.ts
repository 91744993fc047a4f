// Record text is data: before it reaches a terminal, control characters and escape
// sequences are made visible instead of being obeyed (no cleared screens, no hidden links).

// The control characters (C0 except tab and newline, DEL, and C1, which includes the 8-bit
// CSI); then the bidirectional embeddings, overrides and isolates, which reorder how the rest
// of a line is displayed ("Trojan Source"). Right-to-left letters and the LRM/RLM marks stay.
const CONTROL = /(?![\t\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;
// The same, tab and newline included: for text that must stay on one line.
const LINE_CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\t': '\\t' };

function visible(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
}

/** Text for a terminal: controls and bidi overrides made visible; tabs and line breaks kept. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(CONTROL, visible);
}

/**
 * A file name, an id or another one-line field for a terminal: as sanitizeForTerminal, and a
 * newline or tab shows as `\n` or `\t` too, so a file named `x\nlearning/y.yaml:1:1 error …`
 * cannot start a line of its own and pass for hypo's output.
 */
export function sanitizeLine(text: string): string {
  return text.replace(LINE_CONTROL, visible);
}
