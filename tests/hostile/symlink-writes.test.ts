// A symbolic link never makes hypo write outside the repository, nor write through a link
// at all: the link, its target and every file outside stay byte for byte as they were.
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanOutput, expectErrorStyle } from '../helpers/clean-output.js';
import { HYPOTHESIS, VALID_FILES } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { spawnHypo } from '../helpers/spawn-hypo.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

function outsideFolder(): string {
  const dir = makeTempDir();
  writeFileSync(path.join(dir, 'outside-record.yaml'), HYPOTHESIS);
  return dir;
}

/** Every file's bytes and mtime under `dir`, to prove nothing there changed. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((name) => {
        const file = path.join(dir, name);
        const info = lstatSync(file);
        if (info.isSymbolicLink()) return [name, `link → ${readlinkSync(file)}`];
        return [name, info.isFile() ? `${readFileSync(file, 'base64')} @${statSync(file).mtimeMs}` : 'folder'];
      }),
  );
}

describe('writes and symbolic links', () => {
  it('refuses to set a field of a record that links to a file outside (built CLI), and leaves that file alone', async () => {
    const repo = makeRepo(VALID_FILES);
    const elsewhere = outsideFolder();
    symlinkSync(path.join(elsewhere, 'outside-record.yaml'), path.join(repo.root, 'learning/hypotheses/outside-record.yaml'));
    const before = snapshot(elsewhere);
    const result = await spawnHypo(['-C', repo.root, 'set', 'outside-record', 'status=testing'], { timeoutMs: 10_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^hypo: learning\/hypotheses\/outside-record\.yaml: the link points outside the repository/);
    expectErrorStyle(result.stderr);
    expectCleanOutput(result);
    expect(snapshot(elsewhere)).toEqual(before);
  });

  it('refuses to write through a link to a record inside the repository, keeping the link and its target', async () => {
    const repo = makeRepo({ 'shared/riders-want-realtime.yaml': HYPOTHESIS });
    const link = path.join(repo.root, 'learning/hypotheses/linked.yaml');
    repo.write('learning/hypotheses/.keep', '');
    symlinkSync(path.join(repo.root, 'shared/riders-want-realtime.yaml'), link);
    const before = snapshot(repo.root);
    const result = await runCli(['-C', repo.root, 'set', 'linked', 'status=testing']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'hypo: learning/hypotheses/linked.yaml is a symbolic link; hypo does not write through links, so nothing was written\n' +
        'hint: edit the file the link points to, or replace the link with a copy of that file\n',
    );
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(snapshot(repo.root)).toEqual(before);
  });

  it('refuses to create a record in a kind folder that links outside the repository', async () => {
    const repo = makeRepo();
    const elsewhere = outsideFolder();
    symlinkSync(elsewhere, path.join(repo.root, 'learning/hypotheses'));
    const before = snapshot(elsewhere);
    const result = await runCli(['-C', repo.root, 'new', 'hypothesis', 'Riders want maps', '--statement', 'We believe', '--yes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^hypo: learning\/hypotheses\/riders-want-maps\.yaml would be written to .*, outside the repository, through a linked folder; nothing was written\nhint: /,
    );
    expectErrorStyle(result.stderr);
    expect(snapshot(elsewhere)).toEqual(before);
  });

  it('renames nothing when one of the files to change is a link', async () => {
    const repo = makeRepo({
      ...VALID_FILES,
      'shared/panel.yaml': VALID_FILES['learning/experiments/departures-panel.yaml']!.replace('Panel on', 'Second panel on'),
    });
    symlinkSync(path.join(repo.root, 'shared/panel.yaml'), path.join(repo.root, 'learning/experiments/second-panel.yaml'));
    const before = snapshot(repo.root);
    const result = await runCli(['-C', repo.root, 'rename', 'riders-want-realtime', 'riders-want-live-departures']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('learning/experiments/second-panel.yaml is a symbolic link');
    expect(snapshot(repo.root)).toEqual(before);
  });

  it('does not read a config file that links outside the repository', async () => {
    const repo = makeRepo({}, { config: false });
    const elsewhere = outsideFolder();
    writeFileSync(path.join(elsewhere, 'hypo.config.yaml'), 'leaked: 1\n');
    symlinkSync(path.join(elsewhere, 'hypo.config.yaml'), path.join(repo.root, 'hypo.config.yaml'));
    const result = await runCli(['-C', repo.root, 'check']);
    expect(result.stderr).not.toContain('leaked');
  });
});
