// Every `--format json` output goes through here. JSON.stringify escapes C0 controls but
// leaves DEL, the C1 controls (the 8-bit CSI among them), the line and paragraph separators
// and the bidi embeddings, overrides and isolates raw: a JSON file shown with `cat`, or
// pasted into a script as a string literal, would obey them. As `\u` escapes they are still
// the same JSON: parsing gives back the text exactly as written.

const UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `value` as indented JSON ending in a newline, with no character a terminal would obey. */
export function toJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2) ?? 'null';
  return `${json.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
