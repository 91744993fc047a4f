// The splicer: one edit applied to the source text at the ranges the parser reports, so
// that only the edited lines change. Anything it does not handle throws Unsupported, and
// applyTextEdits falls back to the Document API.
import { isDeepStrictEqual } from 'node:util';
import { type Document, isMap, isNode, isScalar, isSeq, type Pair, parseDocument, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import {
  blockMap,
  checkEditable,
  colonEnd,
  column,
  contentEnd,
  entryContentEnd,
  type FileStyle,
  findPair,
  isBlockScalar,
  isInline,
  isObject,
  keyLineComment,
  keyLineStart,
  lineEnd,
  lineStart,
  nest,
  rangeOf,
  replaceLines,
  type TextEdit,
  Unsupported,
  type YamlValue,
} from './yaml-edit-source.js';
import { renderEntry, renderFlowItem, renderItems } from './yaml-fresh-text.js';
import { YAML_READ_OPTIONS } from './yaml-options.js';

/** One edit on the text; the text is parsed again for each, so earlier edits' ranges never go stale. */
export function spliceEdit(text: string, { path, value }: TextEdit, style: FileStyle): string {
  const doc = parseDocument(text, YAML_READ_OPTIONS);
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
  const [same, sameAtEnd] = commonEnds(
    items.map((item) => item.toJS(doc)),
    values,
  );
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
  const [same, sameAtEnd] = commonEnds(
    items.map((item) => item?.toJS(doc)),
    values,
  );
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
