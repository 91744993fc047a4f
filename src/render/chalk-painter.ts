// The coloured painter, on chalk. Loaded only when output is coloured.
import { Chalk } from 'chalk';
import type { Painter } from './painter.js';

/** Always paints: whether to colour at all is loadPainter's choice. */
export function createChalkPainter(): Painter {
  const chalk = new Chalk({ level: 1 });
  return {
    error: (text) => chalk.red(text),
    warning: (text) => chalk.yellow(text),
    ok: (text) => chalk.green(text),
    dim: (text) => chalk.dim(text),
    bold: (text) => chalk.bold(text),
    path: (text) => chalk.cyan(text),
  };
}
