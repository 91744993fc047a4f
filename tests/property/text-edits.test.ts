// Random edits through applyTextEdits on random records full of comments: the result reads
// back as the intended data, every comment line survives in order, and every line outside
// the edited fields stays exactly as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isNode, LineCounter, parseDocument } from 'yaml';
import { KINDS } from '../../src/model/vocabulary.js';
import { applyTextEdits } from '../../src/store/edit-yaml-text.js';
import { formatNewRecord } from '../../src/store/format-new-record.js';
import { parseRecordText } from '../../src/store/read-record-file.js';
import { type Edit, edit, placeOf, record, SEED } from './arbitraries.js';

/** The data after the edits, as `hypo set` means them. */
function applyToData(data: Record<string, unknown>, edits: readonly Edit[]): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const { path, value } of edits) {
    let map = copy;
    let missing = false;
    for (const step of path.slice(0, -1)) {
      const inner = map[step];
      // Removing below a field that is not there changes nothing.
      if (value === undefined && (inner === undefined || inner === null)) missing = true;
      if (missing) break;
      if (typeof inner !== 'object' || inner === null) map[step] = {};
      map = map[step] as Record<string, unknown>;
    }
    const key = path.at(-1)!;
    if (missing) continue;
    if (value === undefined) delete map[key];
    else map[key] = value;
  }
  return copy;
}

/** A unique comment line before each top-level field and at the end. */
function withComments(text: string, eol: string): { text: string; comments: string[] } {
  const comments: string[] = [];
  const lines = text.split('\n').flatMap((line, index) => {
    if (!/^[a-z_x][\w-]*:/.test(line)) return [line];
    const comment = `# comment ${index}: ${line.slice(0, 12).replace(/[^\w ]/g, '')}`;
    comments.push(comment);
    return [comment, line];
  });
  comments.push('# the end');
  const body = `${lines.join('\n').replace(/\n$/, '')}\n# the end\n`;
  return { text: eol === '\n' ? body : body.replace(/\n/g, eol), comments };
}

/** The 0-based line numbers of the top-level fields in `edited`, from their key to their last line. */
function linesOfFields(text: string, fields: ReadonlySet<string>): Set<number> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, schema: 'core' });
  const lines = new Set<number>();
  if (!isMap(doc.contents)) return lines;
  for (const pair of doc.contents.items) {
    if (!isNode(pair.key) || !fields.has(String(pair.key.toJSON()))) continue;
    const start = counter.linePos(pair.key.range![0]).line - 1;
    const endOffset = isNode(pair.value) && pair.value.range ? pair.value.range[1] : pair.key.range![1];
    const end = counter.linePos(Math.max(endOffset - 1, pair.key.range![0])).line - 1;
    for (let line = start; line <= end; line++) lines.add(line);
  }
  return lines;
}

/** Whether `wanted` appears within `lines` in order (not necessarily side by side). */
function isSubsequence(wanted: readonly string[], lines: readonly string[]): boolean {
  let at = 0;
  for (const line of lines) if (at < wanted.length && line === wanted[at]) at++;
  return at === wanted.length;
}

describe.each(KINDS)('random edits of a commented %s', (kind) => {
  const { file, schema } = placeOf(kind);

  it('give the intended data and change no line outside the edited fields', () => {
    fc.assert(
      fc.property(record(kind), fc.array(edit(kind), { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n'), (data, edits, eol) => {
        const { text, comments } = withComments(formatNewRecord(data, schema), eol);
        fc.pre(JSON.stringify(parseRecordText(text, file).data) === JSON.stringify(data));
        const after = applyTextEdits(text, edits);
        expect(parseRecordText(after, file).data ?? {}, after).toEqual(applyToData(data, edits));

        const oldLines = text.split(eol);
        const newLines = after.split(eol);
        expect(isSubsequence(comments, newLines), after).toBe(true);
        const edited = linesOfFields(text, new Set(edits.map((change) => change.path[0]!)));
        const untouched = oldLines.filter((_, index) => !edited.has(index));
        expect(isSubsequence(untouched, newLines), `untouched lines changed:\n${text}\n---\n${after}`).toBe(true);
        if (eol === '\r\n') expect(after.replace(/\r\n/g, '')).not.toContain('\n');
      }),
      { seed: SEED, numRuns: 120 },
    );
  });
});
