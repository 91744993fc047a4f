// A deterministic repository for benchmarks: N valid records (half hypotheses, the
// rest experiments and insights, a few hundred bytes each, with comments, lists,
// multi-line text and links) and a long history, written with `git fast-import`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a small seeded generator, so every run builds the same repository. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'färja resenär pendlare biljett kassan realtid notis byte hållplats kundpanel köer skärgård app karta försening periodkort'.split(' ');
/** Ids are ASCII slugs, as `hypo new` makes them. */
const SLUGS = 'farja resenar pendlare biljett kassan realtid notis byte hallplats kundpanel koer skargard app karta forsening periodkort'.split(' ');
// supported/refuted would need a done experiment with that outcome to be valid; these need nothing.
const STATUSES = ['open', 'testing', 'inconclusive', 'retired'];
const METHODS = ['interview', 'survey', 'panel', 'ab-test', 'prototype', 'analytics', 'fake-door', 'usability-test'];
const ACTIONS = ['persevere', 'pivot', 'stop', 'iterate'];
/** 16 areas × 250: 4,000 tracked code files for `hypo next` to match the code globs against. */
const CODE_FILES_PER_AREA = 250;

export interface GeneratedRecord {
  file: string;
  text: string;
}

export function generateRecords(count: number, seed = 42): GeneratedRecord[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const phrase = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const day = (offset: number) => new Date(Date.UTC(2016, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const hypotheses = Math.floor(count / 2);
  const experiments = Math.floor((count - hypotheses) * 0.6);
  const insights = count - hypotheses - experiments;
  const hId = (i: number) => `h-${String(i).padStart(5, '0')}-${SLUGS[i % SLUGS.length]}`;
  const eId = (i: number) => `e-${String(i).padStart(5, '0')}-${SLUGS[(i * 7) % SLUGS.length]}`;
  const iId = (i: number) => `i-${String(i).padStart(5, '0')}-${SLUGS[(i * 3) % SLUGS.length]}`;
  const records: GeneratedRecord[] = [];
  const doneExperiments: string[] = [];
  for (let i = 0; i < hypotheses; i++) {
    records.push({
      file: `learning/hypotheses/${hId(i)}.yaml`,
      text: `# yaml-language-server: $schema=../../node_modules/hypo/schemas/hypothesis.schema.json
kind: hypothesis
title: ${phrase(5)}
statement: >
  Vi tror att ${phrase(8)}
  eftersom ${phrase(6)}.
status: ${pick(STATUSES)} # reviewed at the sprint review
segment: ${phrase(2)}
journey: ${pick(['planera', 'köpa', 'resa'])}
metric: Andel ${phrase(3)}
metric_type: ${pick(['customer', 'business'])}
success: Minst ${Math.floor(next() * 90) + 10} % ${phrase(3)}
importance: ${pick(['low', 'medium', 'high'])}
code: [src/${SLUGS[i % SLUGS.length]}/**]
created: ${day(Math.floor(next() * 3800))}
tags: [${phrase(2).replace(' ', ', ')}]
`,
    });
  }
  for (let i = 0; i < experiments; i++) {
    const start = Math.floor(next() * 3700);
    const done = next() < 0.7;
    if (done) doneExperiments.push(eId(i));
    records.push({
      file: `learning/experiments/${eId(i)}.yaml`,
      text: `kind: experiment
title: ${phrase(4)}
tests:
  - ${hId(Math.floor(next() * hypotheses))}
  - ${hId(Math.floor(next() * hypotheses))}
method: ${pick(METHODS)}
status: ${done ? 'done' : pick(['planned', 'running', 'cancelled'])}
start: ${day(start)}
end: ${day(start + 14)}
sample: ${Math.floor(next() * 500)}
plan: |
  ${phrase(10)}
  ${phrase(6)}
${done ? `result:\n  summary: ${phrase(8)}\n  outcome: ${pick(['supports', 'refutes', 'inconclusive'])}\n` : ''}`,
    });
  }
  for (let i = 0; i < insights; i++) {
    const decided = next() < 0.6;
    records.push({
      file: `learning/insights/${iId(i)}.yaml`,
      text: `kind: insight
title: ${phrase(5)}
observed: ${phrase(12)}
learned: >
  ${phrase(10)}
  ${phrase(5)}
from: [${pick(doneExperiments)}]
hypotheses: [${hId(Math.floor(next() * hypotheses))}]
evidence: ${pick(['qualitative', 'quantitative', 'mixed'])}
date: ${day(Math.floor(next() * 3800))}
${decided ? `decision:\n  action: ${pick(ACTIONS)}\n  summary: ${phrase(6)}\n  next: [${hId(Math.floor(next() * hypotheses))}]\n` : ''}`,
    });
  }
  return records;
}

/** Writes a git repository holding the records, committed over `commits` commits spread across ten years. */
export function writeRepository(root: string, records: readonly GeneratedRecord[], commits: number): void {
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'hypo.config.yaml'), 'stale_after_days: 30\nsprints: { start: 2016-01-04, length_days: 14 }\n');
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
  const chunks: string[] = [];
  const perCommit = Math.ceil(records.length / commits);
  const start = Date.UTC(2016, 0, 1) / 1000;
  const step = Math.floor((10 * 365 * 86_400) / commits);
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (let c = 0; c < commits; c++) {
    const batch = records.slice(c * perCommit, (c + 1) * perCommit);
    // Later commits edit earlier records too, as a team's history does.
    const edits = c > 10 ? [records[(c * 37) % (c * perCommit)]!] : [];
    chunks.push(`commit refs/heads/main\nmark :${c + 1}\ncommitter Bench <bench@example.com> ${start + c * step} +0000\n${data(`Commit ${c + 1}`)}`);
    if (c > 0) chunks.push(`from :${c}\n`);
    if (c === 0) chunks.push(...codeFiles().map((file) => `M 100644 inline ${file.path}\n${data(file.text)}`));
    for (const record of [...batch, ...edits])
      chunks.push(`M 100644 inline ${record.file}\n${data(record === edits[0] ? `${record.text}# edited in commit ${c + 1}\n` : record.text)}`);
    chunks.push('\n');
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: root, input: chunks.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: root });
}

/** The code the hypotheses' globs name: CODE_FILES_PER_AREA files under each src/<slug>/, committed with the first records. */
function codeFiles(): { path: string; text: string }[] {
  return SLUGS.flatMap((slug) =>
    Array.from({ length: CODE_FILES_PER_AREA }, (_, f) => ({ path: `src/${slug}/f${f}.ts`, text: `export const f${f} = ${f};\n` })),
  );
}
