// The format of a document written with --out: asked for with --format, or else told by the
// file's extension (`--out report.html` is HTML), so a file never holds another format's text.
import path from 'node:path';

const BY_EXTENSION: Record<string, string> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.csv': 'csv',
  '.txt': 'text',
};

/** `--format` when given; else the format `out`'s extension names, when the command has it; else `fallback`. */
export function outputFormat<F extends string>(given: F | undefined, out: string | undefined, formats: readonly F[], fallback: F): F {
  if (given !== undefined) return given;
  if (out === undefined) return fallback;
  const named = BY_EXTENSION[path.extname(out).toLowerCase()];
  return formats.find((format) => format === named) ?? fallback;
}
