import { describe, expect, it } from 'vitest';
import { renderAnnotation } from '../../src/render/github-annotations.js';

describe('renderAnnotation', () => {
  it('writes a workflow command with file, line, column and title', () => {
    expect(renderAnnotation({ level: 'error', file: 'learning/a.yaml', line: 3, column: 9, title: 'hypo invalid-value', message: 'status is wrong' })).toBe(
      '::error file=learning/a.yaml,line=3,col=9,title=hypo invalid-value::status is wrong',
    );
  });

  it('leaves out a missing column and title', () => {
    expect(renderAnnotation({ level: 'warning', file: 'a.yaml', line: 1, message: 'm' })).toBe('::warning file=a.yaml,line=1::m');
  });

  it('escapes %, CR and LF in the message', () => {
    const rendered = renderAnnotation({ level: 'notice', file: 'a.yaml', line: 1, message: '100% sure\r\n::error::forged' });
    expect(rendered).toBe('::notice file=a.yaml,line=1::100%25 sure%0D%0A::error::forged');
    expect(rendered).not.toContain('\n');
  });

  it('escapes : and , in properties as well', () => {
    const rendered = renderAnnotation({ level: 'error', file: 'a:b,c%.yaml', line: 2, title: 'x: y, z\nw', message: 'm' });
    expect(rendered).toBe('::error file=a%3Ab%2Cc%25.yaml,line=2,title=x%3A y%2C z%0Aw::m');
  });

  it('keeps : and , in the message as they are', () => {
    expect(renderAnnotation({ level: 'error', file: 'a.yaml', line: 1, message: 'a: b, c' })).toBe('::error file=a.yaml,line=1::a: b, c');
  });

  it('makes escape sequences and other control characters visible, as on a terminal', () => {
    const rendered = renderAnnotation({
      level: 'error',
      file: 'a\u001b.yaml',
      line: 1,
      title: 't\u0007',
      message: '\u001b[2J\u001b]8;;https://x\u0007y\u001b]8;;\u0007 \u009b',
    });
    expect(rendered).toBe('::error file=a\\x1b.yaml,line=1,title=t\\x07::\\x1b[2J\\x1b]8;;https://x\\x07y\\x1b]8;;\\x07 \\x9b');
  });
});
