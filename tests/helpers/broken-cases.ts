// The broken cases of `hypo check`, one per rule: each a file and the problem it must give.
import { HYPOTHESIS } from './records.js';

export interface BrokenCase {
  name: string;
  file: string;
  content: string | Uint8Array;
  expected: { line: number; column: number; rule: string; severity?: 'error' | 'warning'; message?: RegExp };
}

const H = 'learning/hypotheses/broken.yaml';
const E = 'learning/experiments/broken-experiment.yaml';
const I = 'learning/insights/broken-insight.yaml';

export const BROKEN_CASES: BrokenCase[] = [
  {
    name: 'YAML syntax error',
    file: H,
    content: 'kind: hypothesis\ntitle: [unclosed\nstatus: open\n',
    expected: { line: 3, column: 1, rule: 'yaml-syntax' },
  },
  {
    name: 'tab indentation',
    file: H,
    content: 'kind: hypothesis\ntitle:\n\tnested: x\n',
    expected: { line: 3, column: 1, rule: 'yaml-syntax', message: /tabs/ },
  },
  {
    name: 'merge-conflict markers',
    file: H,
    content: `kind: hypothesis\n<<<<<<< HEAD\ntitle: A\n=======\ntitle: B\n>>>>>>> branch\nstatement: s\nstatus: open\n`,
    expected: { line: 2, column: 1, rule: 'merge-conflict' },
  },
  { name: 'empty file', file: H, content: '', expected: { line: 1, column: 1, rule: 'empty-file' } },
  { name: 'only comments', file: H, content: '# nothing yet\n', expected: { line: 1, column: 1, rule: 'empty-file' } },
  {
    name: 'not a mapping',
    file: H,
    content: '- kind: hypothesis\n- title: x\n',
    expected: { line: 1, column: 1, rule: 'not-a-mapping', message: /found a list/ },
  },
  {
    name: 'several documents',
    file: H,
    content: `${HYPOTHESIS}---\n${HYPOTHESIS}`,
    expected: { line: 5, column: 1, rule: 'multiple-documents' },
  },
  {
    name: 'duplicate key',
    file: H,
    content: `${HYPOTHESIS}status: testing\n`,
    expected: { line: 5, column: 1, rule: 'duplicate-key' },
  },
  {
    name: 'custom tag',
    file: H,
    content: 'kind: hypothesis\ntitle: !include other.yaml\nstatement: s\nstatus: open\n',
    expected: { line: 2, column: 8, rule: 'unknown-tag' },
  },
  {
    name: 'key that is not text',
    file: H,
    content: `${HYPOTHESIS}? [a, b]\n: x\n`,
    expected: { line: 5, column: 3, rule: 'non-text-key' },
  },
  {
    name: 'data nested far deeper than a record',
    file: H,
    content: `${HYPOTHESIS}x-deep: ${'['.repeat(200)}${']'.repeat(200)}\n`,
    expected: { line: 5, column: 73, rule: 'too-deep' },
  },
  {
    name: 'missing kind',
    file: H,
    content: 'title: x\nstatement: s\nstatus: open\n',
    expected: { line: 1, column: 1, rule: 'missing-kind' },
  },
  {
    name: 'unknown kind',
    file: H,
    content: 'kind: hypotesis\ntitle: x\n',
    expected: { line: 1, column: 7, rule: 'unknown-kind', message: /did you mean "hypothesis"/ },
  },
  {
    name: 'unknown field',
    file: H,
    content: `${HYPOTHESIS}  # a comment\nstatment: typo\n`,
    expected: { line: 6, column: 1, rule: 'unknown-field', message: /"statment".*did you mean "statement"/ },
  },
  {
    name: 'missing required field',
    file: H,
    content: 'kind: hypothesis\ntitle: x\nstatus: open\n',
    expected: { line: 1, column: 1, rule: 'missing-field', message: /statement is required/ },
  },
  {
    name: 'missing required choice',
    file: E,
    content: 'kind: experiment\ntitle: x\ntests: [riders-want-realtime]\nstatus: planned\n',
    expected: { line: 1, column: 1, rule: 'missing-field', message: /^method is required$/ },
  },
  {
    name: 'wrong type',
    file: E,
    content: 'kind: experiment\ntitle: x\ntests: [riders-want-realtime]\nmethod: survey\nstatus: planned\nsample: many\n',
    expected: { line: 6, column: 9, rule: 'wrong-type', message: /sample must be a number — got "many"/ },
  },
  {
    name: 'value not in the list',
    file: H,
    content: 'kind: hypothesis\ntitle: x\nstatement: s\nstatus: testin\n',
    expected: { line: 4, column: 9, rule: 'invalid-value', message: /status must be one of open, testing.*got "testin" \(did you mean "testing"\?\)/ },
  },
  {
    name: 'list item of the wrong type',
    file: H,
    content: `${HYPOTHESIS}tags:\n  - ok\n  - 42\n`,
    expected: { line: 7, column: 5, rule: 'wrong-type', message: /tags\[1\] must be a text/ },
  },
  {
    name: 'impossible date',
    file: H,
    content: `${HYPOTHESIS}created: 2026-02-29\n`,
    expected: { line: 5, column: 10, rule: 'invalid-date', message: /not a real calendar date/ },
  },
  {
    name: 'date in another format',
    file: H,
    content: `${HYPOTHESIS}review_by: 5 mars 2026\n`,
    expected: { line: 5, column: 12, rule: 'invalid-date', message: /YYYY-MM-DD/ },
  },
  {
    name: 'invalid id in the file name',
    file: 'learning/hypotheses/Riders Want.yaml',
    content: HYPOTHESIS,
    expected: { line: 1, column: 1, rule: 'invalid-id', message: /upper-case/ },
  },
  {
    name: 'malformed reference',
    file: E,
    content: 'kind: experiment\ntitle: x\ntests:\n  - ../../etc/passwd\nmethod: survey\nstatus: planned\n',
    expected: { line: 4, column: 5, rule: 'invalid-reference' },
  },
  {
    name: 'over-long reference',
    file: E,
    content: `kind: experiment\ntitle: x\ntests: [${'a'.repeat(81)}]\nmethod: survey\nstatus: planned\n`,
    expected: { line: 3, column: 9, rule: 'invalid-reference' },
  },
  {
    name: 'reference to an unknown id',
    file: E,
    content: 'kind: experiment\ntitle: x\ntests: [riders-want-realtim]\nmethod: survey\nstatus: planned\n',
    expected: { line: 3, column: 9, rule: 'unknown-reference', message: /did you mean "riders-want-realtime"/ },
  },
  {
    name: 'reference to the wrong kind',
    file: I,
    content: 'kind: insight\ntitle: x\nlearned: y\nfrom: [riders-want-realtime]\n',
    expected: { line: 4, column: 8, rule: 'wrong-reference-kind', message: /must name experiments — "riders-want-realtime" is a hypothesis/ },
  },
  {
    name: 'end before start',
    file: E,
    content: 'kind: experiment\ntitle: x\ntests: [riders-want-realtime]\nmethod: survey\nstatus: running\nstart: 2026-03-10\nend: 2026-03-01\n',
    expected: { line: 7, column: 6, rule: 'end-before-start' },
  },
  {
    name: 'done without result',
    file: E,
    content: 'kind: experiment\ntitle: x\ntests: [riders-want-realtime]\nmethod: survey\nstatus: done\n',
    expected: { line: 5, column: 9, rule: 'done-without-result' },
  },
  {
    name: 'done without outcome (warning)',
    file: E,
    content: 'kind: experiment\ntitle: x\ntests: [riders-want-realtime]\nmethod: survey\nstatus: done\nresult:\n  summary: fine\n',
    expected: { line: 6, column: 1, rule: 'done-without-outcome', severity: 'warning' },
  },
  {
    name: 'result without summary',
    file: E,
    content: 'kind: experiment\ntitle: x\ntests: [riders-want-realtime]\nmethod: survey\nstatus: done\nresult:\n  outcome: supports\n',
    expected: { line: 6, column: 1, rule: 'missing-field', message: /result\.summary is required/ },
  },
  {
    name: 'unknown field in a nested mapping',
    file: I,
    content: 'kind: insight\ntitle: x\nlearned: y\ndecision:\n  action: pivot\n  summary: z\n  nxt: [riders-want-realtime]\n',
    expected: { line: 7, column: 3, rule: 'unknown-field', message: /"nxt" in decision.*did you mean "next"/ },
  },
  {
    name: 'supported without a supporting experiment (warning)',
    file: H,
    content: 'kind: hypothesis\ntitle: x\nstatement: s\nstatus: supported\n',
    expected: { line: 4, column: 9, rule: 'status-without-evidence', severity: 'warning' },
  },
  {
    name: 'insight from an experiment that is not done (warning)',
    file: I,
    content: 'kind: insight\ntitle: x\nlearned: y\nfrom:\n  - departures-panel\n',
    expected: { line: 5, column: 5, rule: 'experiment-not-done', severity: 'warning', message: /planned/ },
  },
  {
    name: 'bytes that are not UTF-8',
    file: H,
    content: Buffer.concat([Buffer.from('kind: hypothesis\ntitle: R'), Buffer.from([0xe4]), Buffer.from('ksmörgås\n')]),
    expected: { line: 2, column: 9, rule: 'invalid-encoding' },
  },
  {
    name: 'binary file',
    file: H,
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    expected: { line: 3, column: 1, rule: 'binary-file' },
  },
  {
    name: 'alias bomb',
    file: H,
    content: [
      'kind: hypothesis',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      '',
    ].join('\n'),
    expected: { line: 3, column: 8, rule: 'yaml-alias' },
  },
];
