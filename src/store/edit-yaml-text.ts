// Edits a record's YAML text so that `git diff` shows only the lines that changed.
// The yaml Document API re-formats the whole file on toString() (re-folds `>` blocks, pads
// `[a, b]`, realigns comments), so edits are spliced into the source text at the ranges the
// parser reports. What the splicer does not handle falls back to the Document API, and every
// spliced result is parsed again and compared with the intended data before it is returned.
import { isDeepStrictEqual } from 'node:util';
import { Document, isAlias, isMap, isNode, isPair, isScalar, isSeq, type Pair, parseAllDocuments, parseDocument, type Range, Scalar, Schema, type ToStringOptions, visit, type YAMLMap, type YAMLSeq } from 'yaml';

export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };
/** Sets the mapping key at `path` to `value`; `undefined` removes the key. */
export interface TextEdit {
  path: readonly string[];
  value: YamlValue | undefined;
}

/** The schema hypo reads records with (see parse-yaml.ts): YAML 1.2 core, so dates and `yes` stay text. */
const PARSE_OPTIONS = { schema: 'core', prettyErrors: false } as const;
/** New scalars are also quoted where a YAML 1.1 reader would see a boolean or number (`yes`, `on`, `0o7`).
 * Dates stay plain: the format documents them without quotes. */
const DOC_OPTIONS = { compat: new Schema({ schema: 'yaml-1.1' }).tags.filter((tag) => tag.tag !== 'tag:yaml.org,2002:timestamp') };
/** A fresh list goes on its key's line as `[a, b]` only while every item and the whole line stay short. */
const MAX_FLOW_ITEM = 40;
const MAX_FLOW_LINE = 80;

/** How this file writes what the splicer adds: line ends, `[a, b]` or `[ a, b ]`, and `- ` items under or beside their key. */
interface FileStyle {
  eol: string;
  padded: boolean;
  indentSeq: boolean;
}

/** Thrown where the splicer meets a construct it does not edit; applyTextEdits then uses the Document API. */
class Unsupported extends Error {}

/** Applies the edits in order and returns the new text. The input is a record file's text WITHOUT a BOM; it may use LF or CRLF line ends. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const original = parseDocument(text, PARSE_OPTIONS);
  const newline = text.indexOf('\n');
  const eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
  const errors = original.errors.filter((error) => error.code !== 'MULTIPLE_DOCS');
  if (errors.length > 0) throw new Error(`cannot edit YAML that does not parse: ${errors[0]?.message ?? ''}`);
  const style = detectStyle(text, original, eol);
  // Several documents: the Document API edits the first and writes every one back.
  if (original.errors.length > 0) return editFirstDocument(text, edits, style);

  const target = original.clone();
  for (const edit of edits) applyToDocument(target, edit);
  const intended: unknown = target.toJS();
  const spliced = trySplice(text, edits, style);
  if (spliced !== undefined && hasData(spliced, intended)) return spliced;
  return checked(withEol(target.toString(toStringOptions(style)), eol), intended);
}

/** The Document API's text too is read back before it is returned: a value it cannot write faithfully is an error, never a silent change. */
function checked(rendered: string, intended: unknown): string {
  if (!hasData(rendered, intended)) throw new Error('cannot write this value so that it reads back the same: write the field by hand');
  return rendered;
}

/** The Document API's version of an edit; its result is both the fallback text and the data the splice must give. */
function applyToDocument(doc: Document, { path, value }: TextEdit): void {
  let map = doc.contents;
  if (!isMap(map)) throw new Error('cannot edit: the YAML text is not a mapping of fields');
  const key = path.at(-1);
  if (key === undefined) throw new Error('cannot edit: the field path is empty');
  for (const [depth, step] of path.slice(0, -1).entries()) {
    const child: unknown = map.get(step, true);
    // A missing or empty parent (`decision:`) becomes a mapping; removing below it changes nothing.
    if (child === undefined || (isScalar(child) && child.value === null)) {
      if (value !== undefined) map.set(step, doc.createNode(nest(path.slice(depth + 1), value)));
      return;
    }
    if (!isMap(child)) throw new Error(`cannot edit ${path.join('.')}: ${path.slice(0, depth + 1).join('.')} is not a mapping`);
    map = child;
  }
  detachAliases(doc, map.get(key, true));
  if (value === undefined) map.delete(key);
  else map.set(key, doc.createNode(value));
}

/** Aliases to anchors inside a value that is replaced or removed get a copy of what they showed: their data stays, nothing dangles. */
function detachAliases(doc: Document, old: unknown): void {
  const anchors = new Set<string>();
  if (isNode(old)) visit(old, { Node: (_, node) => void (node.anchor && anchors.add(node.anchor)) });
  if (anchors.size === 0) return;
  visit(doc, {
    Alias(_, alias) {
      const copy: unknown = anchors.has(alias.source) ? alias.resolve(doc)?.clone() : undefined;
      if (!isNode(copy)) return undefined;
      copy.anchor = undefined;
      return copy;
    },
  });
}

function editFirstDocument(text: string, edits: readonly TextEdit[], style: FileStyle): string {
  const docs = parseAllDocuments(text, PARSE_OPTIONS);
  const first = docs[0];
  if (first === undefined || docs.some((doc) => doc.errors.length > 0)) throw new Error('cannot edit YAML that does not parse');
  for (const edit of edits) applyToDocument(first, edit);
  const rendered = withEol(docs.map((doc) => doc.toString(toStringOptions(style))).join(''), style.eol);
  const back = parseAllDocuments(rendered, PARSE_OPTIONS);
  if (!Array.isArray(back) || !isDeepStrictEqual(back[0]?.toJS(), first.toJS())) throw new Error('cannot write this value so that it reads back the same: write the field by hand');
  return rendered;
}

function trySplice(text: string, edits: readonly TextEdit[], style: FileStyle): string | undefined {
  try {
    return edits.reduce((current, edit) => spliceEdit(current, edit, style), text);
  } catch {
    // Unsupported, or anything unforeseen: the Document API is the safe path.
    return undefined;
  }
}

function hasData(text: string, intended: unknown): boolean {
  try {
    const doc = parseDocument(text, PARSE_OPTIONS);
    return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), intended);
  } catch {
    return false;
  }
}

/** One edit on the text; the text is parsed again for each, so earlier edits' ranges never go stale. */
function spliceEdit(text: string, { path, value }: TextEdit, style: FileStyle): string {
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length > 0) throw new Unsupported('the spliced text does not parse');
  let map = blockMap(doc.contents);
  for (const [depth, key] of path.entries()) {
    const rest = path.slice(depth + 1);
    const wanted = value === undefined ? undefined : nest(rest, value);
    const pair = findPair(map, key);
    if (pair === undefined) return wanted === undefined ? text : addEntry(text, map, key, wanted, style);
    const emptyParent = isScalar(pair.value) && pair.value.value === null;
    if (rest.length === 0 || emptyParent) {
      if (wanted === undefined) return rest.length === 0 ? removeEntry(text, map, pair, path, style) : text;
      return replaceValue(text, doc, pair, wanted, path.slice(0, depth + 1), style);
    }
    map = blockMap(pair.value);
  }
  return text;
}

function addEntry(text: string, map: YAMLMap, key: string, value: YamlValue, style: FileStyle): string {
  const first = map.items[0];
  const last = map.items.at(-1);
  if (first === undefined || last === undefined) throw new Unsupported('empty mapping');
  const at = lineEnd(text, entryContentEnd(text, last));
  return replaceLines(text, at, at, renderEntry(key, value, column(text, rangeOf(first.key)[0]), style), style.eol);
}

function removeEntry(text: string, map: YAMLMap, pair: Pair, path: readonly string[], style: FileStyle): string {
  // An emptied nested mapping would read back as null; write `{}`, as the Document API does.
  if (map.items.length === 1 && path.length > 1) return spliceEdit(text, { path: path.slice(0, -1), value: {} }, style);
  checkEditable(pair.value);
  const start = keyLineStart(text, pair);
  return replaceLines(text, start, lineEnd(text, entryContentEnd(text, pair)), [], style.eol);
}

function replaceValue(text: string, doc: Document, pair: Pair, value: YamlValue, path: readonly string[], style: FileStyle): string {
  const node = pair.value;
  checkEditable(node);
  if (!isNode(node)) throw new Unsupported('no value node');
  if (isDeepStrictEqual(node.toJS(doc), value)) return text;
  if (isMap(node) && !node.flow && isObject(value) && Object.keys(value).length > 0) return replaceEntries(text, node, value, path, style);
  if (isSeq(node) && Array.isArray(value) && value.length > 0 && node.items.length > 0) {
    if (!node.flow) return replaceBlockItems(text, doc, node, value, style);
    const [start, end] = rangeOf(node);
    return text.slice(0, start) + flowList(text, doc, node, value) + text.slice(end);
  }
  const colon = colonEnd(text, pair);
  const start = keyLineStart(text, pair);
  const keyIndent = column(text, rangeOf(pair.key)[0]);
  // Rendered under a stand-in key `k`, whose `k:` is then cut off: the file's own key text stays as it is.
  const scalarType = isScalar(node) ? (isBlockScalar(node) ? Scalar.PLAIN : node.type) : undefined;
  const [first = '', ...more] = renderEntry('k', value, keyIndent, style, { scalarType, keyWidth: colon - start - keyIndent - 1 });
  const tail = first.slice(keyIndent + 'k:'.length);
  if (more.length === 0 && isInline(node)) {
    const [valueStart, valueEnd] = rangeOf(node);
    // Only YAML's own white space: String.trimStart would also eat a no-break space that starts the value.
    return text.slice(0, valueStart) + tail.replace(/^[ \t]+/, '') + text.slice(valueEnd);
  }
  // The value moves between the key's line and the lines below: rewrite the entry's lines, keeping the key and its comment.
  const lines = [text.slice(start, colon) + tail + keyLineComment(text, node, colon), ...more];
  return replaceLines(text, start, lineEnd(text, entryContentEnd(text, pair)), lines, style.eol);
}

/** A block mapping set to a new object: edit key by key, so unchanged entries keep their lines. */
function replaceEntries(text: string, node: YAMLMap, value: { [key: string]: YamlValue }, path: readonly string[], style: FileStyle): string {
  const oldKeys = node.items.map((pair) => (isScalar(pair.key) ? pair.key.value : undefined));
  // Set first: removals never empty the mapping then.
  let out = Object.entries(value).reduce((current, [key, item]) => spliceEdit(current, { path: [...path, key], value: item }, style), text);
  for (const key of oldKeys) {
    if (typeof key !== 'string') throw new Unsupported('non-text key');
    if (!Object.hasOwn(value, key)) out = spliceEdit(out, { path: [...path, key], value: undefined }, style);
  }
  return out;
}

/** A block list set to a new list: the items equal at both ends keep their lines, only the middle is rewritten. */
function replaceBlockItems(text: string, doc: Document, seq: YAMLSeq, values: YamlValue[], style: FileStyle): string {
  const prefixes = seq.items.map((item) => text.slice(lineStart(text, rangeOf(item)[0]), rangeOf(item)[0]));
  if (!prefixes.every((prefix) => /^ *- +$/.test(prefix))) throw new Unsupported('list item not on its own `- ` line');
  const items = seq.items.filter(isNode);
  const [same, sameAtEnd] = commonEnds(items.map((item) => item.toJS(doc)), values);
  const lines = renderItems(values.slice(same, values.length - sameAtEnd), prefixes[0]?.indexOf('-') ?? 0, style);
  const firstChanged = items[same];
  const lastChanged = items[items.length - sameAtEnd - 1];
  if (same < items.length - sameAtEnd && firstChanged && lastChanged) {
    return replaceLines(text, lineStart(text, rangeOf(firstChanged)[0]), lineEnd(text, contentEnd(text, lastChanged)), lines, style.eol);
  }
  // Only additions: after the last item kept at the start, or before the first one.
  const before = items[same - 1];
  const at = before ? lineEnd(text, contentEnd(text, before)) : lineStart(text, rangeOf(items[0])[0]);
  return replaceLines(text, at, at, lines, style.eol);
}

/** A flow list set to a new list, in the original's spacing; unchanged items keep their source text. */
function flowList(text: string, doc: Document, seq: YAMLSeq, values: YamlValue[]): string {
  const items = seq.items.map((item) => (isNode(item) ? item : undefined));
  const [same, sameAtEnd] = commonEnds(items.map((item) => item?.toJS(doc)), values);
  const sourceOf = (index: number): string | undefined => {
    const item = items[index];
    const source = item ? text.slice(rangeOf(item)[0], rangeOf(item)[1]) : undefined;
    return source?.includes('\n') ? undefined : source;
  };
  const parts = values.map((value, index) => {
    const old = index < same ? index : index >= values.length - sameAtEnd ? items.length - values.length + index : -1;
    return (old >= 0 ? sourceOf(old) : undefined) ?? renderFlowItem(value);
  });
  const between = items.length > 1 && items[0] && items[1] ? text.slice(rangeOf(items[0])[1], rangeOf(items[1])[0]) : ', ';
  const padded = text[rangeOf(seq)[0] + 1] === ' ';
  return (padded ? '[ ' : '[') + parts.join(/^ *, *$/.test(between) ? between : ', ') + (padded ? ' ]' : ']');
}

/** How many items are equal at the start, and then at the end, of the old and the new list. */
function commonEnds(old: unknown[], values: YamlValue[]): [number, number] {
  let same = 0;
  while (same < old.length && same < values.length && isDeepStrictEqual(old[same], values[same])) same++;
  let atEnd = 0;
  const limit = Math.min(old.length, values.length) - same;
  while (atEnd < limit && isDeepStrictEqual(old[old.length - 1 - atEnd], values[values.length - 1 - atEnd])) atEnd++;
  return [same, atEnd];
}

// ---- Rendering new text: the yaml library decides quoting, block headers and indentation indicators.

function toStringOptions(style: FileStyle): ToStringOptions {
  return { lineWidth: 0, indentSeq: style.indentSeq, flowCollectionPadding: style.padded };
}

/** `key: value` as lines indented `indent` spaces. `scalarType` keeps an old value's quoting where it can hold the new text;
 * `keyWidth` is the width of the key as the file writes it, for the line-length limit of a flow list. */
function renderEntry(key: string, value: YamlValue, indent: number, style: FileStyle, hint: { scalarType?: Scalar.Type; keyWidth?: number } = {}): string[] {
  const { scalarType, keyWidth = key.length } = hint;
  const doc = new Document({ [key]: value }, DOC_OPTIONS);
  const node: unknown = doc.get(key, true);
  styleFresh(node, indent + keyWidth + 2, indent + 2, style.padded);
  if (scalarType && isScalar(node) && typeof node.value === 'string' && !node.value.includes('\n')) node.type = scalarType;
  return indentLines(doc.toString(toStringOptions(style)), indent);
}

/** List items as `- ` lines with the dash at column `dash`. */
function renderItems(values: YamlValue[], dash: number, style: FileStyle): string[] {
  if (values.length === 0) return [];
  const doc = new Document(values, DOC_OPTIONS);
  if (isSeq(doc.contents)) for (const item of doc.contents.items) styleFresh(item, dash + 2, dash + 2, style.padded);
  return indentLines(doc.toString(toStringOptions(style)), dash);
}

function renderFlowItem(value: YamlValue): string {
  // Text with a line break stays on the list's line as one escaped string: JSON's string syntax is YAML's
  // double-quoted style (the yaml library would fold it over several lines, or leave it plain).
  if (typeof value === 'string' && /[\n\r]/.test(value)) return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const doc = new Document([value], DOC_OPTIONS);
  if (isSeq(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd().slice(1, -1);
}

/** Styles for values written fresh: multi-line text as `|` blocks, short lists of short scalars as `[a, b]`.
 * `prefix` is the width in front of the value on its line, `indent` the column of its items if it is a block. */
function styleFresh(node: unknown, prefix: number, indent: number, padded: boolean): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.value.includes('\n')) node.type = fitsLiteralBlock(node.value) ? Scalar.BLOCK_LITERAL : Scalar.QUOTE_DOUBLE;
  } else if (isSeq(node)) {
    const texts = node.items.map((item) => (isScalar(item) ? String(item.value) : '\n'));
    const width = prefix + (padded ? 4 : 2) + texts.reduce((sum, item) => sum + item.length + 2, 0) - (texts.length > 0 ? 2 : 0);
    node.flow = width <= MAX_FLOW_LINE && texts.every((item) => item.length <= MAX_FLOW_ITEM && !item.includes('\n'));
    if (!node.flow) for (const item of node.items) styleFresh(item, indent + 2, indent + 2, padded);
  } else if (isMap(node)) {
    for (const pair of node.items) styleFresh(pair.value, indent + String(isScalar(pair.key) ? pair.key.value : '').length + 2, indent + 2, padded);
  }
}

/**
 * Whether a `|` block holds `value` exactly. It cannot hold control characters or a CR (hypo
 * reads a lone CR as a line end), and the yaml library writes a text of only spaces and line
 * breaks into a block that reads back without the spaces; those go in double quotes instead.
 */
function fitsLiteralBlock(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) return false;
  const doc = new Document({ k: value }, DOC_OPTIONS);
  const node: unknown = doc.get('k', true);
  if (isScalar(node)) node.type = Scalar.BLOCK_LITERAL;
  return hasData(doc.toString(), { k: value });
}

function indentLines(rendered: string, indent: number): string[] {
  return rendered.replace(/\n$/, '').split('\n').map((line) => (line === '' ? line : ' '.repeat(indent) + line));
}

// ---- Reading the source: ranges, lines and what the splicer can edit.

function detectStyle(text: string, doc: Document, eol: string): FileStyle {
  let padded: boolean | undefined;
  let indentSeq: boolean | undefined;
  visit(doc, {
    Collection(_, node) {
      if (padded === undefined && node.flow && node.items.length > 0 && node.range) padded = text[node.range[0] + 1] === ' ';
    },
    Pair(_, pair) {
      const first: unknown = isSeq(pair.value) && !pair.value.flow ? pair.value.items[0] : undefined;
      if (indentSeq !== undefined || !isNode(first) || !first.range || !isNode(pair.key) || !pair.key.range) return;
      const dash = text.slice(lineStart(text, first.range[0]), first.range[0]).indexOf('-');
      if (dash >= 0) indentSeq = dash > column(text, pair.key.range[0]);
    },
  });
  return { eol, padded: padded ?? false, indentSeq: indentSeq ?? true };
}

function blockMap(node: unknown): YAMLMap {
  if (!isMap(node) || node.flow) throw new Unsupported('not a block mapping');
  return node;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  for (const pair of map.items) {
    if (!isScalar(pair.key)) throw new Unsupported('complex key');
    if (pair.key.value === key) return pair;
  }
  return undefined;
}

/** Anchored, aliased or tagged values mean more than their text; the Document API handles those. */
function checkEditable(node: unknown): void {
  if (isAlias(node) || (isNode(node) && (node.anchor || node.tag))) throw new Unsupported('anchor, alias or tag');
}

function rangeOf(node: unknown): Range {
  if (isNode(node) && node.range) return node.range;
  throw new Unsupported('node without a source range');
}

const isBlockScalar = (node: Scalar): boolean => node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
const isObject = (value: YamlValue): value is { [key: string]: YamlValue } => typeof value === 'object' && value !== null && !Array.isArray(value);
const nest = (path: readonly string[], value: YamlValue): YamlValue => path.reduceRight<YamlValue>((inner, key) => ({ [key]: inner }), value);

/** A value written on one stretch of text, with no line structure of its own: a non-empty plain or quoted scalar, or a flow collection. */
function isInline(node: unknown): boolean {
  if (isScalar(node)) return !isBlockScalar(node) && rangeOf(node)[0] < rangeOf(node)[1];
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

/** Just past the last character of the value itself: no trailing blank lines or comments. */
function contentEnd(text: string, node: unknown): number {
  const [start, end] = rangeOf(node);
  if (isScalar(node) && isBlockScalar(node)) {
    // A `|+` block keeps its trailing blank lines as content; other blocks end at their last text.
    if (/^[|>][1-9-]*\+/.test(text.slice(start))) return text[end - 1] === '\n' ? end - 1 : end;
    return start + text.slice(start, end).replace(/[ \t\r\n]+$/, '').length;
  }
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const last: unknown = node.items.at(-1);
    if (isPair(last)) return entryContentEnd(text, last);
    if (last !== undefined) return contentEnd(text, last);
  }
  return end;
}

function entryContentEnd(text: string, pair: Pair): number {
  const value = pair.value;
  return isNode(value) && !(isScalar(value) && rangeOf(value)[0] === rangeOf(value)[1]) ? contentEnd(text, value) : colonEnd(text, pair);
}

/** Just past the `:` after a key. */
function colonEnd(text: string, pair: Pair): number {
  const keyEnd = rangeOf(pair.key)[1];
  const colon = keyEnd + (/^[ \t]*/.exec(text.slice(keyEnd))?.[0].length ?? 0);
  if (text[colon] !== ':') throw new Unsupported('no `:` after the key');
  return colon + 1;
}

function keyLineStart(text: string, pair: Pair): number {
  const keyStart = rangeOf(pair.key)[0];
  const start = lineStart(text, keyStart);
  if (text.slice(start, keyStart).trim() !== '') throw new Unsupported('the key shares its line');
  return start;
}

/** The comment at the end of the key's line (with the spaces before it), which stays when the value changes shape. */
function keyLineComment(text: string, node: unknown, colon: number): string {
  const [start, end] = rangeOf(node);
  const lineStop = lineContentEnd(text, colon);
  let from = colon;
  if (start < lineStop && isScalar(node) && isBlockScalar(node)) from = start + (/^[|>][-+0-9]*/.exec(text.slice(start))?.[0].length ?? 1);
  else if (start < lineStop && isInline(node)) from = end <= lineStop ? end : lineStop;
  const rest = text.slice(from, lineStop);
  return /^[ \t]+#/.test(rest) ? rest : '';
}

function lineStart(text: string, pos: number): number {
  return pos === 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
}

/** Just past the line break of the line holding `pos` (the text's end on an unterminated last line). */
function lineEnd(text: string, pos: number): number {
  const newline = text.indexOf('\n', pos);
  return newline === -1 ? text.length : newline + 1;
}

/** Just before the line break of the line holding `pos`. */
function lineContentEnd(text: string, pos: number): number {
  let end = lineEnd(text, pos);
  if (text[end - 1] === '\n') end--;
  return text[end - 1] === '\r' ? end - 1 : end;
}

const column = (text: string, pos: number): number => pos - lineStart(text, pos);

/** Replaces whole lines [start, end) by `lines`, with the file's line ends; an unterminated last line stays unterminated. */
function replaceLines(text: string, start: number, end: number, lines: string[], eol: string): string {
  const unterminatedEnd = end === text.length && text.length > 0 && !text.endsWith('\n');
  if (lines.length === 0) {
    // Dropping the unterminated last line takes the line break before it too.
    const from = unterminatedEnd && start > 0 ? start - (text[start - 2] === '\r' ? 2 : 1) : start;
    return text.slice(0, from) + text.slice(end);
  }
  let body = lines.join(eol);
  if (!unterminatedEnd) body += eol;
  else if (start === end) body = eol + body;
  return text.slice(0, start) + body + text.slice(end);
}

const withEol = (text: string, eol: string): string => (eol === '\n' ? text : text.replace(/\r?\n/g, eol));
