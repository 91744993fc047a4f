// Colour is an argument of every text renderer: a painter that paints (chalk-painter.ts)
// or one that does not. Tests pass PLAIN_PAINTER, or the chalk painter to see the colours.

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

/** The colour a status is printed in: green for good news, red for bad, yellow for waiting, cyan for under way. */
export function paintStatus(status: string, paint: Painter): (text: string) => string {
  switch (status) {
    case 'supported':
    case 'done':
    case 'decided':
      return paint.ok;
    case 'refuted':
    case 'cancelled':
      return paint.error;
    case 'open':
    case 'planned':
    case 'undecided':
      return paint.warning;
    case 'testing':
    case 'running':
      return paint.path;
    case 'retired':
      return paint.dim;
    default:
      return (text) => text;
  }
}
