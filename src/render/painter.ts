// Colour is an argument of every text renderer: chalk at level 0 paints nothing,
// so the same code serves a TTY, a pipe and NO_COLOR.
import { Chalk } from 'chalk';

export interface Painter {
  error(text: string): string;
  warning(text: string): string;
  ok(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  path(text: string): string;
}

export function createPainter(color: boolean): Painter {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return {
    error: (text) => chalk.red(text),
    warning: (text) => chalk.yellow(text),
    ok: (text) => chalk.green(text),
    dim: (text) => chalk.dim(text),
    bold: (text) => chalk.bold(text),
    path: (text) => chalk.cyan(text),
  };
}
