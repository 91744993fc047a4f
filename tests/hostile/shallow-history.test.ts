// A shallow clone holds only the newest commits: every command that reads history says so,
// rather than show the boundary commit as each record's creation.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SHALLOW_WARNING } from '../../src/store/git-history.js';
import { HYPOTHESIS } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

function shallowClone(): string {
  const origin = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS }, { git: true });
  origin.commit('one', '2026-01-05');
  origin.write('learning/h/a.yaml', HYPOTHESIS.replace('status: open', 'status: testing'));
  origin.commit('two', '2026-02-05');
  const clone = makeTempDir('hypo-shallow-');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.root}`, `${clone}/repo`]);
  return `${clone}/repo`;
}

describe('a shallow clone', () => {
  it('is named by every command that reads history: log, stale, report, trend and affected', async () => {
    const root = shallowClone();
    const warning = `hypo: warning: ${SHALLOW_WARNING}\n`;
    for (const args of [['log', 'a'], ['stale', '--warn'], ['report'], ['trend'], ['affected', 'src/x.ts']]) {
      const result = await runCli(['-C', root, ...args]);
      expect({ args, code: result.code, warned: result.stderr.includes(warning) }).toEqual({ args, code: 0, warned: true });
    }
    const log = JSON.parse((await runCli(['-C', root, 'log', 'a', '--format', 'json'])).stdout);
    expect(log.warnings).toEqual([SHALLOW_WARNING]);
    // The boundary commit is all the clone has: shown, with the warning beside it.
    expect(log.commits.map((commit: { subject: string }) => commit.subject)).toEqual(['two']);
  });
});
