import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/render/json-text.js';

describe('toJson', () => {
  const text = 'a\u007f\u0080\u009b31m\u2028\u2029\u202a\u202e\u2066\u2069\u001b[2J å 🚆';

  it('writes DEL, C1 controls, line separators and bidi controls as \\u escapes', () => {
    const json = toJson({ text });
    expect(json).toBe('{\n  "text": "a\\u007f\\u0080\\u009b31m\\u2028\\u2029\\u202a\\u202e\\u2066\\u2069\\u001b[2J å 🚆"\n}\n');
    expect(json).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(toJson({ text, list: [text] }))).toEqual({ text, list: [text] });
  });
});
