// `hypo log --format text`: the commits about a record after its history, the newest
// twenty of them with a pointer to the rest, a few paths each.
import { describe, expect, it } from 'vitest';
import { renderLogText } from '../../src/render/log-text.js';
import { PLAIN_PAINTER } from '../../src/render/painter.js';
import type { CommitAbout } from '../../src/report/record-code-commits.js';
import type { RecordLogView } from '../../src/report/record-log-view.js';

const about = (index: number, files: string[] = [`src/kassa/${index}.ts`], byTrailer = false): CommitAbout => ({
  sha: `${String(index).padStart(2, '0')}${'a'.repeat(38)}`,
  date: `2026-10-${String(index).padStart(2, '0')}T12:00:00+02:00`,
  subject: `Commit ${index}`,
  files,
  byTrailer,
});

const view = (codeCommits: CommitAbout[]): RecordLogView => ({
  id: 'h-kassa',
  kind: 'hypothesis',
  file: 'learning/h-kassa.yaml',
  transitions: ['open'],
  commits: [],
  uncommitted: true,
  warnings: [],
  codeCommits,
  codeSince: null,
  codeGlobs: ['src/kassa/**'],
});

describe('renderLogText: the commits about a record', () => {
  it('shows the newest twenty, then how many more and where to find them all', () => {
    const commits = Array.from({ length: 23 }, (_, index) => about(23 - index));
    const block = renderLogText(view(commits), PLAIN_PAINTER).split('\n\n').at(-1)!.trimEnd().split('\n');
    expect(block[0]).toBe('Commits about it (23): its code or a Hypo: trailer');
    expect(block.slice(1, 3)).toEqual([`2026-10-23  23aaaaa  Commit 23`, '  src/kassa/23.ts']);
    expect(block.slice(-3)).toEqual([`2026-10-04  04aaaaa  Commit 4`, '  src/kassa/4.ts', '+3 more: hypo log h-kassa --format json lists them all']);
    expect(block).toHaveLength(1 + 20 * 2 + 1);
  });

  it('names three files and how many more, and the trailer beside them', () => {
    const files = ['src/kassa/a.ts', 'src/kassa/b.ts', 'src/kassa/c.ts', 'src/kassa/d.ts', 'src/kassa/e.ts'];
    const block = renderLogText(view([about(5, files, true)]), PLAIN_PAINTER)
      .split('\n\n')
      .at(-1)!;
    expect(block).toBe(
      'Commits about it (1): its code or a Hypo: trailer\n2026-10-05  05aaaaa  Commit 5\n  src/kassa/a.ts, src/kassa/b.ts, src/kassa/c.ts, +2 more  (Hypo: trailer)\n',
    );
  });

  it('follows a record never committed too', () => {
    expect(renderLogText(view([about(1, [], true)]), PLAIN_PAINTER)).toBe(
      'h-kassa: no commits yet: learning/h-kassa.yaml is new and not committed\n\nCommits about it (1): its code or a Hypo: trailer\n2026-10-01  01aaaaa  Commit 1\n  (Hypo: trailer)\n',
    );
  });
});
