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

export const START_OF_FILE: Span = [1, 1, 1, 1];

export function pathKey(path: DataPath): string {
  return path.join('\u001f');
}

/**
 * The span of the node at `path`, or of its nearest ancestor that exists
 * (a missing field points at the mapping that should hold it).
 */
export function locate(map: SourceMap | undefined, path: DataPath, prefer: 'value' | 'key' = 'value'): Span {
  if (!map) return START_OF_FILE;
  const exact = prefer === 'key' ? (map.keys[pathKey(path)] ?? map.values[pathKey(path)]) : map.values[pathKey(path)];
  if (exact) return exact;
  for (let end = path.length - 1; end >= 0; end--) {
    const ancestor = path.slice(0, end);
    // A missing field is best shown at its parent's key (`result:`), not at the whole block.
    const span = end > 0 ? (map.keys[pathKey(ancestor)] ?? map.values[pathKey(ancestor)]) : map.values[pathKey(ancestor)];
    if (span) return span;
  }
  return START_OF_FILE;
}
