// The coloured painter, on chalk. Loaded only when output is coloured.
import { Chalk } from 'chalk';
import { PLAIN_PAINTER, type Painter } from './painter.js';

export function createPainter(color: boolean): Painter {
  if (!color) return PLAIN_PAINTER;
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
