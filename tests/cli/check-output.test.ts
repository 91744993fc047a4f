// The three output formats of `hypo check`, colour, --strict and exit codes.
import { describe, expect, it } from 'vitest';
import { QUALITY_OFF, VALID_FILES } from '../helpers/records.js';
import { checkJson, runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const BROKEN_STATUS = 'kind: hypothesis\ntitle: Resenärer på färjan\nstatement: Vi tror att de vill ha realtid\nstatus: validatd\n';

describe('hypo check output', () => {
  it('passes a valid repository with exit 0 and a summary line', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ 3 records in 3 files: no problems\n');
    expect(result.stderr).toBe('');
  });

  it('prints file:line:col, the message, the rule and a code frame under each problem', async () => {
    const repo = makeRepo({ ...VALID_FILES, 'learning/hypotheses/farja.yaml': BROKEN_STATUS });
    const result = await runCli(['-C', repo.root, 'check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'learning/hypotheses/farja.yaml:4:9 error status must be one of open, testing, supported, refuted, inconclusive, retired — got "validatd" [invalid-value]',
    );
    expect(result.stdout).toContain('  > 4 | status: validatd\n      |         ^^^^^^^^\n');
    expect(result.stdout).toContain('    3 | statement: Vi tror att de vill ha realtid');
    expect(result.stdout).toMatch(/✖ 1 error, 0 warnings in 1 of 4 files \(3 records valid\)\n$/);
  });

  it('colours only when asked, and never under NO_COLOR', async () => {
    const repo = makeRepo({ ...VALID_FILES, 'learning/hypotheses/farja.yaml': BROKEN_STATUS });
    const coloured = await runCli(['-C', repo.root, 'check'], { color: true });
    expect(coloured.stdout).toContain('\u001b[31merror\u001b[39m');
    const noColorFlag = await runCli(['--no-color', '-C', repo.root, 'check'], { color: true });
    expect(noColorFlag.stdout).not.toContain('\u001b[');
    const plain = await runCli(['-C', repo.root, 'check']);
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('keeps escape sequences in record text from reaching the terminal', async () => {
    const repo = makeRepo({
      ...VALID_FILES,
      'learning/hypotheses/evil.yaml': 'kind: hypothesis\nstatement: s\ntitle: x\u001b[2Jy \u001b]8;;http://x\u0007link\nstatus: nope\n',
    });
    const result = await runCli(['-C', repo.root, 'check']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\u0007');
    expect(result.stdout).toContain('3 | title: x\\x1b[2Jy \\x1b]8;;http://x\\x07link');
  });

  it('writes the documented JSON shape', async () => {
    const repo = makeRepo({ ...VALID_FILES, 'learning/hypotheses/farja.yaml': BROKEN_STATUS });
    const { code, json } = await checkJson(repo.root);
    expect(code).toBe(1);
    expect(json).toEqual({
      ok: false,
      files: 4,
      records: 3,
      problems: [
        {
          file: 'learning/hypotheses/farja.yaml',
          line: 4,
          column: 9,
          severity: 'error',
          rule: 'invalid-value',
          message: 'status must be one of open, testing, supported, refuted, inconclusive, retired — got "validatd"',
        },
      ],
    });
  });

  it('writes GitHub annotations with paths from the git top level', async () => {
    const repo = makeRepo({}, { git: true, config: false });
    repo.write('product/hypo.config.yaml', 'root: records\n');
    repo.write('product/records/h/farja.yaml', BROKEN_STATUS);
    const result = await runCli(['-C', `${repo.root}/product`, 'check', '--format', 'github']);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      '::error file=product/records/h/farja.yaml,line=4,col=9,title=hypo invalid-value::status must be one of open, testing, supported, refuted, inconclusive, retired — got "validatd"',
    );
  });

  it('exits 0 with warnings, and 1 with --strict', async () => {
    const repo = makeRepo(
      {
        ...VALID_FILES,
        'learning/hypotheses/claimed.yaml': 'kind: hypothesis\ntitle: x\nstatement: s\nstatus: supported\n',
      },
      { config: QUALITY_OFF },
    );
    const relaxed = await checkJson(repo.root);
    expect(relaxed.code).toBe(0);
    expect(relaxed.json.ok).toBe(true);
    expect(relaxed.json.problems.map((problem) => problem.rule)).toEqual(['status-without-evidence']);
    const strict = await checkJson(repo.root, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.json.ok).toBe(false);
  });

  it('names both files of a duplicate id', async () => {
    const repo = makeRepo({ ...VALID_FILES, 'learning/experiments/riders-want-realtime.yml': VALID_FILES['learning/experiments/departures-panel.yaml']! });
    const { json } = await checkJson(repo.root);
    const duplicates = json.problems.filter((problem) => problem.rule === 'duplicate-id');
    expect(duplicates.map((problem) => [problem.file, problem.line, problem.column])).toEqual([
      ['learning/experiments/riders-want-realtime.yml', 1, 1],
      ['learning/hypotheses/riders-want-realtime.yaml', 1, 1],
    ]);
    expect(duplicates[0]!.message).toContain('learning/hypotheses/riders-want-realtime.yaml');
    expect(duplicates[1]!.message).toContain('learning/experiments/riders-want-realtime.yml');
  });

  it('reads UTF-8 with a BOM, CRLF line ends, Swedish text and x- extensions as valid', async () => {
    const crlf =
      '\uFEFFkind: hypothesis\r\ntitle: Färjeresenärer vill ha realtid 🚢\r\nstatement: Vi tror att åkare på Ö-linjen vill se förseningar, eftersom färjan ofta är sen\r\nstatus: open\r\nx-jira: ÄÖ-12\r\n';
    const repo = makeRepo({ ...VALID_FILES, 'learning/hypotheses/farjeresenarer.yaml': crlf });
    const { code, json } = await checkJson(repo.root);
    expect(json.problems).toEqual([]);
    expect(code).toBe(0);
    expect(json.records).toBe(4);
  });

  it('points at the right column after a BOM and on CRLF lines', async () => {
    const crlf = '\uFEFFkind: hypothesis\r\ntitle: Färja\r\nstatement: s\r\nstatus: öppen\r\n';
    const repo = makeRepo({ ...VALID_FILES, 'learning/hypotheses/farja.yaml': crlf });
    const { json } = await checkJson(repo.root);
    expect(json.problems).toMatchObject([{ line: 4, column: 9, rule: 'invalid-value' }]);
  });

  it('does not follow a link that leaves the repository', async () => {
    const outside = makeRepo({ 'secret.yaml': 'kind: hypothesis\ntitle: outside\nstatement: s\nstatus: open\n' });
    const repo = makeRepo(VALID_FILES);
    const { symlinkSync } = await import('node:fs');
    symlinkSync(`${outside.root}/secret.yaml`, `${repo.root}/learning/hypotheses/secret.yaml`);
    const { code, json } = await checkJson(repo.root);
    expect(code).toBe(1);
    expect(json.problems).toMatchObject([{ file: 'learning/hypotheses/secret.yaml', rule: 'bad-link' }]);
    expect(json.records).toBe(3);
  });

  it('reads a %YAML 1.1 file with the 1.2 core schema: dates stay dates, no stays no', async () => {
    const repo = makeRepo(
      {
        ...VALID_FILES,
        'learning/hypotheses/old-style.yaml': '%YAML 1.1\n---\nkind: hypothesis\ntitle: no\nstatement: s\nstatus: open\ncreated: 2026-01-05\n',
      },
      { config: QUALITY_OFF },
    );
    const { code, json } = await checkJson(repo.root);
    expect(json.problems).toEqual([]);
    expect(code).toBe(0);
  });

  it('does not compare dates that are not well-formed', async () => {
    const repo = makeRepo({
      ...VALID_FILES,
      'learning/experiments/sloppy.yaml':
        'kind: experiment\ntitle: x\ntests: [riders-want-realtime]\nmethod: survey\nstatus: running\nstart: 2026-9-01\nend: 2026-10-05\n',
    });
    const { json } = await checkJson(repo.root);
    expect(json.problems.map((problem) => [problem.rule, problem.line])).toEqual([['invalid-date', 6]]);
  });

  it('accepts x- extension keys in the config file', async () => {
    const repo = makeRepo(VALID_FILES, { config: 'root: learning\nx-team: Färjeteamet\n' });
    const { code } = await checkJson(repo.root);
    expect(code).toBe(0);
  });
});
