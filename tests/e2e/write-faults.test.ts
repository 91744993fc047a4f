// Interrupted and failing writes, in real processes: a SIGKILL between writing the temp
// files and the first rename leaves every record as it was (and its leftover lock does
// not block the next write); a write that fails (an injected EACCES, in process and in a
// real process, or real permissions as another user) gives one clear error, changes
// nothing and leaves no temp file; only --debug or HYPO_DEBUG=1 shows a stack trace.
import { chmodSync, chownSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { faultsFromEnv } from '../../src/cli/process-context.js';
import { expectCleanOutput, expectErrorStyle, STACK_LINE } from '../helpers/clean-output.js';
import { VALID_FILES } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { CAN_RUN_AS_NOBODY, NOBODY, RUNNING_AS_ROOT, spawnHypo } from '../helpers/spawn-hypo.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

const H = 'learning/hypotheses/riders-want-realtime.yaml';

/** Every file under learning/, by name: its bytes. */
function records(repo: TempRepo): Map<string, Buffer> {
  const folder = path.join(repo.root, 'learning');
  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(folder, name)).isFile());
  return new Map(names.sort().map((name) => [name, readFileSync(path.join(folder, name))]));
}

const recordNames = (repo: TempRepo) => [...records(repo).keys()].filter((name) => !/\.(?:tmp|lock)$/.test(name));

// A change to several files (rename, import) is completed by the next command instead: tests/hostile/killed-writes.test.ts.
describe('a process killed before its first rename', () => {
  it.each([['set', ['set', 'riders-want', 'status=testing']]])('%s leaves every record byte for byte', async (_, args) => {
    const repo = makeRepo(VALID_FILES);
    const before = records(repo);
    const result = await spawnHypo(['-C', repo.root, ...args], { env: { HYPO_TEST_FAULT: 'before-rename' }, measureMemory: false });
    expect(result.signal).toBe('SIGKILL');
    const after = records(repo);
    for (const [name, bytes] of before) expect(after.get(name), name).toEqual(bytes);
    // Only hidden temp files were added, and they are never read as records.
    expect(recordNames(repo)).toEqual([...before.keys()]);
    const added = [...after.keys()].filter((name) => !before.has(name));
    expect(added.filter((name) => name.endsWith('.tmp')).length, 'the temp files were written before the kill').toBeGreaterThan(0);
    for (const name of added) expect(name).toMatch(/(^|\/)\.[^/]+\.(?:tmp|lock)$/);
    expect((await runCli(['-C', repo.root, 'check'])).code).toBe(0);
    // The dead process's locks do not block the next write.
    const again = await runCli(['-C', repo.root, ...args]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
  });
});

describe('a write that fails', () => {
  it('reports an injected EACCES in one line and a hint, changing nothing and leaving no temp file', async () => {
    const repo = makeRepo(VALID_FILES);
    const before = records(repo);
    // In process: the fault the CLI makes of HYPO_TEST_FAULT, injected through the context. The
    // test below shows the same fault in a real process.
    const result = await runCli(['-C', repo.root, 'set', 'riders-want', 'status=testing'], { faults: faultsFromEnv({ HYPO_TEST_FAULT: 'write-eacces' }) });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `hypo: cannot write ${path.join(repo.root, H)} (permission denied); nothing was changed\nhint: check the permissions of the file and its folder\n`,
    );
    expectCleanOutput(result);
    expect(records(repo)).toEqual(before);
  });

  it('shows the stack trace only under --debug or HYPO_DEBUG=1', async () => {
    const repo = makeRepo(VALID_FILES);
    const fault = { HYPO_TEST_FAULT: 'write-eacces' };
    // Both runs fail before writing anything: they can run at the same time.
    const runs = await Promise.all([
      spawnHypo(['-C', repo.root, '--debug', 'set', 'riders-want', 'status=testing'], { env: fault }),
      spawnHypo(['-C', repo.root, 'set', 'riders-want', 'status=testing'], { env: { ...fault, HYPO_DEBUG: '1' } }),
    ]);
    for (const result of runs) {
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^hypo: cannot write .* \(permission denied\); nothing was changed\n/);
      expect(result.stderr).toMatch(STACK_LINE);
    }
  });

  /** Root writes anywhere: these two run hypo as nobody then, where the system allows it. */
  const permissionsBite = !RUNNING_AS_ROOT || CAN_RUN_AS_NOBODY;

  it.runIf(permissionsBite)('refuses a folder the user cannot write to (as nobody when run by root), changing nothing', async () => {
    const repo = makeRepo(VALID_FILES);
    const before = records(repo);
    const folder = path.join(repo.root, 'learning/hypotheses');
    chmodSync(repo.root, 0o755);
    if (!RUNNING_AS_ROOT) chmodSync(folder, 0o555);
    try {
      const result = await spawnHypo(['-C', repo.root, 'set', 'riders-want', 'status=testing'], RUNNING_AS_ROOT ? { uid: NOBODY } : {});
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `hypo: cannot write ${path.join(repo.root, H)} (permission denied); nothing was changed\nhint: check the permissions of the file and its folder\n`,
      );
      expect(records(repo)).toEqual(before);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it.runIf(permissionsBite)('refuses a read-only record in a writable folder, though a rename could replace it', async () => {
    const repo = makeRepo(VALID_FILES);
    const before = records(repo);
    chmodSync(repo.root, 0o755);
    chmodSync(path.join(repo.root, H), 0o444);
    // Root writes any file; the record and its folder then belong to nobody, who runs hypo.
    if (RUNNING_AS_ROOT) for (const file of ['learning', 'learning/hypotheses', H]) chownSync(path.join(repo.root, file), NOBODY, NOBODY);
    const result = await spawnHypo(['-C', repo.root, 'set', 'riders-want', 'status=testing'], RUNNING_AS_ROOT ? { uid: NOBODY } : {});
    expect(result.code).toBe(2);
    expectErrorStyle(result.stderr);
    expect(result.stderr).toContain(`cannot write ${path.join(repo.root, H)} (permission denied); nothing was changed`);
    expect(records(repo)).toEqual(before);
  });
});

describe('a write that succeeds', () => {
  it('keeps the permission bits of the file it replaces', async () => {
    const repo = makeRepo(VALID_FILES);
    chmodSync(path.join(repo.root, H), 0o600);
    chmodSync(path.join(repo.root, 'learning/experiments/departures-panel.yaml'), 0o664);
    expect((await runCli(['-C', repo.root, 'set', 'riders-want', 'status=testing'])).code).toBe(0);
    expect((await runCli(['-C', repo.root, 'set', 'departures', 'status=running'])).code).toBe(0);
    expect(statSync(path.join(repo.root, H)).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(repo.root, 'learning/experiments/departures-panel.yaml')).mode & 0o777).toBe(0o664);
  });
});
