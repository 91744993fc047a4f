// The walk over a parsed YAML mapping that records where every key and value stands
// (the source map that puts each problem at its line and column), and finds on the way
// what the parser lets through: non-text and duplicate keys, `__proto__`, aliases that
// would make the data contain itself, and nesting too deep.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Problem } from '../model/problem.js';
import { type DataPath, emptySourceMap, pathKey, type SourceMap, type Span } from '../model/source-map.js';
import { describeYamlError } from './yaml-errors.js';
import { MAX_DEPTH, tooDeepMessage } from './yaml-prescan.js';

/** A key JavaScript treats specially: as data it could replace an object's prototype. */
const RESERVED_KEY = '__proto__';

/** Where the walk files the nodes of a merge key's value: no field can be named so. */
const MERGE_PATH_KEY = '<<';

/** A `<<` key, which the parser (with `merge: true`) turns into a merge of the mappings it names. */
function isMergeKey(key: Node | null): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}

export interface MappedSource {
  sourceMap: SourceMap;
  problems: Problem[];
  /** Where the first alias stands, to point at when the aliases cannot be resolved. */
  firstAlias?: Span;
}

/** `spanOf` turns offsets into lines and columns; `problem` makes a problem of this file. */
export function mapSource(
  contents: YAMLMap,
  spanOf: (start: number, end: number) => Span,
  problem: (span: Span, rule: string, message: string) => Problem,
): MappedSource {
  const sourceMap: SourceMap = emptySourceMap();
  const problems: Problem[] = [];
  let firstAlias: Span | undefined;
  // The node each anchor name stands for at this point of the text, and the nodes that enclose the
  // current one: an alias to an enclosing node would make the data contain itself.
  const anchors = new Map<string, Node>();
  const enclosing = new Set<Node>();
  const walk = (node: Node, path: DataPath): void => {
    if (path.length > MAX_DEPTH) {
      const span = node.range ? spanOf(node.range[0], node.range[1]) : ([1, 1, 1, 1] as const);
      if (!problems.some((p) => p.rule === 'too-deep')) problems.push(problem(span, 'too-deep', tooDeepMessage()));
      return;
    }
    if (node.range) sourceMap.values[pathKey(path)] = spanOf(node.range[0], node.range[1]);
    if (isAlias(node)) {
      firstAlias ??= sourceMap.values[pathKey(path)];
      const target = anchors.get(node.source);
      if (target && enclosing.has(target)) {
        problems.push(
          problem(
            sourceMap.values[pathKey(path)] ?? [1, 1, 1, 1],
            'yaml-alias',
            `the alias *${node.source} stands inside the value it names, so the value would contain itself: write the value out instead`,
          ),
        );
      }
      return;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    enclosing.add(node);
    walkChildren(node, path);
    enclosing.delete(node);
  };
  const walkChildren = (node: Node, path: DataPath): void => {
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (item && typeof item === 'object' && 'range' in item) walk(item as Node, [...path, index]);
      });
    } else if (isMap(node)) {
      const seen = new Set<string>();
      const merges: Pair[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const keySpan = key?.range ? spanOf(key.range[0], key.range[1]) : undefined;
        if (isMergeKey(key)) {
          merges.push(pair);
          continue;
        }
        if (!isScalar(key) || typeof key.value !== 'string') {
          problems.push(problem(keySpan ?? sourceMap.values[pathKey(path)] ?? [1, 1, 1, 1], 'non-text-key', 'field names must be plain text'));
          continue;
        }
        if (seen.has(key.value)) {
          problems.push(problem(keySpan ?? [1, 1, 1, 1], 'duplicate-key', describeYamlError('DUPLICATE_KEY', '')));
          continue;
        }
        if (key.value === RESERVED_KEY) {
          problems.push(
            problem(
              keySpan ?? [1, 1, 1, 1],
              'reserved-key',
              `"${RESERVED_KEY}" cannot be a field name: JavaScript, which hypo runs on, gives it a special meaning`,
            ),
          );
          continue;
        }
        seen.add(key.value);
        const childPath = [...path, key.value];
        if (keySpan) sourceMap.keys[pathKey(childPath)] = keySpan;
        const value = pair.value as Node | null;
        if (value) walk(value, childPath);
        // `field:` with nothing after it: point at the field, not at the empty space after the colon.
        if (keySpan && (!value?.range || value.range[0] === value.range[1])) sourceMap.values[pathKey(childPath)] = keySpan;
      }
      for (const merge of merges) mapMerge(merge, path, seen);
    }
  };
  // `<<: *defaults` (YAML 1.1 merge keys, as editors read them): the fields it brings in that the
  // mapping does not set itself are placed at the `<<` line, where a problem in them is best fixed.
  const mapMerge = (pair: Pair, path: DataPath, seen: Set<string>): void => {
    const value = pair.value as Node | null;
    const span = value?.range ? spanOf(value.range[0], value.range[1]) : (sourceMap.values[pathKey(path)] ?? ([1, 1, 1, 1] as const));
    if (value) walk(value, [...path, MERGE_PATH_KEY]);
    const sources = value && isSeq(value) ? (value.items as Node[]) : [value];
    const maps = sources.map((source) => (isAlias(source) ? anchors.get(source.source) : source));
    if (!maps.every((source) => isMap(source))) {
      problems.push(
        problem(span, 'yaml-merge', 'a merge key (<<) takes a mapping, an alias of one (<<: *defaults) or a list of them: write the fields out instead'),
      );
      return;
    }
    for (const source of maps as YAMLMap[]) {
      for (const item of source.items) {
        const key = isPair(item) && isScalar(item.key) ? item.key.value : undefined;
        if (typeof key !== 'string' || seen.has(key)) continue;
        seen.add(key);
        sourceMap.keys[pathKey([...path, key])] = span;
        sourceMap.values[pathKey([...path, key])] = span;
      }
    }
  };
  walk(contents, []);
  return firstAlias ? { sourceMap, problems, firstAlias } : { sourceMap, problems };
}
