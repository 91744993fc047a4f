// The CLI's own surface: version, help, usage errors, unexpected errors.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_PROMPTS, runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('hypo usage', () => {
  it('prints the version', async () => {
    const result = await runCli(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints help with the commands and global options', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: hypo [options] [command]');
    expect(result.stdout).toContain('-C, --cwd <dir>');
    expect(result.stdout).toMatch(/check \[options\]\s+check every record/);
  });

  it('prints help when run without arguments', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: hypo');
  });

  it('shows examples in a command’s help', async () => {
    const result = await runCli(['check', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--format <format>');
    expect(result.stdout).toContain('hypo check --format github');
  });

  it('exits 2 on an unknown command and suggests the nearest one', async () => {
    const result = await runCli(['chek']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("hypo: unknown command 'chek'");
    expect(result.stderr).toContain('(Did you mean check?)');
  });

  it('exits 2 on an unknown format', async () => {
    const repo = makeRepo();
    const result = await runCli(['-C', repo.root, 'check', '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("option '--format <format>' argument 'xml' is invalid");
  });

  it('exits 2 on an unknown option', async () => {
    const result = await runCli(['check', '--frmat', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--frmat'");
  });

  it('reports an unexpected error without a stack trace, and with one under --debug', async () => {
    const failing = {
      write: () => {
        throw new Error('disk on fire');
      },
    };
    const repo = makeRepo();
    let stderr = '';
    const capture = { write: (text: string) => (stderr += text) };
    const { main } = await import('../../src/cli/main.js');
    const base = { cwd: repo.root, env: {}, stdinIsTTY: false, now: () => new Date(), color: false, debug: false, prompter: NO_PROMPTS };
    expect(await main(['check'], { ...base, stdout: failing, stderr: capture })).toBe(2);
    expect(stderr).toContain(`hypo: unexpected error: disk on fire (hypo ${version}`);
    expect(stderr).not.toMatch(/\n\s+at /);
    stderr = '';
    expect(await main(['--debug', 'check'], { ...base, stdout: failing, stderr: capture })).toBe(2);
    expect(stderr).toMatch(/\n\s+at /);
  });
});
