// A markdown report is posted as a pull-request comment, where GitHub turns bare web
// addresses (`https://…`, `www.…`) and email addresses into links and `@person` and
// `@org/team` into mentions that notify them. Record text may hold any of these: in the
// report they stay plain text, with a zero-width space that breaks the pattern, and read the
// same once the zero-width spaces are taken out.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const TEXT = 'Ask @person and @org/team, mail a@b.se, see https://evil.example/login and www.example.se';
const ZERO_WIDTH = /&#8203;|\u200b/g;

async function markdownReport(): Promise<string> {
  const repo = makeRepo({
    'learning/hypotheses/links.yaml': `kind: hypothesis\ntitle: ${JSON.stringify(TEXT)}\nstatement: ${JSON.stringify(TEXT)}\nstatus: open\ncreated: 2026-11-20\nimportance: high\n`,
    'learning/experiments/links-test.yaml': `kind: experiment\ntitle: ${JSON.stringify(TEXT)}\ntests: [links]\nmethod: panel\nstatus: done\nresult:\n  summary: ${JSON.stringify(TEXT)}\n  outcome: supports\nend: 2026-11-21\n`,
    'learning/insights/links-learned.yaml': `kind: insight\ntitle: ${JSON.stringify(TEXT)}\nlearned: ${JSON.stringify(TEXT)}\nfrom: [links-test]\nhypotheses: [links]\ndate: 2026-11-22\ndecision:\n  action: iterate\n  summary: ${JSON.stringify(TEXT)}\n`,
  });
  const result = await runCli(['-C', repo.root, 'report', '--format', 'markdown', '--as-of', '2026-11-25']);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe('the markdown report and GitHub autolinks', () => {
  it('links no address and mentions no one', async () => {
    const markdown = await markdownReport();
    expect(markdown).toContain('https:&#8203;//evil.example/login');
    expect(markdown).toContain('www&#8203;.example.se');
    expect(markdown).toContain('@&#8203;person');
    expect(markdown).toContain('@&#8203;org/team');
    expect(markdown).toContain('a@&#8203;b.se');
    expect(markdown).not.toMatch(/https?:\/\//);
    expect(markdown).not.toMatch(/\bwww\./i);
    expect(markdown).not.toMatch(/@[\p{L}\p{N}]/u);
  });

  it('reads the same once the zero-width spaces are taken out', async () => {
    const markdown = await markdownReport();
    const plain = markdown.replace(ZERO_WIDTH, '');
    expect(plain).toContain(TEXT);
    // The title appears in more than one place, each neutralised.
    expect(markdown.split('https:&#8203;//evil.example').length - 1).toBeGreaterThan(1);
  });
});
