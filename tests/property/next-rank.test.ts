// `hypo next` ranks by importance × what the evidence lacks, plus urgency: on any set of
// hypotheses, raising one's importance never moves it down the list and raises its score;
// more evidence never moves it up and lowers its score (strong evidence takes it off).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.js';
import { rankNextTests } from '../../src/report/test-next.js';
import { loadFiles } from '../helpers/load-files.js';
import { SEED } from './arbitraries.js';

const IMPORTANCE = ['low', 'medium', 'high'] as const;
const EVIDENCE = ['none', 'weak', 'medium', 'strong'] as const;

interface Spec {
  importance: (typeof IMPORTANCE)[number] | null;
  evidence: (typeof EVIDENCE)[number] | null;
  status: 'open' | 'testing' | 'inconclusive';
  journey: 'a' | 'b' | null;
  reviewOverdue: boolean;
  age: number;
  codeFiles: number;
}

const spec: fc.Arbitrary<Spec> = fc.record({
  importance: fc.constantFrom(...IMPORTANCE, null),
  evidence: fc.constantFrom('none', 'weak', 'medium', null),
  status: fc.constantFrom('open', 'testing', 'inconclusive'),
  journey: fc.constantFrom('a', 'b', null),
  reviewOverdue: fc.boolean(),
  age: fc.integer({ min: 0, max: 400 }),
  codeFiles: fc.integer({ min: 0, max: 30 }),
});

function yamlOf(id: string, hypothesis: Spec): string {
  return [
    'kind: hypothesis',
    `title: ${id}`,
    'statement: s',
    `status: ${hypothesis.status}`,
    hypothesis.importance ? `importance: ${hypothesis.importance}` : '',
    hypothesis.evidence ? `evidence: ${hypothesis.evidence}` : '',
    hypothesis.journey ? `journey: ${hypothesis.journey}` : '',
    hypothesis.reviewOverdue ? 'review_by: 2026-01-01' : '',
    hypothesis.codeFiles ? `code: ["src/${id}/**"]` : '',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\n');
}

function ranking(specs: readonly Spec[]) {
  const files = Object.fromEntries(specs.map((hypothesis, index) => [`learning/hypotheses/h${index}.yaml`, yamlOf(`h${index}`, hypothesis)]));
  const tracked = specs.flatMap((hypothesis, index) => Array.from({ length: hypothesis.codeFiles }, (_, file) => `src/h${index}/f${file}.ts`));
  const items = rankNextTests({
    graph: buildGraph(loadFiles(files)),
    config: { journey: ['a', 'b'], stale_after_days: 90 },
    asOf: '2026-11-25',
    ageOf: (file) => specs[Number(/h(\d+)\.yaml$/.exec(file)![1])]!.age,
    trackedFiles: tracked,
  });
  return { items, place: (id: string) => items.findIndex((item) => item.id === id), score: (id: string) => items.find((item) => item.id === id)?.score };
}

/** Some hypotheses, and which of them to change. */
const scenario = fc.array(spec, { minLength: 1, maxLength: 8 }).chain((specs) => fc.tuple(fc.constant(specs), fc.nat({ max: specs.length - 1 })));

describe('hypo next: the rank', () => {
  it('rises with importance: a more important hypothesis scores higher and never ranks lower', () => {
    fc.assert(
      fc.property(scenario, ([specs, chosen]) => {
        const from = specs[chosen]!.importance;
        fc.pre(from !== 'high');
        const to = from === null || from === 'medium' ? 'high' : 'medium';
        const before = ranking(specs);
        const after = ranking(specs.map((hypothesis, index) => (index === chosen ? { ...hypothesis, importance: to } : hypothesis)));
        const id = `h${chosen}`;
        expect(after.place(id) >= 0).toBe(before.place(id) >= 0);
        if (before.place(id) < 0) return;
        expect(after.score(id)!).toBeGreaterThan(before.score(id)!);
        expect(after.place(id)).toBeLessThanOrEqual(before.place(id));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('falls with evidence: more evidence scores lower and never ranks higher, and strong evidence leaves the list', () => {
    fc.assert(
      fc.property(scenario, ([specs, chosen]) => {
        const from = specs[chosen]!.evidence ?? 'none';
        const to = EVIDENCE[EVIDENCE.indexOf(from) + 1]!;
        const before = ranking(specs);
        const after = ranking(specs.map((hypothesis, index) => (index === chosen ? { ...hypothesis, evidence: to } : hypothesis)));
        const id = `h${chosen}`;
        if (to === 'strong') {
          expect(after.place(id)).toBe(-1);
          return;
        }
        if (before.place(id) < 0) {
          expect(after.place(id)).toBe(-1);
          return;
        }
        expect(after.score(id)!).toBeLessThan(before.score(id)!);
        expect(after.place(id)).toBeGreaterThanOrEqual(before.place(id));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
