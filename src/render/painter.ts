// Colour is an argument of every text renderer. Without colour (a pipe, CI, NO_COLOR)
// the painter paints nothing and chalk is never loaded: one module less at start-up.

export interface Painter {
  error(text: string): string;
  warning(text: string): string;
  ok(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  path(text: string): string;
}

const same = (text: string) => text;

export const PLAIN_PAINTER: Painter = { error: same, warning: same, ok: same, dim: same, bold: same, path: same };

/** The painter for a command's output: chalk's colours when `color`, else plain. */
export async function loadPainter(color: boolean): Promise<Painter> {
  if (!color) return PLAIN_PAINTER;
  const { createPainter } = await import('./chalk-painter.js');
  return createPainter(true);
}
