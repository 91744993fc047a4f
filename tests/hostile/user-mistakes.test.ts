// Mistakes a person makes at the command line are never "unexpected errors": each gets a
// message of its own and exit 1 or 2, and no file changes. A field path names a field of
// the record's kind (or an x- key), never a property every object inherits; a rename that
// cannot read every file under the records folder renames nothing.
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanOutput, expectErrorStyle } from '../helpers/clean-output.js';
import { EXPERIMENT, HYPOTHESIS, VALID_FILES } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { CAN_RUN_AS_NOBODY, NOBODY, RUNNING_AS_ROOT, spawnHypo } from '../helpers/spawn-hypo.js';
import { makeRepo, makeTempDir, type TempRepo } from '../helpers/temp-repo.js';

const H = 'learning/hypotheses/riders-want-realtime.yaml';
const E = 'learning/experiments/departures-panel.yaml';
const I = 'learning/insights/riders-plan-at-home.yaml';

/** Every file under the root, as bytes: what must be the same after a refused command. */
function files(repo: TempRepo): Record<string, string> {
  return Object.fromEntries(
    readdirSync(repo.root, { recursive: true, encoding: 'utf8' })
      .sort()
      .filter((name) => statSync(path.join(repo.root, name), { throwIfNoEntry: false })?.isFile())
      .map((name) => [name, readFileSync(path.join(repo.root, name), 'base64')]),
  );
}

function expectRefusal(result: { code: number; stdout: string; stderr: string }, code: number): void {
  expect(result.code).toBe(code);
  expect(result.stderr).not.toMatch(/unexpected|report it/i);
  expectErrorStyle(result.stderr);
  expectCleanOutput(result);
}

describe('hypo set with a field path the schema does not name', () => {
  const cases: [id: string, assignment: string, message: string][] = [
    ['departures-panel', '__proto__=x', 'hypo: "__proto__" is not a field of an experiment\n'],
    ['departures-panel', 'toString=x', 'hypo: "toString" is not a field of an experiment\n'],
    ['departures-panel', 'constructor=x', 'hypo: "constructor" is not a field of an experiment\n'],
    ['riders-want-realtime', 'hasOwnProperty=x', 'hypo: "hasOwnProperty" is not a field of a hypothesis\n'],
    ['departures-panel', 'result.toString=1', `hypo: "result.toString" is not a field of an experiment's result\n`],
    ['departures-panel', 'result.__proto__=1', `hypo: "result.__proto__" is not a field of an experiment's result\n`],
    ['riders-plan-at-home', 'decision.constructor=x', `hypo: "decision.constructor" is not a field of an insight's decision\n`],
    ['riders-want-realtime', 'result.summary=x', 'hypo: "result" is not a field of a hypothesis\n'],
    ['departures-panel', 'titel=Panel', 'hypo: "titel" is not a field of an experiment (did you mean "title"?)\n'],
    ['departures-panel', 'result.outcom=supports', `hypo: "result.outcom" is not a field of an experiment's result (did you mean "outcome"?)\n`],
    ['departures-panel', 'title.foo=bar', 'hypo: title holds a value, not fields, so title.foo cannot be set\nhint: set title itself: hypo set <id> title=…\n'],
    ['departures-panel', 'tests.first=x', 'hypo: tests holds a value, not fields, so tests.first cannot be set\n'],
  ];

  it.each(cases)('set %s %s is a usage error that changes nothing', async (id, assignment, message) => {
    const repo = makeRepo(VALID_FILES);
    const before = files(repo);
    const result = await runCli(['-C', repo.root, 'set', id, assignment]);
    expectRefusal(result, 2);
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.stdout).toBe('');
    expect(files(repo)).toEqual(before);
  });

  it('names the fields there are in the hint', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'set', 'departures-panel', 'result.toString=1']);
    expect(result.stderr).toBe(
      `hypo: "result.toString" is not a field of an experiment's result\nhint: the fields of an experiment's result are summary, outcome, value; team extensions start with "x-"\n`,
    );
  });

  it('refuses the whole command when one of several assignments is unknown', async () => {
    const repo = makeRepo(VALID_FILES);
    const before = files(repo);
    const result = await runCli(['-C', repo.root, 'set', 'departures-panel', 'status=running', 'constructor=x']);
    expectRefusal(result, 2);
    expect(files(repo)).toEqual(before);
  });

  it('still sets an x- extension key and valid nested fields', async () => {
    const repo = makeRepo(VALID_FILES);
    const extension = await runCli(['-C', repo.root, 'set', 'departures-panel', 'x-jira=APP-1']);
    expect(extension).toMatchObject({ code: 0, stderr: '' });
    const nested = await runCli([
      '-C',
      repo.root,
      'set',
      'departures-panel',
      'status=done',
      'result.summary=Riders look before leaving',
      'result.outcome=supports',
    ]);
    // Saved, warning that no insight draws on the done experiment yet.
    expect(nested.code).toBe(0);
    expect(nested.stderr).toContain('[experiment-without-insight]');
    const inner = await runCli(['-C', repo.root, 'set', 'departures-panel', 'result.x-source=panel notes']);
    expect(inner.code).toBe(0);
    expect(inner.stderr).not.toContain('error');
    expect(readFileSync(path.join(repo.root, E), 'utf8')).toBe(
      `${EXPERIMENT.replace('status: planned', 'status: done')}x-jira: APP-1\nresult:\n  summary: Riders look before leaving\n  outcome: supports\n  x-source: panel notes\n`,
    );
  });

  it('shows no inherited value as the old one of an x- key', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'set', 'riders-want-realtime', 'x-constructor=a']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`updated ${H}\n  x-constructor: (none) → a\n`);
  });
});

describe('hypo rename of a record it cannot read', () => {
  const invalidUtf8 = Buffer.concat([Buffer.from('kind: hypothesis\ntitle: Riders want real-time departures '), Buffer.from([0xff, 0x0a])]);
  const withTitle = (bytes: Buffer) => Buffer.concat([bytes, Buffer.from('statement: We believe that riders check departures\nstatus: open\n')]);

  it('refuses a record that is not valid UTF-8, keeping its bytes and name', async () => {
    const repo = makeRepo(VALID_FILES);
    repo.write(H, withTitle(invalidUtf8));
    const before = files(repo);
    const result = await runCli(['-C', repo.root, 'rename', 'riders-want-realtime', 'riders-want-live-departures']);
    expectRefusal(result, 1);
    expect(result.stderr).toBe(
      `hypo: ${H}:2:41: the file is not valid UTF-8: save it as UTF-8; hypo never rewrites a file it cannot read, so nothing was renamed\n` +
        `hint: hypo check shows what to fix in ${H}; then rename again\n`,
    );
    expect(files(repo)).toEqual(before);
  });

  it('refuses a record too large to read', async () => {
    const repo = makeRepo(VALID_FILES);
    repo.write(H, `${HYPOTHESIS}# ${'padding '.repeat(140_000)}\n`);
    const before = files(repo);
    const result = await runCli(['-C', repo.root, 'rename', 'riders-want-realtime', 'riders-want-live-departures']);
    expectRefusal(result, 1);
    expect(result.stderr).toMatch(
      new RegExp(`^hypo: ${H}: the file is 1\\.1 MiB \\(\\d+ bytes\\); a record or config file may be at most 1\\.0 MiB .*so nothing was renamed\\n`),
    );
    expect(files(repo)).toEqual(before);
  });

  it('refuses when another file it cannot read may hold a reference', async () => {
    const repo = makeRepo(VALID_FILES);
    repo.write(E, Buffer.concat([Buffer.from(EXPERIMENT), Buffer.from('plan: caf'), Buffer.from([0xe9, 0x0a])]));
    const before = files(repo);
    const result = await runCli(['-C', repo.root, 'rename', 'riders-want-realtime', 'riders-want-live-departures']);
    expectRefusal(result, 1);
    expect(result.stderr).toBe(
      `hypo: ${E}:6:10: the file is not valid UTF-8: save it as UTF-8; references to riders-want-realtime there could not be updated, so nothing was renamed\n` +
        'hint: hypo check lists what cannot be read; fix it, then rename again\n',
    );
    expect(files(repo)).toEqual(before);
  });
});

describe('hypo rename when the folder walk could not see everything', () => {
  it('refuses when an entry under the records folder cannot be followed (a link out of the repository)', async () => {
    const repo = makeRepo(VALID_FILES);
    const elsewhere = makeTempDir();
    symlinkSync(elsewhere, path.join(repo.root, 'learning/outside'));
    const before = files(repo);
    const result = await runCli(['-C', repo.root, 'rename', 'riders-want-realtime', 'riders-want-live-departures']);
    expectRefusal(result, 1);
    expect(result.stderr).toMatch(
      /^hypo: learning\/outside: .*; references to riders-want-realtime there could not be updated, so nothing was renamed\nhint: hypo check lists what cannot be read; fix it, then rename again\n$/,
    );
    expect(files(repo)).toEqual(before);
  });

  /** Root reads any folder: the chmod 000 case runs hypo as nobody then, where the system allows it. */
  const permissionsBite = !RUNNING_AS_ROOT || CAN_RUN_AS_NOBODY;

  it.runIf(permissionsBite)('refuses when a folder under the records folder cannot be read (as nobody when run by root)', async () => {
    const repo = makeRepo({ ...VALID_FILES, 'learning/closed/panel-two.yaml': EXPERIMENT.replace('Panel on', 'Second panel on') });
    chmodSync(repo.root, 0o755);
    const closed = path.join(repo.root, 'learning/closed');
    const before = files(repo);
    chmodSync(closed, 0o000);
    try {
      const result = await spawnHypo(
        ['-C', repo.root, 'rename', 'riders-want-realtime', 'riders-want-live-departures'],
        RUNNING_AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {},
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'hypo: learning/closed: the folder cannot be read (EACCES): check its permissions; references to riders-want-realtime there could not be updated, so nothing was renamed\n' +
          'hint: hypo check lists what cannot be read; fix it, then rename again\n',
      );
      expect(result.stdout).toBe('');
    } finally {
      chmodSync(closed, 0o755);
    }
    expect(files(repo)).toEqual(before);
    expect(readFileSync(path.join(repo.root, 'learning/closed/panel-two.yaml'), 'utf8')).toContain('tests: [riders-want-realtime]');
  });

  it('still renames when every file can be read', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'rename', 'riders-want-realtime', 'riders-want-live-departures']);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(repo.root, E), 'utf8')).toContain('tests: [riders-want-live-departures]');
    expect(readFileSync(path.join(repo.root, I), 'utf8')).toContain('hypotheses: [riders-want-live-departures]');
  });
});
