import { describe, expect, it } from 'vitest';
import { sanitizeForTerminal, sanitizeLine } from '../../src/render/terminal-text.js';

describe('sanitizeForTerminal', () => {
  it('makes a screen-clearing escape sequence visible', () => {
    expect(sanitizeForTerminal('a\x1b[2Jb')).toBe('a\\x1b[2Jb');
  });

  it('makes a hidden hyperlink visible', () => {
    expect(sanitizeForTerminal('\x1b]8;;https://evil.example\x07click\x1b]8;;\x07')).toBe('\\x1b]8;;https://evil.example\\x07click\\x1b]8;;\\x07');
  });

  it('makes other C0 controls, DEL and C1 controls visible', () => {
    expect(sanitizeForTerminal('\x00\x08\x0b\x0c\r\x1f')).toBe('\\x00\\x08\\x0b\\x0c\\x0d\\x1f');
    expect(sanitizeForTerminal('\x7f\x80\x9b\x9f')).toBe('\\x7f\\x80\\x9b\\x9f');
  });

  it('keeps tabs and newlines', () => {
    expect(sanitizeForTerminal('a\tb\nc')).toBe('a\tb\nc');
  });

  it('keeps Swedish letters, other text and emoji', () => {
    const text = 'Smörgåsbord på Åland — ÄÖ ¡ 🚆';
    expect(sanitizeForTerminal(text)).toBe(text);
  });

  it('makes bidirectional overrides and isolates visible, keeping right-to-left letters and marks', () => {
    expect(sanitizeForTerminal('abc\u202eevil\u202c \u2066x\u2069')).toBe('abc\\u202eevil\\u202c \\u2066x\\u2069');
    const rtl = 'שלום عليكم \u200f!';
    expect(sanitizeForTerminal(rtl)).toBe(rtl);
  });
});

describe('sanitizeLine', () => {
  it('escapes newlines, tabs and line separators too, so a file name cannot start a line of its own', () => {
    expect(sanitizeLine('x\nlearning/forged.yaml:1:1 error\tmsg\r\u2028')).toBe('x\\nlearning/forged.yaml:1:1 error\\tmsg\\x0d\\u2028');
  });

  it('escapes what sanitizeForTerminal escapes', () => {
    expect(sanitizeLine('\x1b]52;c;aGk=\x07 \x9b31m \u202e')).toBe('\\x1b]52;c;aGk=\\x07 \\x9b31m \\u202e');
  });
});
