// Record text is data: before it reaches a terminal, control characters and escape
// sequences are made visible instead of being obeyed (no cleared screens, no hidden links).

// C0 controls except tab and newline, DEL, and C1 controls (which include the 8-bit CSI).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function sanitizeForTerminal(text: string): string {
  return text.replace(CONTROL, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
