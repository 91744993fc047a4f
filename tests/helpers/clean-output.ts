// What hypo may never print, whatever the input: a stack trace (only --debug or
// HYPO_DEBUG=1 shows one), an "Error:" prefix (errors read `hypo: …`), or a raw control
// character from record text (escape sequences, BEL, CR, C1 controls, bidi overrides).
import { expect } from 'vitest';

/** A stack frame line as Node prints it. */
export const STACK_LINE = /^ {4}at /m;
/** `Error: …`, `TypeError: …`, `YAMLParseError: …` at the start of a line. */
export const ERROR_PREFIX = /^[A-Za-z]*Error:/m;
/** Control characters other than tab and newline, DEL, C1 controls and the bidi embeddings, overrides and isolates. */
export const RAW_CONTROL = /(?![\t\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

/** JSON output escapes every control, the line separators and the bidi controls as `\u` sequences (src/render/json-text.ts). */
const RAW_IN_JSON = /(?![\t\n])[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** Everything wrong with one output stream, as readable strings (empty when clean). */
export function outputFaults(name: string, text: string, options: { json?: boolean } = {}): string[] {
  const faults: string[] = [];
  if (STACK_LINE.test(text)) faults.push(`${name} holds a stack trace: ${JSON.stringify(text.slice(0, 400))}`);
  if (ERROR_PREFIX.test(text)) faults.push(`${name} holds an "Error:" prefix: ${JSON.stringify(text.slice(0, 400))}`);
  const control = (options.json ? RAW_IN_JSON : RAW_CONTROL).exec(text);
  if (control)
    faults.push(
      `${name} holds a raw U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}: ${JSON.stringify(text.slice(Math.max(0, control.index - 40), control.index + 40))}`,
    );
  return faults;
}

export function expectCleanOutput(result: { stdout: string; stderr: string }, label = ''): void {
  expect([...outputFaults(`${label} stdout`, result.stdout), ...outputFaults(`${label} stderr`, result.stderr)]).toEqual([]);
}

/** Every non-empty stderr line of a failed command is `hypo: …` or `hint: …`. */
export function expectErrorStyle(stderr: string): void {
  const lines = stderr.split('\n').filter((line) => line !== '');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toMatch(/^(?:hypo|hint): \S/);
}
