import { describe, expect, it } from 'vitest';
import { createChalkPainter } from '../../src/render/chalk-painter.js';
import { loadPainter } from '../../src/render/load-painter.js';
import { type Painter, PLAIN_PAINTER } from '../../src/render/painter.js';

const ESC = String.fromCharCode(0x1b);
const methods: (keyof Painter)[] = ['error', 'warning', 'ok', 'dim', 'bold', 'path'];

describe('PLAIN_PAINTER', () => {
  it('adds no escape codes', () => {
    for (const method of methods) expect(PLAIN_PAINTER[method]('text')).toBe('text');
  });
});

describe('createChalkPainter', () => {
  it('wraps the text in escape codes with colour', () => {
    const paint = createChalkPainter();
    for (const method of methods) {
      const painted = paint[method]('text');
      expect(painted, method).toContain('text');
      expect(painted, method).toMatch(new RegExp(`^${ESC}\\[\\d+m`));
      expect(painted, method).not.toBe('text');
    }
  });

  it('paints errors red and warnings yellow', () => {
    const paint = createChalkPainter();
    expect(paint.error('x')).toBe('\x1b[31mx\x1b[39m');
    expect(paint.warning('x')).toBe('\x1b[33mx\x1b[39m');
  });
});

describe('loadPainter', () => {
  it('is plain without colour, coloured with it', async () => {
    expect(await loadPainter(false)).toBe(PLAIN_PAINTER);
    expect((await loadPainter(true)).error('x')).toBe('\x1b[31mx\x1b[39m');
  });
});
