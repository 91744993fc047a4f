// The layers of src/ and the one direction of their arrows (docs/decisions/0007):
// cli → commands → operations → store, rules, report → model, and render used by the
// commands only. A test rather than a convention, so that the first import that climbs
// back up, or closes a cycle, fails the build with the files it runs between.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

type Layer = 'model' | 'store' | 'rules' | 'report' | 'render' | 'operations' | 'commands' | 'cli' | 'index';

/** What each layer may import, values and types alike. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  model: ['model'],
  store: ['model', 'store'],
  rules: ['model', 'rules'],
  report: ['model', 'rules', 'report'],
  render: ['model', 'rules', 'report', 'render'],
  operations: ['model', 'store', 'rules', 'report', 'operations'],
  commands: ['model', 'rules', 'report', 'operations', 'render', 'commands'],
  cli: ['model', 'operations', 'render', 'commands', 'cli'],
  // The library gives the CLI's JSON, which render writes (Test next's sentences).
  index: ['model', 'store', 'rules', 'report', 'operations', 'render'],
};

/** Types only: the commands and the CLI name what the store hands up, but do their I/O through operations. */
const TYPES_ONLY: Partial<Record<Layer, readonly Layer[]>> = {
  commands: ['store'],
  cli: ['store'],
};

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file).split(path.sep).join('/'));
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'|import\('(\.[^']+)'\)/gm;

/** Every relative import of a file: static, re-exports and dynamic `import()`. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const target = match[3] ?? match[4]!;
    const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), target)).replace(/\.js$/, '.ts');
    found.push({ from: file, to, typeOnly: Boolean(match[2]) });
  }
  return found;
}

function layerOf(file: string): Layer {
  const relative = path.posix.relative(SRC.replace(/\\/g, '/'), file);
  if (relative === 'index.ts') return 'index';
  const layer = relative.split('/')[0] as Layer;
  if (!(layer in ALLOWED)) throw new Error(`${relative} is in no known layer: add its folder to the table`);
  return layer;
}

const FILES = sourceFiles(SRC);
const IMPORTS = FILES.flatMap(importsOf);
const short = (file: string) => path.posix.relative(SRC.replace(/\\/g, '/'), file);

describe('the layers of src/', () => {
  it('are exactly the folders the architecture names', () => {
    const top = readdirSync(SRC).sort();
    expect(top).toEqual(['cli', 'commands', 'index.ts', 'model', 'operations', 'render', 'report', 'rules', 'store']);
  });

  it('import only downwards', () => {
    const wrong = IMPORTS.filter(({ from, to, typeOnly }) => {
      const source = layerOf(from);
      const target = layerOf(to);
      if (ALLOWED[source].includes(target)) return false;
      return !(typeOnly && TYPES_ONLY[source]?.includes(target));
    }).map(({ from, to, typeOnly }) => `${short(from)} → ${short(to)}${typeOnly ? ' (types)' : ''}`);
    expect(wrong).toEqual([]);
  });

  it('resolve every relative import to a file that exists', () => {
    const known = new Set(FILES);
    expect(IMPORTS.filter(({ to }) => !known.has(to)).map(({ from, to }) => `${short(from)} → ${short(to)}`)).toEqual([]);
  });

  it('have no import cycle, types included', () => {
    const edges = new Map<string, string[]>();
    for (const { from, to } of IMPORTS) edges.set(from, [...(edges.get(from) ?? []), to]);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(short).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of edges.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of FILES) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('the world injected', () => {
  it('is read from the process only by the CLI and the library entry point', () => {
    const readers = FILES.filter((file) => !['cli', 'index'].includes(layerOf(file)))
      .filter((file) => /\bprocess\.env\b/.test(readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '')))
      .map(short);
    // The parser worker is a thread's own entry point: it swaps its environment for a plain
    // copy (yaml reads it per token) and reads no setting from it.
    expect(readers).toEqual(['store/parse-worker.ts']);
    expect(readFileSync(path.join(SRC, 'store/parse-worker.ts'), 'utf8')).toMatch(/^process\.env = \{ \.\.\.process\.env \};$/m);
  });

  it('reaches the disk, git and threads only through the store (and the CLI, at the process boundary)', () => {
    const io = /from '(node:fs|node:fs\/promises|node:child_process|node:worker_threads|simple-git)'/;
    const touching = FILES.filter((file) => !['store', 'cli'].includes(layerOf(file)))
      .filter((file) => io.test(readFileSync(file, 'utf8')))
      .map(short);
    expect(touching).toEqual([]);
  });

  it('gives exit codes by name in the commands, never as bare numbers', () => {
    const bare = FILES.filter((file) => layerOf(file) === 'commands')
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ file, line, number: index + 1 })),
      )
      .filter(({ line }) => /\breturn\s+\d+\s*;|\?\s*\d+\s*:\s*\d+/.test(line))
      .map(({ file, number }) => `${short(file)}:${number}`);
    expect(bare).toEqual([]);
  });
});

describe('the architecture test itself', () => {
  it('sees the imports it judges: static, type-only, re-exports and lazy ones', () => {
    const program = importsOf(path.posix.join(SRC, 'cli/records-commands.ts'));
    expect(program.some(({ to }) => to.endsWith('/commands/check.ts'))).toBe(true);
    const context = importsOf(path.posix.join(SRC, 'commands/context.ts'));
    expect(context).toContainEqual({ from: expect.any(String), to: expect.stringMatching(/store\/write-faults\.ts$/), typeOnly: true });
    const index = importsOf(path.posix.join(SRC, 'index.ts'));
    expect(index.some(({ to }) => to.endsWith('/rules/check-repository.ts'))).toBe(true);
  });
});
