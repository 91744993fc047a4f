// The quick way from a record's YAML text to its data and source map, for the records
// hypo writes and people write by hand. Building the yaml library's Document (its Composer,
// then toJS and the source-map walk over the nodes) is about a third of the cost of parsing
// a repository; this reads the parser's CST tokens once and builds the data and the spans
// straight from them.
//
// What it covers: one block mapping of plain-text keys to plain, quoted ('…', "…" with
// escapes) and block (| and >, with chomping and indentation indicators) scalars, block
// lists, nested block mappings, lists of mappings, empty values, and one-line flow lists of
// scalars (`tags: [a, b]`); comments and blank lines where they usually stand; LF or CRLF.
//
// It answers only when its answer is exactly the Document path's, so every problem and
// position stays as parse-yaml.ts has always given them: the scalars' text comes from the
// yaml library's own CST.resolveAsScalar, plain scalars are typed by the same schema's tags
// (YAML_READ_OPTIONS), and each range is computed as the Composer computes it. For anything
// else it returns undefined and the Document path, which finds and words every problem,
// does the work: anchors, aliases, tags, directives, `---` or `...`, more than one document,
// a byte-order mark, flow mappings, flow lists over several lines or with comments, pairs,
// empty items or collections inside, explicit `?` keys, keys that are not plain text
// (quoted, `1`, `true`, `null`, `<<`), duplicate keys, `__proto__`, tabs among the
// indentation, nesting deeper than a record's, any error token, and any error or warning
// the yaml library would raise on the way.
import { CST, Document, isScalar, LineCounter, Parser, type ScalarTag } from 'yaml';
import { emptySourceMap, pathKey, type SourceMap, type Span } from '../model/source-map.js';
import { YAML_READ_OPTIONS } from './yaml-options.js';

export interface FastParsedYaml {
  data: Record<string, unknown>;
  sourceMap: SourceMap;
  problems: [];
}

/** Records nest three levels; anything deeper goes the Document path, which also guards the stack. */
const MAX_FAST_DEPTH = 16;

/** The Composer's limit on an implicit key's length (its `strict` option, on by default). */
const MAX_KEY_SPAN = 1024;

/** Thrown to give up on the fast path: the text has something it does not cover. */
const DECLINE = Symbol('decline');

function decline(): never {
  throw DECLINE;
}

// The same schema and options the Document path reads with, so plain scalars get the same types.
const READ_DOCUMENT = new Document(undefined, { ...YAML_READ_OPTIONS, uniqueKeys: false, resolveKnownTags: false });
const SCALAR_TAGS = READ_DOCUMENT.schema.tags.filter((tag): tag is ScalarTag => !('collection' in tag && tag.collection) && !!tag.test);
/** The tags a plain value may resolve to (anything else is a string). */
const VALUE_TAGS = SCALAR_TAGS.filter((tag) => tag.default === true);
/** The tags a plain key may resolve to: a key that matches any of them is not plain text (the merge key `<<` among them). */
const KEY_TAGS = SCALAR_TAGS.filter((tag) => tag.default === true || tag.default === 'key');

/** A plain value as the Composer types it and toJS gives it: null, a boolean, a number or the text itself. */
function typedPlain(text: string): unknown {
  for (const tag of VALUE_TAGS) {
    if (!tag.test!.test(text)) continue;
    const resolved = tag.resolve(text, decline, READ_DOCUMENT.options);
    const value = isScalar(resolved) ? resolved.value : resolved;
    return typeof value === 'bigint' ? Number(value) : value;
  }
  return text;
}

/** A node as the Composer would range it: [start, end] is its span, next where the next node's offsets continue (its range[2]). */
interface Built {
  value: unknown;
  start: number;
  end: number;
  next: number;
}

/** What the Composer's resolveProps finds in the tokens before a node or around an indicator. */
interface Props {
  found: CST.SourceToken | undefined;
  end: number;
  comment: boolean;
  hasNewline: boolean;
}

/**
 * The tokens before a key, a list item or the document's value, or from a `:` to its value:
 * only spaces (no tabs), comments after white space, line breaks and the one `indicator`
 * given. Anchors, tags, `?` and anything else decline.
 */
function readProps(tokens: CST.SourceToken[], indicator: string | undefined, offset: number, startOnNewline: boolean): Props {
  let hasSpace = startOnNewline;
  let found: CST.SourceToken | undefined;
  let comment = false;
  let hasNewline = false;
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        if (token.source.includes('\t')) decline();
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) decline();
        comment = true;
        break;
      case 'newline':
        hasNewline = true;
        hasSpace = true;
        break;
      default:
        if (token.type !== indicator || found) decline();
        found = token;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  return { found, end: last ? last.offset + last.source.length : offset, comment, hasNewline };
}

/** Where the Composer places an empty value: after the indicator and the spaces that follow it (its emptyScalarPosition). */
function emptyPosition(offset: number, before: CST.SourceToken[]): number {
  let at = offset;
  for (let index = before.length - 1; index >= 0; --index) {
    const token = before[index]!;
    if (token.type === 'space' || token.type === 'comment' || token.type === 'newline') {
      at -= token.source.length;
      continue;
    }
    for (let after = index + 1; before[after]?.type === 'space'; after++) at += before[after]!.source.length;
    break;
  }
  return at;
}

/** An empty value (`field:` or `-` with nothing after it): null, ranged as composeEmptyNode ranges it. */
function emptyNode(propsEnd: number, before: CST.SourceToken[], comment: boolean): Built {
  const at = emptyPosition(propsEnd, before);
  return { value: null, start: at, end: at, next: comment ? propsEnd : at };
}

/** A scalar's text through the yaml library's own resolver; any error it raises declines. */
function resolveScalar(token: CST.FlowScalar | CST.BlockScalar): { value: string; range: [number, number, number] } {
  const resolved = CST.resolveAsScalar(token, true, decline);
  if (!resolved) decline();
  return resolved;
}

/** One parse: the text's line counter and the source map being filled. */
class FastWalk {
  readonly sourceMap: SourceMap = emptySourceMap();

  constructor(private readonly lines: LineCounter) {}

  spanOf(start: number, end: number): Span {
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(Math.max(start, end));
    return [from.line, from.col, to.line, to.col];
  }

  node(token: CST.Token, path: (string | number)[]): Built {
    if (path.length > MAX_FAST_DEPTH) decline();
    switch (token.type) {
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar': {
        const { value, range } = resolveScalar(token);
        this.sourceMap.values[pathKey(path)] = this.spanOf(range[0], range[1]);
        return { value: token.type === 'scalar' ? typedPlain(value) : value, start: range[0], end: range[1], next: range[2] };
      }
      case 'block-map':
        return this.blockMap(token, path);
      case 'block-seq':
        return this.blockSeq(token, path);
      case 'flow-collection':
        return this.flowSeq(token, path);
      default:
        return decline();
    }
  }

  /** As the Composer's resolveBlockMap, declining wherever it would raise an error. */
  blockMap(map: CST.BlockMap, path: (string | number)[]): Built {
    const at = pathKey(path);
    // The mapping's own span goes first, before its fields', as the Document path's walk puts it.
    this.sourceMap.values[at] = [0, 0, 0, 0];
    const data: Record<string, unknown> = {};
    let offset = map.offset;
    let commentEnd: number | undefined;
    for (const item of map.items) {
      if (item.explicitKey) decline();
      const keyProps = readProps(item.start, undefined, offset, true);
      if (!item.sep) {
        // A line of comments only: nothing may follow it in this mapping.
        if (item.key !== undefined) decline();
        commentEnd = keyProps.end;
        continue;
      }
      const key = item.key;
      if (commentEnd !== undefined || !key || key.type !== 'scalar' || key.indent !== map.indent) decline();
      if (key.end?.length || key.source.includes('\n') || key.source.includes('\r')) decline();
      const { value: name, range: keyRange } = resolveScalar(key);
      if (KEY_TAGS.some((tag) => tag.test!.test(name)) || name === '__proto__' || Object.hasOwn(data, name)) decline();
      const valueProps = readProps(item.sep, 'map-value-ind', keyRange[2], false);
      if (!valueProps.found || keyProps.end < valueProps.found.offset - MAX_KEY_SPAN) decline();
      if (item.value?.type === 'block-map' && !valueProps.hasNewline) decline();
      const childPath = [...path, name];
      const childAt = pathKey(childPath);
      const keySpan = this.spanOf(keyRange[0], keyRange[1]);
      this.sourceMap.keys[childAt] = keySpan;
      let value: Built;
      if (item.value) {
        value = this.node(item.value, childPath);
      } else {
        value = emptyNode(valueProps.end, item.sep, valueProps.comment);
        this.sourceMap.values[childAt] = keySpan;
      }
      // `field:` with nothing after it: the Document path points at the field.
      if (value.start === value.end) this.sourceMap.values[childAt] = keySpan;
      offset = value.next;
      // As the yaml library's toJS adds a pair: a name the object inherits (`constructor`) becomes its own.
      if (name in data) Object.defineProperty(data, name, { value: value.value, writable: true, enumerable: true, configurable: true });
      else data[name] = value.value;
    }
    this.sourceMap.values[at] = this.spanOf(map.offset, offset);
    return { value: data, start: map.offset, end: offset, next: commentEnd ?? offset };
  }

  /** As the Composer's resolveBlockSeq. */
  blockSeq(seq: CST.BlockSequence, path: (string | number)[]): Built {
    const at = pathKey(path);
    this.sourceMap.values[at] = [0, 0, 0, 0];
    const items: unknown[] = [];
    let offset = seq.offset;
    let commentEnd: number | undefined;
    for (const item of seq.items) {
      if (item.key !== undefined || item.sep !== undefined) decline();
      const props = readProps(item.start, 'seq-item-ind', offset, true);
      if (!props.found) {
        if (item.value) decline();
        commentEnd = props.end;
        continue;
      }
      const childPath = [...path, items.length];
      let value: Built;
      if (item.value) {
        value = this.node(item.value, childPath);
      } else {
        value = emptyNode(props.end, item.start, props.comment);
        this.sourceMap.values[pathKey(childPath)] = this.spanOf(value.start, value.end);
      }
      offset = value.next;
      items.push(value.value);
    }
    this.sourceMap.values[at] = this.spanOf(seq.offset, offset);
    return { value: items, start: seq.offset, end: offset, next: commentEnd ?? offset };
  }

  /**
   * A flow list of scalars on one line, `[a, "b", 'c']`, `[ ]` or `[a, b,]`, with no comments, pairs
   * or empty items between others; anything else declines.
   */
  flowSeq(flow: CST.FlowCollection, path: (string | number)[]): Built {
    if (flow.start.source !== '[') decline();
    const at = pathKey(path);
    this.sourceMap.values[at] = [0, 0, 0, 0];
    const items: unknown[] = [];
    for (const [index, item] of flow.items.entries()) {
      if (item.key !== undefined || item.sep !== undefined) decline();
      let comma = false;
      for (const token of item.start) {
        if (token.type === 'comma' && index > 0 && !comma) comma = true;
        else if (token.type !== 'space' || token.source.includes('\t')) decline();
      }
      const value = item.value;
      // Nothing after the last comma, or only spaces in `[ ]`: the Composer lets it be, and so the list ends.
      if (!value && index === flow.items.length - 1) break;
      if (!value || (index > 0 && !comma)) decline();
      if (value.type !== 'scalar' && value.type !== 'single-quoted-scalar' && value.type !== 'double-quoted-scalar') decline();
      if (value.source.includes('\n') || value.source.includes('\r')) decline();
      if (value.end?.some((token) => token.type !== 'space' || token.source.includes('\t'))) decline();
      items.push(this.node(value, [...path, index]).value);
    }
    const [close, ...after] = flow.end;
    if (close?.type !== 'flow-seq-end' || close.source !== ']') decline();
    const end = close.offset + close.source.length;
    // The tokens after `]` as the Composer's resolveEnd reads them (strict: a comment only after white space).
    let next = end;
    let hasSpace = false;
    for (const token of after) {
      if (token.type === 'comment' && !hasSpace) decline();
      if (token.type !== 'space' && token.type !== 'newline' && token.type !== 'comment') decline();
      if (token.type !== 'comment') hasSpace = true;
      next += token.source.length;
    }
    this.sourceMap.values[at] = this.spanOf(flow.offset, end);
    return { value: items, start: flow.offset, end, next };
  }
}

/**
 * The text's data and source map, exactly as the Document path (parseYamlMappingByDocument in
 * parse-yaml.ts) gives them for a text with no problems; undefined when the text has anything this
 * path does not cover, problems included. Run after prescanYamlText, as the Document path is.
 */
export function parseYamlMappingFast(text: string): FastParsedYaml | undefined {
  const lines = new LineCounter();
  let document: CST.Document | undefined;
  for (const token of new Parser(lines.addNewLine).parse(text)) {
    // Comments, blank lines and spaces around the document are only the prelude; a byte-order
    // mark, a directive, `...`, an error or a second document go the Document path.
    if (token.type === 'comment' || token.type === 'newline' || token.type === 'space') continue;
    if (token.type !== 'document' || document) return undefined;
    document = token;
  }
  if (document?.value?.type !== 'block-map') return undefined;
  try {
    readProps(document.start, undefined, document.offset, true);
    for (const token of document.end ?? []) {
      if (token.type !== 'space' && token.type !== 'newline' && token.type !== 'comment') decline();
    }
    const walk = new FastWalk(lines);
    const root = walk.blockMap(document.value, []);
    return { data: root.value as Record<string, unknown>, sourceMap: walk.sourceMap, problems: [] };
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}
