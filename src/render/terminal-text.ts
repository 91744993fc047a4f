// Record text is data: before it reaches a terminal, control characters and escape
// sequences are made visible instead of being obeyed (no cleared screens, no hidden links).

// The control characters (C0 except tab and newline, DEL, and C1, which includes the 8-bit
// CSI); then the bidirectional embeddings, overrides and isolates, which reorder how the rest
// of a line is displayed ("Trojan Source"). Right-to-left letters and the LRM/RLM marks stay.
const CONTROL = /(?![\t\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

export function sanitizeForTerminal(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
