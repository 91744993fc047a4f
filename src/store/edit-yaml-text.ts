// Edits a record's YAML text so that `git diff` shows only the lines that changed.
// The yaml Document API re-formats the whole file on toString() (re-folds `>` blocks, pads
// `[a, b]`, realigns comments), so edits are spliced into the source text at the ranges the
// parser reports. What the splicer does not handle falls back to the Document API, and every
// spliced result is parsed again and compared with the intended data before it is returned.
import { isDeepStrictEqual } from 'node:util';
import { type Document, isMap, isNode, isScalar, parseAllDocuments, parseDocument, visit } from 'yaml';
import { HypoError } from '../model/hypo-error.js';
import { detectStyle, type FileStyle, hasData, nest, type TextEdit, withEol } from './yaml-edit-source.js';
import { toStringOptions } from './yaml-fresh-text.js';
import { YAML_READ_OPTIONS } from './yaml-options.js';
import { spliceEdit } from './yaml-splice.js';

export type { TextEdit, YamlValue } from './yaml-edit-source.js';

/** Applies the edits in order and returns the new text. The input is a record file's text WITHOUT a BOM; it may use LF or CRLF line ends. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const original = parseDocument(text, YAML_READ_OPTIONS);
  const newline = text.indexOf('\n');
  const eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
  const errors = original.errors.filter((error) => error.code !== 'MULTIPLE_DOCS');
  if (errors.length > 0) throw cannotEdit(`its YAML does not parse (${errors[0]?.message.split('\n')[0] ?? ''})`, 'hypo check shows what to fix first');
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
  if (!hasData(rendered, intended)) throw cannotEdit('the value cannot be written so that it reads back the same', 'write the field by hand');
  return rendered;
}

/** The Document API's version of an edit; its result is both the fallback text and the data the splice must give. */
function applyToDocument(doc: Document, { path, value }: TextEdit): void {
  let map = doc.contents;
  if (!isMap(map)) throw cannotEdit('the YAML text is not a mapping of fields', 'hypo check shows what to fix first');
  const key = path.at(-1);
  if (key === undefined) throw new Error('cannot edit: the field path is empty');
  for (const [depth, step] of path.slice(0, -1).entries()) {
    const child: unknown = map.get(step, true);
    // A missing or empty parent (`decision:`) becomes a mapping; removing below it changes nothing.
    if (child === undefined || (isScalar(child) && child.value === null)) {
      if (value !== undefined) map.set(step, doc.createNode(nest(path.slice(depth + 1), value)));
      return;
    }
    if (!isMap(child))
      throw cannotEdit(
        `${path.slice(0, depth + 1).join('.')} is not a mapping, so ${path.join('.')} cannot be set`,
        `set ${path.slice(0, depth + 1).join('.')} itself`,
      );
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
  const docs = parseAllDocuments(text, YAML_READ_OPTIONS);
  const first = docs[0];
  if (first === undefined || docs.some((doc) => doc.errors.length > 0)) throw cannotEdit('its YAML does not parse', 'hypo check shows what to fix first');
  for (const edit of edits) applyToDocument(first, edit);
  const rendered = withEol(docs.map((doc) => doc.toString(toStringOptions(style))).join(''), style.eol);
  const back = parseAllDocuments(rendered, YAML_READ_OPTIONS);
  if (!Array.isArray(back) || !isDeepStrictEqual(back[0]?.toJS(), first.toJS()))
    throw cannotEdit('the value cannot be written so that it reads back the same', 'write the field by hand');
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

/** Why an edit cannot be made, as advice to the person who asked for it. */
function cannotEdit(reason: string, hint: string): HypoError {
  return new HypoError('cannot-edit', `cannot edit: ${reason}`, { hint });
}
