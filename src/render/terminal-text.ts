// Record text is data: before it reaches a terminal, control characters and escape
// sequences are made visible instead of being obeyed (no cleared screens, no hidden links).

// C0 controls except tab and newline, DEL, and C1 controls (which include the 8-bit CSI);
// then the bidirectional embeddings, overrides and isolates, which reorder how the rest of
// a line is displayed ("Trojan Source"). Right-to-left letters and the LRM/RLM marks stay.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function sanitizeForTerminal(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
