// BENCHMARKS.md is written by hand except between pairs of markers, one pair per part of
// the bench: each part rewrites its own, so running one part leaves the others' figures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Replaces what stands between `<!-- NAME:start -->` and `<!-- NAME:end -->`, or appends the pair. */
export function writeMarked(file: string, name: string, measured: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from === -1 || to === -1
      ? `${current.trimEnd()}\n\n${start}\n${measured.trimEnd()}\n${end}\n`
      : `${current.slice(0, from + start.length)}\n${measured.trimEnd()}\n${current.slice(to)}`;
  writeFileSync(file, next);
}
