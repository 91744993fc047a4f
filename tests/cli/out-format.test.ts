// --out without --format: the file's extension names the format (report.html is HTML), for
// report, trend and export alike; --format still wins, and an unknown extension is the default.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_FILES } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const CONFIG = 'sprints:\n  start: 2026-11-16\n  length_days: 14\n';

describe('the format of --out', () => {
  it('follows the extension for report, trend and export, in any letter case', async () => {
    const repo = makeRepo(VALID_FILES, { config: CONFIG });
    const read = (file: string) => readFileSync(path.join(repo.root, file), 'utf8');
    const cases: [string[], string, (text: string) => void][] = [
      [['report'], 'rapport.html', (text) => expect(text).toMatch(/^<!doctype html>\n/)],
      [['report'], 'Rapport.HTM', (text) => expect(text).toMatch(/^<!doctype html>\n/)],
      [['report'], 'rapport.md', (text) => expect(text).toMatch(/^# Learning loop report: Sprint 1\n/)],
      [['report'], 'rapport.markdown', (text) => expect(text).toMatch(/^# Learning loop report: Sprint 1\n/)],
      [['report'], 'rapport.json', (text) => expect(JSON.parse(text)).toHaveProperty('period.label', 'Sprint 1')],
      [['report'], 'rapport.txt', (text) => expect(text).toMatch(/^Learning loop report/)],
      [['report'], 'rapport', (text) => expect(text).toMatch(/^Learning loop report/)],
      [['trend'], 'trend.html', (text) => expect(text).toMatch(/^<!doctype html>\n/)],
      [['trend'], 'trend.md', (text) => expect(text).toMatch(/^# Learning loop trend/)],
      [['export'], 'poster.json', (text) => expect(JSON.parse(text)).toHaveLength(3)],
      [['export'], 'poster.csv', (text) => expect(text).toMatch(/^id,kind,file,/)],
      [['export'], 'poster.html', (text) => expect(text).toMatch(/^id,kind,file,/)],
    ];
    for (const [command, file, expectContent] of cases) {
      const result = await runCli(['-C', repo.root, ...command, '--out', file]);
      expect({ file, code: result.code }).toEqual({ file, code: 0 });
      expectContent(read(file));
    }
  });

  it('takes --format over the extension', async () => {
    const repo = makeRepo(VALID_FILES, { config: CONFIG });
    expect((await runCli(['-C', repo.root, 'report', '--format', 'markdown', '--out', 'r.html'])).code).toBe(0);
    expect(readFileSync(path.join(repo.root, 'r.html'), 'utf8')).toMatch(/^# Learning loop report: Sprint 1\n/);
    expect((await runCli(['-C', repo.root, 'export', '--format', 'csv', '--out', 'r.json'])).code).toBe(0);
    expect(readFileSync(path.join(repo.root, 'r.json'), 'utf8')).toMatch(/^id,kind,file,/);
  });

  it('keeps the defaults on the terminal, and says so in the help', async () => {
    const repo = makeRepo(VALID_FILES, { config: CONFIG });
    expect((await runCli(['-C', repo.root, 'report'])).stdout).toMatch(/^Learning loop report/);
    expect((await runCli(['-C', repo.root, 'export'])).stdout).toMatch(/^id,kind,file,/);
    const help = (await runCli(['report', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain("output format (default: from the --out file's extension, else text)");
  });
});
