// `--out` writes where the user points, as a shell's `>` would: through a symlink to its
// target, into a device or a FIFO by opening it; never by replacing the link or the device.
import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HYPOTHESIS } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { BIN } from '../helpers/spawn-hypo.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const repoWithRecord = () => makeRepo({ 'learning/h/a.yaml': HYPOTHESIS });

describe('--out', () => {
  it('writes through a symlink to its target, and the link stays a link', async () => {
    const repo = repoWithRecord();
    const elsewhere = makeTempDir('hypo-out-');
    const real = path.join(elsewhere, 'real.csv');
    symlinkSync(real, path.join(repo.root, 'link.csv'));
    const result = await runCli(['-C', repo.root, 'export', '--out', 'link.csv']);
    expect(result.code).toBe(0);
    expect(lstatSync(path.join(repo.root, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(repo.root, 'link.csv'))).toBe(real);
    expect(readFileSync(real, 'utf8')).toMatch(/^id,/);
  });

  it('writes into a device by opening it, leaving the device in place', async () => {
    const repo = repoWithRecord();
    // A private null device where root may make one; elsewhere /dev/null itself, which only root could have replaced.
    let device = path.join(makeTempDir('hypo-dev-'), 'null');
    try {
      execFileSync('mknod', [device, 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      device = '/dev/null';
    }
    const result = await runCli(['-C', repo.root, 'export', '--out', device]);
    expect(result.code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it('writes to /dev/stdout, which is the process’s own output', () => {
    const repo = repoWithRecord();
    // Through a shell pipe, as a user would: /dev/stdout is then the pipe.
    const output = execFileSync('sh', ['-c', `"${process.execPath}" "${BIN}" -C "${repo.root}" export --out /dev/stdout | cat`], { encoding: 'utf8' });
    expect(output).toMatch(/^id,kind,/);
    expect(output).toContain('wrote 1 record to /dev/stdout\n');
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('writes into a FIFO for the reader at its other end', async () => {
    const repo = repoWithRecord();
    const fifo = path.join(makeTempDir('hypo-fifo-'), 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => {
      read += chunk.toString('utf8');
    });
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const result = await runCli(['-C', repo.root, 'export', '--out', fifo]);
    await closed;
    expect(result.code).toBe(0);
    expect(read).toMatch(/^id,kind,/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('still replaces a regular file atomically, and follows a dangling link to create its target', async () => {
    const repo = repoWithRecord();
    const dir = makeTempDir('hypo-out-');
    const missing = path.join(dir, 'new.md');
    symlinkSync(missing, path.join(repo.root, 'dangling.md'));
    expect((await runCli(['-C', repo.root, 'report', '--format', 'markdown', '--out', 'dangling.md'])).code).toBe(0);
    expect(readFileSync(missing, 'utf8')).toMatch(/^# Learning loop report/);
    expect(lstatSync(path.join(repo.root, 'dangling.md')).isSymbolicLink()).toBe(true);
    expect((await runCli(['-C', repo.root, 'export', '--out', 'plain.csv'])).code).toBe(0);
    expect(lstatSync(path.join(repo.root, 'plain.csv')).isFile()).toBe(true);
  });
});
