import { describe, expect, it } from 'vitest';
import { createChalkPainter } from '../../src/render/chalk-painter.js';
import { renderCodeFrame } from '../../src/render/code-frame.js';
import { PLAIN_PAINTER } from '../../src/render/painter.js';

const plain = PLAIN_PAINTER;
const SOURCE = 'kind: hypothesis\ntitle: Riders\nstatus: testin\nowner: anna\n';

describe('renderCodeFrame', () => {
  it('shows the line with one line around it, marks it and underlines the node', () => {
    expect(renderCodeFrame(SOURCE, { line: 3, column: 9, endLine: 3, endColumn: 15 }, plain)).toBe(
      ['    2 | title: Riders', '  > 3 | status: testin', '      |         ^^^^^^', '    4 | owner: anna'].join('\n'),
    );
  });

  it('underlines to the end of the line when the node goes on past it', () => {
    const frame = renderCodeFrame(SOURCE, { line: 2, column: 1, endLine: 3, endColumn: 5 }, plain);
    expect(frame.split('\n')[2]).toBe('      | ^^^^^^^^^^^^^');
  });

  it('underlines to the end of the line when there is no end', () => {
    const frame = renderCodeFrame(SOURCE, { line: 1, column: 1 }, plain);
    expect(frame.split('\n')).toEqual(['  > 1 | kind: hypothesis', '      | ^^^^^^^^^^^^^^^^', '    2 | title: Riders']);
  });

  it('widens the gutter for two-digit line numbers', () => {
    const source = Array.from({ length: 12 }, (_, i) => `line${i + 1}: x`).join('\n');
    const lines = renderCodeFrame(source, { line: 10, column: 1, endLine: 10, endColumn: 7 }, plain).split('\n');
    expect(lines[0]).toBe('     9 | line9: x');
    expect(lines[1]).toBe('  > 10 | line10: x');
    expect(lines[2]).toBe('       | ^^^^^^');
  });

  it('clips a long line to 100 characters with an ellipsis', () => {
    const source = `title: ${'a'.repeat(200)}\n`;
    const [line, underline] = renderCodeFrame(source, { line: 1, column: 8, endLine: 1, endColumn: 208 }, plain).split('\n');
    expect(line).toBe(`  > 1 | title: ${'a'.repeat(92)}…`);
    expect(underline).toBe(`      | ${' '.repeat(7)}${'^'.repeat(93)}`);
  });

  it('puts a column past the end of the line just after its last character', () => {
    const [, underline] = renderCodeFrame('a: b\n', { line: 1, column: 40, endLine: 1, endColumn: 45 }, plain).split('\n');
    expect(underline).toBe('      |     ^');
  });

  it('gives nothing for a line past the end of the source', () => {
    expect(renderCodeFrame(SOURCE, { line: 5, column: 1 }, plain)).toBe('');
    expect(renderCodeFrame(SOURCE, { line: 99, column: 1 }, plain)).toBe('');
    expect(renderCodeFrame(SOURCE, { line: 0, column: 1 }, plain)).toBe('');
  });

  it('reads CRLF text line by line', () => {
    const frame = renderCodeFrame(SOURCE.replace(/\n/g, '\r\n'), { line: 3, column: 9, endLine: 3, endColumn: 15 }, plain);
    expect(frame).not.toContain('\r');
    expect(frame.split('\n')[1]).toBe('  > 3 | status: testin');
  });

  it('makes control characters in the source visible', () => {
    const frame = renderCodeFrame('title: a\x1b[2J\n', { line: 1, column: 8 }, plain);
    expect(frame).not.toContain('\x1b');
    expect(frame).toContain('a\\x1b[2J');
  });

  it('keeps the underline under the node after an escaped control character', () => {
    const [line, underline] = renderCodeFrame('a: \u001bb\n', { line: 1, column: 5, endLine: 1, endColumn: 6 }, plain).split('\n');
    expect(line).toBe('  > 1 | a: \\x1bb');
    expect(underline).toBe('      |        ^');
  });

  it('shows a tab as a space so the underline stays aligned', () => {
    const [line, underline] = renderCodeFrame('a:\tb\n', { line: 1, column: 4, endLine: 1, endColumn: 5 }, plain).split('\n');
    expect(line).toBe('  > 1 | a: b');
    expect(underline).toBe('      |    ^');
  });

  it('paints the marker and the underline when colour is on', () => {
    const frame = renderCodeFrame('a: b\n', { line: 1, column: 4, endLine: 1, endColumn: 5 }, createChalkPainter());
    expect(frame).toContain('\x1b[31m>\x1b[39m');
    expect(frame).toContain('\x1b[31m^\x1b[39m');
  });
});
