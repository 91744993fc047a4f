// Valid record files with random bytes flipped, inserted, deleted or repeated never crash
// the check pipeline: in process, parseRecordBytes → checkRepository → every renderer gives
// well-formed problems; through the built CLI, a handful of mutants exit 0 or 1, never 2.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.js';
import { KINDS } from '../../src/model/vocabulary.js';
import { renderCheckGithub } from '../../src/render/check-github.js';
import { renderCheckJson } from '../../src/render/check-json.js';
import { renderCheckText } from '../../src/render/check-text.js';
import { PLAIN_PAINTER } from '../../src/render/painter.js';
import { checkRepository } from '../../src/rules/check-repository.js';
import { formatNewRecord } from '../../src/store/format-new-record.js';
import { parseRecordBytes } from '../../src/store/read-record-file.js';
import { expectCleanOutput, outputFaults } from '../helpers/clean-output.js';
import { spawnHypo } from '../helpers/spawn-hypo.js';
import { makeRepo } from '../helpers/temp-repo.js';
import { placeOf, record, SEED } from './arbitraries.js';

/** Bytes that mean something to a decoder or to YAML. */
const SPECIAL = [
  [0x00],
  [0x09],
  [0x0d],
  [0x0a],
  [0xff],
  [0xc3],
  [0xe2, 0x80],
  [0xef, 0xbb, 0xbf],
  [0x1b, 0x5b, 0x32, 0x4a],
  [0xc2, 0x9b],
  ...[
    ': ',
    '- ',
    '[',
    ']',
    '{',
    '}',
    '&a ',
    '*a',
    '!x ',
    '!!binary ',
    '%YAML 1.1\n',
    '---\n',
    '...\n',
    '<<<<<<< a\n',
    '"',
    "'",
    '|',
    '>',
    '#',
    '\n  ',
    '? ',
    '__proto__: ',
    'kind: ',
  ].map((text) => [...Buffer.from(text)]),
];

type Mutation =
  | { type: 'flip'; at: number; bit: number }
  | { type: 'insert'; at: number; bytes: number[] }
  | { type: 'delete'; at: number; length: number }
  | { type: 'repeat'; at: number; length: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ type: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    type: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(fc.constantFrom(...SPECIAL), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 })),
  }),
  fc.record({ type: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ type: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }), times: fc.integer({ min: 2, max: 50 }) }),
);

function mutate(original: Uint8Array, mutations: readonly Mutation[]): Buffer {
  let bytes = Buffer.from(original);
  for (const change of mutations) {
    const at = bytes.length === 0 ? 0 : change.at % bytes.length;
    if (change.type === 'flip') {
      if (bytes.length > 0) bytes[at] = bytes[at]! ^ (1 << change.bit);
    } else if (change.type === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(change.bytes), bytes.subarray(at)]);
    else if (change.type === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
    else
      bytes = Buffer.concat([
        bytes.subarray(0, at),
        ...Array.from({ length: change.times }, () => bytes.subarray(at, at + change.length)),
        bytes.subarray(at + change.length),
      ]);
  }
  return bytes;
}

const mutant = (kind: (typeof KINDS)[number]) =>
  fc
    .tuple(record(kind), fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([data, mutations]) => mutate(Buffer.from(formatNewRecord(data, placeOf(kind).schema)), mutations));

describe.each(KINDS)('a mutated %s', (kind) => {
  const { file } = placeOf(kind);

  it('gives well-formed problems through the whole check pipeline, and never throws', () => {
    fc.assert(
      fc.property(mutant(kind), (bytes) => {
        const loaded = parseRecordBytes(bytes, file);
        for (const problem of loaded.problems) {
          expect(problem.file).toBe(file);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
          expect(problem.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
          expect(problem.message.length).toBeGreaterThan(0);
        }
        expect(loaded.problems.length).toBeLessThanOrEqual(51);
        const result = checkRepository({ files: [loaded], problems: [], graph: buildGraph([loaded]) });
        const text = renderCheckText(result, new Map(loaded.text === undefined ? [] : [[file, loaded.text]]), PLAIN_PAINTER);
        expect(outputFaults('text', text)).toEqual([]);
        expect(JSON.parse(renderCheckJson(result))).toMatchObject({ ok: result.ok });
        for (const line of renderCheckGithub(result, (name) => name).split('\n')) expect(line).not.toMatch(/(?!\t)\p{Cc}/u);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('mutated records through the built CLI', () => {
  it('exit 0 or 1, never 2, with no stack trace, in every format', async () => {
    const repo = makeRepo();
    const samples = fc.sample(
      fc.tuple(fc.constantFrom(...KINDS), fc.nat()).chain(([kind]) => mutant(kind).map((bytes) => ({ kind, bytes }))),
      { seed: SEED, numRuns: 24 },
    );
    for (const [index, { kind, bytes }] of samples.entries()) repo.write(`learning/${kind}/mutant-${index}.yaml`, bytes);
    const formats = ['text', 'json', 'github'];
    // The three runs only read: they run at the same time.
    const results = await Promise.all(formats.map((format) => spawnHypo(['-C', repo.root, 'check', '--format', format], { timeoutMs: 10_000 })));
    for (const [index, format] of formats.entries()) {
      const result = results[index]!;
      expect(result.timedOut, format).toBe(false);
      expect([0, 1], result.stderr).toContain(result.code);
      expect(result.stderr).toBe('');
      expectCleanOutput(result, format);
    }
  });
});
