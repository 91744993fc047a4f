// The pull-request comment of `hypo affected --format markdown`, exactly: what it says, in
// which order, and that nothing a pull request's author writes (titles, decisions, file
// names, the ref) can mention, link or inject HTML.
import { describe, expect, it } from 'vitest';
import { MAX_FILES, renderAffectedMarkdown } from '../../src/render/affected-markdown.js';
import { escapeMarkdown, markdownCode } from '../../src/render/markdown-escape.js';
import type { AffectedComment, CommentRecord } from '../../src/report/affected-comment.js';

const NO_FLAGS = { refuted: 0, untested: 0, invalid: 0 };

function comment(overrides: Partial<AffectedComment>): AffectedComment {
  return { scope: { since: 'main' }, changed: 0, files: [], records: 0, flagged: NO_FLAGS, skipped: 0, unread: 0, ...overrides };
}

const refuted: CommentRecord = {
  id: 'ferry-map',
  kind: 'hypothesis',
  status: 'refuted',
  title: 'Färjekartan',
  flag: 'refuted',
  evidence: { level: 'weak', stated: false },
  decision: { action: 'pivot', date: '2026-10-08', summary: 'Therefore we will show the queue instead', insight: 'ferry-learned' },
};
const untested: CommentRecord = {
  id: 'swish-first',
  kind: 'hypothesis',
  status: 'open',
  title: 'Swish först',
  flag: 'untested',
  evidence: { level: 'none', stated: false },
  decision: null,
};
const supported: CommentRecord = {
  id: 'guest',
  kind: 'hypothesis',
  status: 'supported',
  title: 'Köp utan konto',
  flag: null,
  evidence: { level: 'strong', stated: true },
  decision: { action: 'persevere', date: '2026-10-20', summary: 'Keep it', insight: 'guest-learned' },
};
const experiment: CommentRecord = { id: 'ab', kind: 'experiment', status: 'running', title: 'A/B i kassan', flag: null, method: 'ab-test' };
const insight: CommentRecord = {
  id: 'notes',
  kind: 'insight',
  status: 'decided',
  title: 'Anteckningar',
  flag: null,
  decision: { action: 'iterate', date: '2026-11-02', summary: 'Ask again', insight: 'notes' },
};
const broken: CommentRecord = { id: 'broken', kind: null, status: 'invalid', title: 'Trasig', flag: 'invalid' };

describe('renderAffectedMarkdown', () => {
  it('lists each file with its records, the worrying ones marked, and counts the files resting on nothing', () => {
    const markdown = renderAffectedMarkdown(
      comment({
        changed: 5,
        files: [
          { file: 'src/checkout/cart.ts', records: [refuted, untested, supported] },
          { file: 'src/checkout/ab.ts', records: [experiment] },
          { file: 'docs/notes.md', records: [insight] },
        ],
        records: 5,
        flagged: { refuted: 1, untested: 1, invalid: 0 },
      }),
    );
    expect(markdown).toBe(
      [
        '### Assumptions this change rests on',
        '',
        '5 files changed since `main`; 3 rest on 5 records: 1 refuted, 1 untested.',
        '',
        '- `src/checkout/cart.ts`',
        '  - ⚠️ **refuted** hypothesis: Färjekartan `ferry-map` · evidence: weak · last decision: pivot, 2026-10-08: Therefore we will show the queue instead',
        '  - ⚠️ **open** hypothesis: Swish först `swish-first` · evidence: none · no decision yet',
        '  - **supported** hypothesis: Köp utan konto `guest` · evidence: strong (stated) · last decision: persevere, 2026-10-20: Keep it',
        '- `src/checkout/ab.ts`',
        '  - **running** experiment: A/B i kassan `ab` · method: ab-test',
        '- `docs/notes.md`',
        '  - **decided** insight: Anteckningar `notes` · decision: iterate, 2026-11-02: Ask again',
        '',
        '2 other changed files rest on no recorded assumption.',
        '',
      ].join('\n'),
    );
  });

  it('marks a record left out for errors, and warns of left-out and unreadable records', () => {
    const markdown = renderAffectedMarkdown(
      comment({
        scope: 'paths',
        changed: 1,
        files: [{ file: 'src/a.ts', records: [broken] }],
        records: 1,
        flagged: { refuted: 0, untested: 0, invalid: 1 },
        skipped: 2,
        unread: 1,
      }),
    );
    expect(markdown.split('\n')).toEqual([
      '### Assumptions this change rests on',
      '',
      '1 changed file given; 1 rests on 1 record: 1 with errors.',
      '',
      '- `src/a.ts`',
      '  - ⚠️ **invalid** record: Trasig `broken` · left out for errors, `hypo check` shows why',
      '',
      '⚠️ 2 records left out for errors: `hypo check` shows why.',
      '⚠️ 1 record could not be read: whether the change touches its code is unknown.',
      '',
    ]);
  });

  it('says in one line when no changed file rests on a recorded assumption', () => {
    expect(renderAffectedMarkdown(comment({ changed: 3 }))).toBe(
      '### Assumptions this change rests on\n\n3 files changed since `main`; none rests on a recorded assumption.\n',
    );
    expect(renderAffectedMarkdown(comment({ scope: 'uncommitted', changed: 1 }))).toBe(
      '### Assumptions this change rests on\n\n1 file changed and not committed; none rests on a recorded assumption.\n',
    );
    expect(renderAffectedMarkdown(comment({ changed: 0 }))).toBe('### Assumptions this change rests on\n\nNo file changed since `main`.\n');
    // An unreadable record may cover the change: the comment never says that nothing is touched then.
    expect(renderAffectedMarkdown(comment({ changed: 2, skipped: 1, unread: 2 })).split('\n')).toEqual([
      '### Assumptions this change rests on',
      '',
      '2 files changed since `main`; none rests on a readable record.',
      '',
      '⚠️ 1 record left out for errors: `hypo check` shows why.',
      '⚠️ 2 records could not be read: whether the change touches their code is unknown.',
      '',
    ]);
  });

  it('escapes titles, decisions, ids, file names and the ref: no HTML, link, mention or broken-out code span', () => {
    const hostile = '<img src=x onerror=alert(1)> `code` @mention https://x **bold** [a](b)';
    const markdown = renderAffectedMarkdown(
      comment({
        scope: { since: 'main`<b>' },
        changed: 1,
        files: [
          {
            file: 'src/a`b``c/@bob <img src=x onerror=alert(1)>.ts',
            records: [{ ...refuted, id: 'x`<y>', title: hostile, decision: { ...refuted.decision!, summary: hostile } }],
          },
        ],
        records: 1,
        flagged: { refuted: 1, untested: 0, invalid: 0 },
      }),
    );
    const escaped = '&lt;img src=x onerror=alert(1)&gt; \\`code\\` @&#8203;mention https:&#8203;//x \\*\\*bold\\*\\* \\[a\\](b)';
    expect(markdown.split('\n')).toEqual([
      '### Assumptions this change rests on',
      '',
      '1 file changed since ``main`<b>``; 1 rests on 1 record: 1 refuted.',
      '',
      '- ```src/a`b``c/@bob <img src=x onerror=alert(1)>.ts```',
      `  - ⚠️ **refuted** hypothesis: ${escaped} \`xy\` · evidence: weak · last decision: pivot, 2026-10-08: ${escaped}`,
      '',
    ]);
  });

  it('cuts a long title or decision to a hundred columns', () => {
    const long = `${'ord '.repeat(40)}slut`;
    const line = renderAffectedMarkdown(
      comment({
        changed: 1,
        files: [{ file: 'a.ts', records: [{ ...supported, title: long, decision: { ...supported.decision!, summary: long } }] }],
        records: 1,
      }),
    ).split('\n')[5]!;
    const cut = `${'ord '.repeat(25).trim()}…`; // 99 columns and the ellipsis
    expect(line).toBe(`  - **supported** hypothesis: ${cut} \`guest\` · evidence: strong (stated) · last decision: persevere, 2026-10-20: ${cut}`);
  });

  it('lists at most MAX_FILES files, and says how many more there are', () => {
    const files = Array.from({ length: MAX_FILES + 3 }, (_, index) => ({ file: `src/f${String(index).padStart(3, '0')}.ts`, records: [supported] }));
    const lines = renderAffectedMarkdown(comment({ changed: MAX_FILES + 3, files, records: 1 })).split('\n');
    expect(lines.filter((line) => line.startsWith('- `'))).toHaveLength(MAX_FILES);
    expect(lines.at(-2)).toBe('- … and 3 more files: `hypo affected` lists them all');
  });
});

describe('markdownCode', () => {
  it('shows a path or ref exactly, in a fence longer than any run of backticks in it', () => {
    expect(markdownCode('src/a.ts')).toBe('`src/a.ts`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`a``')).toBe('``` `a`` ```');
    expect(markdownCode(' a')).toBe('`  a `');
  });

  it('keeps a path on one line, its control characters visible', () => {
    expect(markdownCode('a\nb\u001b[2J\u202ec')).toBe('`a\\nb\\x1b[2J\\u202ec`');
    expect(markdownCode('  ')).toBe('(none)');
  });

  it('differs from escapeMarkdown: nothing inside a code span needs escaping', () => {
    expect(markdownCode('@bob_x*')).toBe('`@bob_x*`');
    expect(escapeMarkdown('@bob_x*')).toBe('@&#8203;bob\\_x\\*');
  });
});
