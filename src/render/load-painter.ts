// The painter for a command's output. Without colour (a pipe, CI, NO_COLOR) it paints
// nothing and chalk is never loaded: one module less at start-up.
import { type Painter, PLAIN_PAINTER } from './painter.js';

/** The painter for a command's output: chalk's colours when `color`, else plain. */
export async function loadPainter(color: boolean): Promise<Painter> {
  if (!color) return PLAIN_PAINTER;
  const { createChalkPainter } = await import('./chalk-painter.js');
  return createChalkPainter();
}
