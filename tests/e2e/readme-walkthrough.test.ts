// The README's "Writing records" block, run line by line on a new repository:
// the documented commands must work as written, in that order.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkJson, runCli } from '../helpers/run-cli.js';
import { shellWords } from '../helpers/shell-words.js';
import { makeRepo } from '../helpers/temp-repo.js';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const section = readme.slice(readme.indexOf('## Writing records'));
const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

describe('README: writing records', () => {
  it('runs every documented command successfully, leaving a repository that passes check', async () => {
    const repo = makeRepo({}, { config: false, git: true });
    repo.git('config', 'user.name', 'Elin Lindqvist');
    const lines = block.trim().split('\n');
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) {
      const [npx, hypo, ...args] = shellWords(line);
      expect([npx, hypo]).toEqual(['npx', 'hypo']);
      // `new hypothesis` without --yes asks in a terminal; here it gets its statement as a flag.
      const argv = args[0] === 'new' && !args.includes('--yes') ? [...args, '--statement', 'Vi tror att de vill se färjan, eftersom den ofta är sen'] : args;
      const result = await runCli(['-C', repo.root, ...argv]);
      // Marking the experiment done warns that no insight draws on it yet: the next line writes it.
      const warned = line.includes('status=done') ? /\[experiment-without-insight\]\n[\s\S]*$/ : /^$/;
      expect({ line, code: result.code }).toEqual({ line, code: 0 });
      expect(result.stderr, line).toMatch(warned);
    }
    const { code, json } = await checkJson(repo.root);
    expect(json.problems).toEqual([]);
    expect(code).toBe(0);
    expect(json.records).toBe(4);
  });
});
