// YAML text → plain data plus a source map of every node, and the problems of
// the text itself (syntax, duplicate keys, conflict markers, alias bombs).
// Takes a string, never a path: reading and decoding happen in read-record-file.ts.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLError } from 'yaml';
import type { Problem } from '../model/problem.js';
import { type DataPath, pathKey, type SourceMap, type Span } from '../model/source-map.js';

export interface ParsedYaml {
  /** The mapping's data; undefined when the text has problems that make it unusable. */
  data?: Record<string, unknown>;
  sourceMap?: SourceMap;
  problems: Problem[];
}

/** Enough for any real record; an alias bomb stops here instead of eating memory. */
const MAX_ALIAS_COUNT = 100;
/** Records nest three levels at most; anything far deeper is not a record, and recursing into it risks the stack. */
const MAX_DEPTH = 64;
const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?:\s|$)/;

const YAML_ERROR_RULES: Record<string, string> = {
  MULTIPLE_DOCS: 'multiple-documents',
  DUPLICATE_KEY: 'duplicate-key',
  TAG_RESOLVE_FAILED: 'unknown-tag',
};

export function parseYamlMapping(text: string, file: string): ParsedYaml {
  const conflicts = findConflictMarkers(text, file);
  if (conflicts.length > 0) return { problems: conflicts };

  const lineCounter = new LineCounter();
  // Always the YAML 1.2 core schema, even under a `%YAML 1.1` directive: dates stay text, `no` stays "no".
  // Duplicate keys are found in the walk below: the parser's own check is quadratic in the number of keys.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, schema: 'core' });
  const spanOf = (start: number, end: number): Span => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return [from.line, from.col, to.line, to.col];
  };
  const problem = (span: Span, rule: string, message: string): Problem => ({
    file,
    line: span[0],
    column: span[1],
    endLine: span[2],
    endColumn: span[3],
    severity: 'error',
    rule,
    message,
  });

  // Warnings count as errors: an unresolved tag (`!include`, `!!js/function`) in a record is a mistake.
  const yamlProblems = [...doc.errors, ...doc.warnings].map((error: YAMLError) =>
    problem(spanOf(error.pos[0], error.pos[1]), YAML_ERROR_RULES[error.code] ?? 'yaml-syntax', describeYamlError(error.code, error.message)),
  );
  if (yamlProblems.length > 0) return { problems: yamlProblems };

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null && contents.range[0] === contents.range[1])) {
    return { problems: [problem([1, 1, 1, 1], 'empty-file', 'the file is empty: a record is a mapping of fields, starting with `kind:`')] };
  }
  if (!isMap(contents)) {
    const found = isSeq(contents) ? 'a list' : isAlias(contents) ? 'an alias' : 'a single value';
    const [start, end] = contents.range ?? [0, 0];
    return {
      problems: [problem(spanOf(start, end), 'not-a-mapping', `the file must hold one mapping of fields (kind: …, title: …) — found ${found}`)],
    };
  }

  const sourceMap: SourceMap = { values: {}, keys: {} };
  const walkProblems: Problem[] = [];
  let firstAlias: Span | undefined;
  const walk = (node: Node, path: DataPath): void => {
    if (path.length > MAX_DEPTH) {
      const span = node.range ? spanOf(node.range[0], node.range[1]) : ([1, 1, 1, 1] as const);
      if (!walkProblems.some((p) => p.rule === 'too-deep')) walkProblems.push(problem(span, 'too-deep', `the data nests more than ${MAX_DEPTH} levels deep: a record is a flat mapping`));
      return;
    }
    if (node.range) sourceMap.values[pathKey(path)] = spanOf(node.range[0], node.range[1]);
    if (isAlias(node)) {
      firstAlias ??= sourceMap.values[pathKey(path)];
      return;
    }
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (item && typeof item === 'object' && 'range' in item) walk(item as Node, [...path, index]);
      });
    } else if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const keySpan = key?.range ? spanOf(key.range[0], key.range[1]) : undefined;
        if (!isScalar(key) || typeof key.value !== 'string') {
          walkProblems.push(problem(keySpan ?? sourceMap.values[pathKey(path)] ?? [1, 1, 1, 1], 'non-text-key', 'field names must be plain text'));
          continue;
        }
        if (seen.has(key.value)) {
          walkProblems.push(problem(keySpan ?? [1, 1, 1, 1], 'duplicate-key', describeYamlError('DUPLICATE_KEY', '')));
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
    }
  };
  walk(contents, []);
  if (walkProblems.length > 0) return { problems: walkProblems };

  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
    return { data, sourceMap, problems: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = /excessive alias/i.test(reason)
      ? `aliases expand too far (more than ${MAX_ALIAS_COUNT} uses): write the values out instead`
      : `an alias cannot be resolved: ${reason}`;
    return { problems: [problem(firstAlias ?? [1, 1, 1, 1], 'yaml-alias', message)] };
  }
}

function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed for indentation in YAML: indent with spaces';
    case 'DUPLICATE_KEY':
      return 'this field appears twice in the mapping: keep one';
    case 'MULTIPLE_DOCS':
      return 'the file holds several YAML documents (`---`): a record file holds exactly one';
    case 'TAG_RESOLVE_FAILED':
      return `${first.replace(/^Unresolved tag/, 'unknown tag')}: records hold plain values, without custom tags`;
    default:
      if (/call stack/i.test(first)) return 'the data nests too deeply to read: a record is a flat mapping';
      return first.charAt(0).toLowerCase() + first.slice(1);
  }
}

function findConflictMarkers(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  if (!/^(?:<{7}|={7}|>{7}|\|{7})/m.test(text)) return problems;
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const content = text.slice(start, end === -1 ? text.length : end);
    if (CONFLICT_MARKER.test(content)) {
      problems.push({
        file,
        line,
        column: 1,
        endLine: line,
        endColumn: 8,
        severity: 'error',
        rule: 'merge-conflict',
        message: `left-over merge-conflict marker "${content.slice(0, 7)}": resolve the conflict and remove the markers`,
      });
    }
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return problems;
}
