// How wide a table may be. A terminal is fitted, so lines do not wrap; a pipe or a file gets
// every character, since a script or a pager, not a window, decides what to show.
import { LINE_WIDTH } from '../render/text-layout.js';
import type { Context } from './context.js';

/** The columns to fit: COLUMNS (set for one run, `COLUMNS=200 hypo list`), else the terminal's; undefined when piped or `wide`. */
export function terminalWidth(ctx: Context, wide = false): number | undefined {
  if (wide || !ctx.stdout.isTTY) return undefined;
  const fromEnv = ctx.env.COLUMNS?.trim() ?? '';
  if (/^[1-9]\d*$/.test(fromEnv)) return Number(fromEnv);
  const columns = ctx.stdout.columns;
  // A terminal that does not say its size (a serial console) is taken as the classic 80.
  return columns !== undefined && columns > 0 ? columns : LINE_WIDTH;
}
