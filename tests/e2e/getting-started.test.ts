// docs/getting-started.md, run as written: every line of its sh blocks, in order, on a
// new git repository (the last block on the bundled example), each succeeding.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkJson, runCli } from '../helpers/run-cli.js';
import { shellWords } from '../helpers/shell-words.js';
import { makeRepo } from '../helpers/temp-repo.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(path.join(ROOT, 'docs/getting-started.md'), 'utf8');
const lines = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((match) => match[1]!.trim().split('\n'));

describe('docs/getting-started.md', () => {
  it('runs every command, leaving a repository that passes check and a sprint report', async () => {
    const repo = makeRepo({}, { config: false, git: true });
    repo.git('config', 'user.name', 'Elin Lindqvist');
    expect(lines.length).toBeGreaterThan(12);
    const outputs: Record<string, string> = {};
    for (const line of lines) {
      const [program, ...rest] = shellWords(line);
      if (program === 'echo') {
        // `echo "text" >> file`: the one shell line, appending to the config.
        expect(rest.slice(1, 2)).toEqual(['>>']);
        appendFileSync(path.join(repo.root, rest[2]!), `${rest[0]}\n`);
        continue;
      }
      expect([program, rest[0]]).toEqual(['npx', 'hypo']);
      const args = rest.slice(1);
      // The example lives in hypo's repository: -C examples/… is relative to it.
      const argv = args[0] === '-C' ? ['-C', path.join(ROOT, args[1]!), ...args.slice(2)] : ['-C', repo.root, ...args];
      const result = await runCli(argv);
      // Marking the experiment done warns that no insight draws on it yet, as the page says: the next lines write it.
      const warned = line.includes('status=done') ? /\[experiment-without-insight\]\n[\s\S]*$/ : /^$/;
      expect({ line, code: result.code }).toEqual({ line, code: 0 });
      expect(result.stderr, line).toMatch(warned);
      outputs[line] = result.stdout;
    }
    const { json } = await checkJson(repo.root);
    expect(json.problems).toEqual([]);
    expect(json.records).toBe(3);
    expect(existsSync(path.join(repo.root, '.vscode/settings.json'))).toBe(true);
    const report = readFileSync(path.join(repo.root, 'sprint-report.md'), 'utf8');
    expect(report).toMatch(/^# Learning loop report: Sprint 1\n/);
    expect(report).toContain('Färjeresenärer planerar efter var färjan är');
    expect(outputs['npx hypo -C examples/transit-app report --sprint 6 --as-of 2026-11-25']).toContain('Sprint 6');
  });
});
