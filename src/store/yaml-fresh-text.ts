// Rendering the text an edit adds: the yaml library decides quoting, block headers and
// indentation indicators; this file decides the layout a person would have written.
import { Document, isMap, isScalar, isSeq, Scalar, Schema, type ToStringOptions } from 'yaml';
import { type FileStyle, hasData, type YamlValue } from './yaml-edit-source.js';

/** New scalars are also quoted where a YAML 1.1 reader would see a boolean or number (`yes`, `on`, `0o7`).
 * Dates stay plain: the format documents them without quotes. */
const DOC_OPTIONS = { compat: new Schema({ schema: 'yaml-1.1' }).tags.filter((tag) => tag.tag !== 'tag:yaml.org,2002:timestamp') };
/** A fresh list goes on its key's line as `[a, b]` only while every item and the whole line stay short. */
const MAX_FLOW_ITEM = 40;
const MAX_FLOW_LINE = 80;

export function toStringOptions(style: FileStyle): ToStringOptions {
  return { lineWidth: 0, indentSeq: style.indentSeq, flowCollectionPadding: style.padded };
}

/** `key: value` as lines indented `indent` spaces. `scalarType` keeps an old value's quoting where it can hold the new text;
 * `keyWidth` is the width of the key as the file writes it, for the line-length limit of a flow list. */
export function renderEntry(
  key: string,
  value: YamlValue,
  indent: number,
  style: FileStyle,
  hint: { scalarType?: Scalar.Type; keyWidth?: number } = {},
): string[] {
  const { scalarType, keyWidth = key.length } = hint;
  const doc = new Document({ [key]: value }, DOC_OPTIONS);
  const node: unknown = doc.get(key, true);
  styleFresh(node, indent + keyWidth + 2, indent + 2, style.padded);
  if (scalarType && isScalar(node) && typeof node.value === 'string' && !node.value.includes('\n')) node.type = scalarType;
  return indentLines(doc.toString(toStringOptions(style)), indent);
}

/** List items as `- ` lines with the dash at column `dash`. */
export function renderItems(values: YamlValue[], dash: number, style: FileStyle): string[] {
  if (values.length === 0) return [];
  const doc = new Document(values, DOC_OPTIONS);
  if (isSeq(doc.contents)) for (const item of doc.contents.items) styleFresh(item, dash + 2, dash + 2, style.padded);
  return indentLines(doc.toString(toStringOptions(style)), dash);
}

export function renderFlowItem(value: YamlValue): string {
  // Text with a line break stays on the list's line as one escaped string: JSON's string syntax is YAML's
  // double-quoted style (the yaml library would fold it over several lines, or leave it plain).
  if (typeof value === 'string' && /[\n\r]/.test(value))
    return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
  if (/(?![\t\n])[\p{Cc}\u2028\u2029\ufeff]/u.test(value)) return false;
  const doc = new Document({ k: value }, DOC_OPTIONS);
  const node: unknown = doc.get('k', true);
  if (isScalar(node)) node.type = Scalar.BLOCK_LITERAL;
  return hasData(doc.toString(), { k: value });
}

function indentLines(rendered: string, indent: number): string[] {
  return rendered
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(indent) + line));
}
