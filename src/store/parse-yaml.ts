// YAML text → plain data plus a source map of every node, and the problems of
// the text itself (syntax, duplicate keys, conflict markers, alias bombs).
// Takes a string, never a path: reading and decoding happen in read-record-file.ts.
// Record text is untrusted data: nothing here runs it, resolves a tag to a JavaScript
// object, follows an alias into itself, or lets a key reach an object's prototype.
import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, type Node, parseDocument, type YAMLError } from 'yaml';
import { compareProblems, type Problem } from '../model/problem.js';
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
/** Texts this large are scanned for nesting before the parser builds a tree of it: a 1 MiB
 * file of `[[[[…` would otherwise cost the parser a gigabyte. A record is well under this. */
const NESTING_SCAN_FROM = 16 * 1024;
/** More problems than this in one file are noise (one mistake repeated, or a file that is no
 * record at all); the rest are counted, not listed, so output stays readable and fast. */
export const MAX_PROBLEMS_PER_FILE = 50;
const TOO_MANY = 'too-many-problems';
/** A key JavaScript treats specially: as data it could replace an object's prototype. */
const RESERVED_KEY = '__proto__';

const YAML_ERROR_RULES: Record<string, string> = {
  MULTIPLE_DOCS: 'multiple-documents',
  DUPLICATE_KEY: 'duplicate-key',
  TAG_RESOLVE_FAILED: 'unknown-tag',
  BAD_COLLECTION_TYPE: 'unknown-tag',
  // The composer ran out of stack on deep nesting: the same mistake as the walk's depth limit finds.
  RESOURCE_EXHAUSTION: 'too-deep',
};

export function parseYamlMapping(text: string, file: string): ParsedYaml {
  const conflicts = findConflictMarkers(text, file);
  if (conflicts.length > 0) return { problems: conflicts };

  const tooDeepAt = text.length >= NESTING_SCAN_FROM ? findExcessiveNesting(text) : undefined;
  if (tooDeepAt !== undefined) {
    const lineStart = text.lastIndexOf('\n', tooDeepAt - 1) + 1;
    const line = 1 + (text.slice(0, lineStart).match(/\n/g)?.length ?? 0);
    return { problems: [{ file, line, column: tooDeepAt - lineStart + 1, severity: 'error', rule: 'too-deep', message: tooDeepMessage() }] };
  }

  const lineCounter = new LineCounter();
  // Always the YAML 1.2 core schema, even under a `%YAML 1.1` directive: dates stay text, `no` stays "no".
  // resolveKnownTags: false, so `!!binary`, `!!timestamp`, `!!set` and `!!omap` are unknown tags like any
  // other, instead of turning into a Uint8Array, Date, Set or Map that no field expects.
  // Duplicate keys are found in the walk below: the parser's own check is quadratic in the number of keys.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, schema: 'core', resolveKnownTags: false });
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
  if (yamlProblems.length > 0) return { problems: limitProblems(yamlProblems) };

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
  // The node each anchor name stands for at this point of the text, and the nodes that enclose the
  // current one: an alias to an enclosing node would make the data contain itself.
  const anchors = new Map<string, Node>();
  const enclosing = new Set<Node>();
  const walk = (node: Node, path: DataPath): void => {
    if (path.length > MAX_DEPTH) {
      const span = node.range ? spanOf(node.range[0], node.range[1]) : ([1, 1, 1, 1] as const);
      if (!walkProblems.some((p) => p.rule === 'too-deep')) walkProblems.push(problem(span, 'too-deep', tooDeepMessage()));
      return;
    }
    if (node.range) sourceMap.values[pathKey(path)] = spanOf(node.range[0], node.range[1]);
    if (isAlias(node)) {
      firstAlias ??= sourceMap.values[pathKey(path)];
      const target = anchors.get(node.source);
      if (target && enclosing.has(target)) {
        walkProblems.push(
          problem(sourceMap.values[pathKey(path)] ?? [1, 1, 1, 1], 'yaml-alias', `the alias *${node.source} stands inside the value it names, so the value would contain itself: write the value out instead`),
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
        if (key.value === RESERVED_KEY) {
          walkProblems.push(problem(keySpan ?? [1, 1, 1, 1], 'reserved-key', `"${RESERVED_KEY}" cannot be a field name: JavaScript, which hypo runs on, gives it a special meaning`));
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
  if (walkProblems.length > 0) return { problems: limitProblems(walkProblems) };

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

/**
 * At most MAX_PROBLEMS_PER_FILE problems of one file, the first ones in the text, and then one
 * more that counts the rest (rule `too-many-problems`, at the first one left out; an error when
 * any left out is). Limiting a list that holds such a count already adds to that count.
 */
export function limitProblems(problems: readonly Problem[]): Problem[] {
  const counts = problems.filter((problem) => problem.rule === TOO_MANY);
  if (problems.length <= MAX_PROBLEMS_PER_FILE + counts.length && counts.length <= 1) return [...problems];
  const sorted = problems.filter((problem) => problem.rule !== TOO_MANY).sort(compareProblems);
  const kept = sorted.slice(0, MAX_PROBLEMS_PER_FILE);
  const left = [...sorted.slice(MAX_PROBLEMS_PER_FILE), ...counts];
  const more = sorted.slice(MAX_PROBLEMS_PER_FILE).length + counts.reduce((sum, count) => sum + Number(/^\d+/.exec(count.message)?.[0] ?? 0), 0);
  const first = left[0]!;
  kept.push({
    file: first.file,
    line: first.line,
    column: first.column,
    severity: left.some((problem) => problem.severity === 'error') ? 'error' : 'warning',
    rule: TOO_MANY,
    message: `${more} more ${more === 1 ? 'problem' : 'problems'} in this file, not listed: fix the ones above and check again`,
  });
  return kept;
}

function tooDeepMessage(): string {
  return `the data nests more than ${MAX_DEPTH} levels deep: a record is a flat mapping`;
}

/**
 * The offset where flow collections (`[`, `{`) nest, or block indicators (`- - -`, `? ? ?`) pile up
 * on one line, more than MAX_DEPTH deep; undefined when they do not. One pass of the lexer, which
 * keeps no tree: quoted text, comments and block scalars are single tokens, so brackets in them do not count.
 */
function findExcessiveNesting(text: string): number | undefined {
  let offset = 0;
  let flow = 0;
  let onLine = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') flow++;
    else if (token === ']' || token === '}') flow = Math.max(0, flow - 1);
    else if (token === '-' || token === '?') onLine++;
    else if (token.startsWith('\n') || token.startsWith('\r\n')) onLine = 0;
    if (flow > MAX_DEPTH || onLine > MAX_DEPTH) return offset;
    // The lexer's markers for document start, flow end and scalar start are not text.
    if (token !== '\u0002' && token !== '\u0018' && token !== '\u001f') offset += token.length;
  }
  return undefined;
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
      return `${first.replace(/^Unresolved tag/, 'unknown tag').replace('tag:yaml.org,2002:', '!!')}: records hold plain values, without custom tags`;
    case 'BAD_COLLECTION_TYPE':
      return `${first.replace('tag:yaml.org,2002:', '!!')}: records hold plain values, without custom tags`;
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
