// Reading a record's YAML source for an edit: the file's own style (line ends, list
// layout), the ranges, lines and columns of nodes, and what the splicer can edit at all.
import { isDeepStrictEqual } from 'node:util';
import { type Document, isAlias, isMap, isNode, isPair, isScalar, isSeq, type Pair, parseDocument, type Range, Scalar, visit, type YAMLMap } from 'yaml';
import { YAML_READ_OPTIONS } from './yaml-options.js';

export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

/** Sets the mapping key at `path` to `value`; `undefined` removes the key. */
export interface TextEdit {
  path: readonly string[];
  value: YamlValue | undefined;
}

/** How this file writes what the splicer adds: line ends, `[a, b]` or `[ a, b ]`, and `- ` items under or beside their key. */
export interface FileStyle {
  eol: string;
  padded: boolean;
  indentSeq: boolean;
}

/** Thrown where the splicer meets a construct it does not edit; applyTextEdits then uses the Document API. */
export class Unsupported extends Error {}

/** Whether `text` parses without errors to exactly `intended`. */
export function hasData(text: string, intended: unknown): boolean {
  try {
    const doc = parseDocument(text, YAML_READ_OPTIONS);
    return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), intended);
  } catch {
    return false;
  }
}

export function detectStyle(text: string, doc: Document, eol: string): FileStyle {
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

export function blockMap(node: unknown): YAMLMap {
  if (!isMap(node) || node.flow) throw new Unsupported('not a block mapping');
  return node;
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  for (const pair of map.items) {
    if (!isScalar(pair.key)) throw new Unsupported('complex key');
    if (pair.key.value === key) return pair;
  }
  return undefined;
}

/** Anchored, aliased or tagged values mean more than their text; the Document API handles those. */
export function checkEditable(node: unknown): void {
  if (isAlias(node) || (isNode(node) && (node.anchor || node.tag))) throw new Unsupported('anchor, alias or tag');
}

export function rangeOf(node: unknown): Range {
  if (isNode(node) && node.range) return node.range;
  throw new Unsupported('node without a source range');
}

export const isBlockScalar = (node: Scalar): boolean => node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
export const isObject = (value: YamlValue): value is { [key: string]: YamlValue } => typeof value === 'object' && value !== null && !Array.isArray(value);
export const nest = (path: readonly string[], value: YamlValue): YamlValue => path.reduceRight<YamlValue>((inner, key) => ({ [key]: inner }), value);

/** A value written on one stretch of text, with no line structure of its own: a non-empty plain or quoted scalar, or a flow collection. */
export function isInline(node: unknown): boolean {
  if (isScalar(node)) return !isBlockScalar(node) && rangeOf(node)[0] < rangeOf(node)[1];
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

/** Just past the last character of the value itself: no trailing blank lines or comments. */
export function contentEnd(text: string, node: unknown): number {
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

export function entryContentEnd(text: string, pair: Pair): number {
  const value = pair.value;
  return isNode(value) && !(isScalar(value) && rangeOf(value)[0] === rangeOf(value)[1]) ? contentEnd(text, value) : colonEnd(text, pair);
}

/** Just past the `:` after a key. */
export function colonEnd(text: string, pair: Pair): number {
  const keyEnd = rangeOf(pair.key)[1];
  const colon = keyEnd + (/^[ \t]*/.exec(text.slice(keyEnd))?.[0].length ?? 0);
  if (text[colon] !== ':') throw new Unsupported('no `:` after the key');
  return colon + 1;
}

export function keyLineStart(text: string, pair: Pair): number {
  const keyStart = rangeOf(pair.key)[0];
  const start = lineStart(text, keyStart);
  if (text.slice(start, keyStart).trim() !== '') throw new Unsupported('the key shares its line');
  return start;
}

/** The comment at the end of the key's line (with the spaces before it), which stays when the value changes shape. */
export function keyLineComment(text: string, node: unknown, colon: number): string {
  const [start, end] = rangeOf(node);
  const lineStop = lineContentEnd(text, colon);
  let from = colon;
  if (start < lineStop && isScalar(node) && isBlockScalar(node)) from = start + (/^[|>][-+0-9]*/.exec(text.slice(start))?.[0].length ?? 1);
  else if (start < lineStop && isInline(node)) from = Math.min(end, lineStop);
  const rest = text.slice(from, lineStop);
  return /^[ \t]+#/.test(rest) ? rest : '';
}

export function lineStart(text: string, pos: number): number {
  return pos === 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
}

/** Just past the line break of the line holding `pos` (the text's end on an unterminated last line). */
export function lineEnd(text: string, pos: number): number {
  const newline = text.indexOf('\n', pos);
  return newline === -1 ? text.length : newline + 1;
}

/** Just before the line break of the line holding `pos`. */
export function lineContentEnd(text: string, pos: number): number {
  let end = lineEnd(text, pos);
  if (text[end - 1] === '\n') end--;
  return text[end - 1] === '\r' ? end - 1 : end;
}

export const column = (text: string, pos: number): number => pos - lineStart(text, pos);

/** Replaces whole lines [start, end) by `lines`, with the file's line ends; an unterminated last line stays unterminated. */
export function replaceLines(text: string, start: number, end: number, lines: string[], eol: string): string {
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

export const withEol = (text: string, eol: string): string => (eol === '\n' ? text : text.replace(/\r?\n/g, eol));
