// Where each node of a parsed YAML file stands, keyed by its path in the data.
// A plain serialisable object, so that pure code (rules, validation) can point at
// the offending value, list item or key without holding the YAML document.

export type DataPath = readonly (string | number)[];

/** [line, column, endLine, endColumn], all 1-based. */
export type Span = readonly [number, number, number, number];

export interface SourceMap {
  /** Span of the value at a path. */
  values: Record<string, Span>;
  /** Span of the key of a mapping entry at a path. */
  keys: Record<string, Span>;
}

/**
 * The same, in two objects instead of dozens: the form a source map travels in from a
 * parser worker, where copying thousands of small arrays would cost more than parsing.
 * Path keys are joined by newlines; each path has 8 numbers: its value span, then its
 * key span (zeros where there is none).
 */
export interface PackedSourceMap {
  paths: string;
  spans: Int32Array;
}

export function packSourceMap(map: SourceMap): PackedSourceMap {
  const paths = [...new Set([...Object.keys(map.values), ...Object.keys(map.keys)])];
  const spans = new Int32Array(paths.length * 8);
  paths.forEach((key, index) => {
    spans.set(spanAt(map.values, key) ?? [0, 0, 0, 0], index * 8);
    spans.set(spanAt(map.keys, key) ?? [0, 0, 0, 0], index * 8 + 4);
  });
  return { paths: paths.join('\n'), spans };
}

const unpacked = new WeakMap<PackedSourceMap, SourceMap>();

function unpack(packed: PackedSourceMap): SourceMap {
  let map = unpacked.get(packed);
  if (!map) {
    map = emptySourceMap();
    const spans = packed.spans;
    packed.paths.split('\n').forEach((key, index) => {
      const at = index * 8;
      if (spans[at]! > 0) map!.values[key] = [spans[at]!, spans[at + 1]!, spans[at + 2]!, spans[at + 3]!];
      if (spans[at + 4]! > 0) map!.keys[key] = [spans[at + 4]!, spans[at + 5]!, spans[at + 6]!, spans[at + 7]!];
    });
    unpacked.set(packed, map);
  }
  return map;
}

function isPacked(map: SourceMap | PackedSourceMap): map is PackedSourceMap {
  return typeof (map as PackedSourceMap).paths === 'string';
}

export const START_OF_FILE: Span = [1, 1, 1, 1];

/** A source map with nothing in it, whose records have no prototype: a key such as `__proto__` in a file is just a key. */
export function emptySourceMap(): SourceMap {
  return { values: Object.create(null) as Record<string, Span>, keys: Object.create(null) as Record<string, Span> };
}

/** The span stored under `key`, never one inherited (`toString`, `constructor`). */
function spanAt(spans: Record<string, Span>, key: string): Span | undefined {
  return Object.hasOwn(spans, key) ? spans[key] : undefined;
}

export function pathKey(path: DataPath): string {
  return path.join('\u001f');
}

/**
 * The span of the node at `path`, or of its nearest ancestor that exists
 * (a missing field points at the mapping that should hold it).
 */
export function locate(source: SourceMap | PackedSourceMap | undefined, path: DataPath, prefer: 'value' | 'key' = 'value'): Span {
  if (!source) return START_OF_FILE;
  const spans = spansIn(source);
  const key = pathKey(path);
  const exact = prefer === 'key' ? (spans(key, KEY) ?? spans(key, VALUE)) : spans(key, VALUE);
  if (exact) return exact;
  for (let end = path.length - 1; end >= 0; end--) {
    const ancestor = path.slice(0, end);
    // A missing field is best shown at its parent's key (`result:`), not at the whole block.
    const at = pathKey(ancestor);
    const span = end > 0 ? (spans(at, KEY) ?? spans(at, VALUE)) : spans(at, VALUE);
    if (span) return span;
  }
  return START_OF_FILE;
}

const VALUE = 0;
const KEY = 4;
type Spans = (key: string, which: typeof VALUE | typeof KEY) => Span | undefined;

/** Packed maps asked about once already. */
const askedOnce = new WeakSet<PackedSourceMap>();

/**
 * The spans of a map. A packed map is read as it is the first time it is asked about (a
 * command such as `stale` asks one question of each of thousands of files, and unpacking
 * each was most of that question's cost), and unpacked the second time (a rule that asks
 * many questions of one file).
 */
function spansIn(source: SourceMap | PackedSourceMap): Spans {
  if (isPacked(source) && !unpacked.has(source) && !askedOnce.has(source)) {
    askedOnce.add(source);
    return (key, which) => packedSpan(source, key, which);
  }
  const map = isPacked(source) ? unpack(source) : source;
  return (key, which) => spanAt(which === KEY ? map.keys : map.values, key);
}

/** The span unpack would give for `key`: of the last line that is `key` and has one (a zero line means none). */
function packedSpan(packed: PackedSourceMap, key: string, which: typeof VALUE | typeof KEY): Span | undefined {
  if (key.includes('\n')) return undefined;
  const { paths, spans } = packed;
  let found: Span | undefined;
  for (let start = 0, index = 0; ; index++) {
    const newLine = paths.indexOf('\n', start);
    const end = newLine === -1 ? paths.length : newLine;
    if (end - start === key.length && paths.startsWith(key, start)) {
      const at = index * 8 + which;
      if (spans[at]! > 0) found = [spans[at]!, spans[at + 1]!, spans[at + 2]!, spans[at + 3]!];
    }
    if (newLine === -1) return found;
    start = newLine + 1;
  }
}
