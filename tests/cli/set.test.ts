// hypo set / hypo status: edits that keep every other byte, refusals that keep every byte.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_FILES } from '../helpers/records.js';
import { checkJson, runCli, TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const COMMENTED = `# yaml-language-server: $schema=../../schemas/hypothesis.schema.json
# Ägare: färjeteamet
kind: hypothesis
title: "Färjeresenärer vill ha realtid"   # the working title
statement: >
  Vi tror att färjeresenärer vill se var
  färjan är, eftersom avgångarna flyttas.

status: open  # not tested yet
importance: medium
tags: [färja, realtid]
success: Minst 10 av 14 tittar på färjans läge före avresan
`;

const FILE = 'learning/hypotheses/farjeresenarer-vill-ha-realtid.yaml';

function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [index + 1]));
}

function snapshotFiles(root: string, files: string[]): Map<string, Buffer> {
  return new Map(files.map((file) => [file, readFileSync(path.join(root, file))]));
}

describe('hypo set', () => {
  it('changes exactly one line of a commented file', async () => {
    const repo = makeRepo({ ...VALID_FILES, [FILE]: COMMENTED });
    const result = await runCli(['-C', repo.root, 'set', 'farjeresenarer', 'importance=high']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`updated ${FILE}\n  importance: medium → high\n`);
    const after = readFileSync(path.join(repo.root, FILE), 'utf8');
    expect(changedLines(COMMENTED, after)).toEqual([10]);
    expect(after.split('\n')[9]).toBe('importance: high');
  });

  it('keeps a trailing comment and sets several fields, lists included', async () => {
    const repo = makeRepo({ ...VALID_FILES, [FILE]: COMMENTED });
    const result = await runCli(['-C', repo.root, 'set', 'farjeresenarer-vill-ha-realtid', 'status=testing', 'tags=färja,realtid,skärgård']);
    expect(result.code).toBe(0);
    const after = readFileSync(path.join(repo.root, FILE), 'utf8');
    expect(changedLines(COMMENTED, after)).toEqual([9, 11]);
    expect(after).toContain('status: testing  # not tested yet\n');
    expect(after).toContain('tags: [färja, realtid, skärgård]\n');
  });

  it('adds a missing optional field and removes one with field=', async () => {
    const repo = makeRepo({ ...VALID_FILES, [FILE]: COMMENTED });
    expect((await runCli(['-C', repo.root, 'set', 'farj', 'segment=pendlare', 'importance='])).code).toBe(0);
    const after = readFileSync(path.join(repo.root, FILE), 'utf8');
    expect(after).not.toContain('importance:');
    expect(after).toContain('segment: pendlare\n');
    expect(after).toContain('# Ägare: färjeteamet\n');
    expect(after).toContain('  Vi tror att färjeresenärer vill se var\n  färjan är, eftersom avgångarna flyttas.\n');
    expect((await checkJson(repo.root)).code).toBe(0);
  });

  it('refuses an invalid edit with the message check gives, leaving every file byte for byte', async () => {
    const repo = makeRepo({ ...VALID_FILES, [FILE]: COMMENTED });
    const files = [FILE, ...Object.keys(VALID_FILES)];
    const before = snapshotFiles(repo.root, files);
    const result = await runCli(['-C', repo.root, 'set', 'farj', 'status=validatd']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${FILE}:9:9 error status must be one of open, testing, supported, refuted, inconclusive, retired — got "validatd" [invalid-value]`,
    );
    expect(result.stderr).toContain('nothing was written');
    expect(snapshotFiles(repo.root, files)).toEqual(before);
  });

  it('refuses removing a required field, and an unknown field', async () => {
    const repo = makeRepo({ ...VALID_FILES, [FILE]: COMMENTED });
    const before = readFileSync(path.join(repo.root, FILE));
    const removed = await runCli(['-C', repo.root, 'set', 'farj', 'statement=']);
    expect(removed.code).toBe(1);
    expect(removed.stderr).toContain('statement is required [missing-field]');
    const unknown = await runCli(['-C', repo.root, 'set', 'farj', 'statment=x']);
    // A field the schema does not name is a usage error, refused before the file is read.
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^hypo: "statment" is not a field of a hypothesis \(did you mean "statement"\?\)\nhint: the fields of a hypothesis are kind, title, statement, .*; team extensions start with "x-"\n$/,
    );
    expect(readFileSync(path.join(repo.root, FILE))).toEqual(before);
  });

  it('keeps CRLF line ends and a BOM', async () => {
    const crlf = '\uFEFFkind: hypothesis\r\ntitle: Färja\r\nstatement: s\r\nstatus: open\r\n';
    const repo = makeRepo({ [FILE]: crlf });
    expect((await runCli(['-C', repo.root, 'set', 'farj', 'status=testing', 'importance=low'])).code).toBe(0);
    expect(readFileSync(path.join(repo.root, FILE), 'utf8')).toBe(
      '\uFEFFkind: hypothesis\r\ntitle: Färja\r\nstatement: s\r\nstatus: testing\r\nimportance: low\r\n',
    );
  });

  it('sets a nested field', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'set', 'departures', 'status=done', 'result.summary=Åtta av tio vill ha realtid', 'result.outcome=supports']);
    // Saved, with the one warning of a done experiment no insight draws on yet.
    expect(result.stderr).toContain('[experiment-without-insight]');
    expect(result.stderr.match(/\[[a-z-]+\]$/gm)).toEqual(['[experiment-without-insight]']);
    expect(result.code).toBe(0);
    const text = readFileSync(path.join(repo.root, 'learning/experiments/departures-panel.yaml'), 'utf8');
    expect(text).toContain('status: done\n');
    expect(text).toContain('result:\n  summary: Åtta av tio vill ha realtid\n  outcome: supports\n');
  });

  it('says so when nothing changes, and rejects a malformed assignment or the kind', async () => {
    const repo = makeRepo(VALID_FILES);
    expect((await runCli(['-C', repo.root, 'set', 'riders-want', 'status=open'])).stdout).toBe(
      'learning/hypotheses/riders-want-realtime.yaml: nothing to change\n',
    );
    const malformed = await runCli(['-C', repo.root, 'set', 'riders-want', 'status']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('"status" is not field=value');
    expect((await runCli(['-C', repo.root, 'set', 'riders-want', 'kind=insight'])).code).toBe(2);
  });

  it('lists only the fields that change, and leaves a field already holding the value untouched', async () => {
    const repo = makeRepo({ ...VALID_FILES, [FILE]: COMMENTED });
    const result = await runCli(['-C', repo.root, 'set', 'farjeresenarer', 'importance=medium', 'status=testing', 'tags=färja, realtid', 'owner=']);
    expect(result).toEqual({ code: 0, stdout: `updated ${FILE}\n  status: open → testing\n`, stderr: '' });
    expect(changedLines(COMMENTED, readFileSync(path.join(repo.root, FILE), 'utf8'))).toEqual([9]);
    // The title is quoted in the file: the same value given again neither rewrites nor reports it.
    const again = await runCli(['-C', repo.root, 'set', 'farjeresenarer', 'title=Färjeresenärer vill ha realtid', 'status=testing']);
    expect(again).toEqual({ code: 0, stdout: `${FILE}: nothing to change\n`, stderr: '' });
    expect(readFileSync(path.join(repo.root, FILE), 'utf8')).toContain('title: "Färjeresenärer vill ha realtid"   # the working title');
  });

  it('keeps a glob’s braces whole in a list, splitting on the commas outside them', async () => {
    const repo = makeRepo({ ...VALID_FILES, [FILE]: COMMENTED });
    const result = await runCli(['-C', repo.root, 'set', 'farjeresenarer', 'code=src/{färja,buss}/**, lib/{a,{b,c}}.ts,docs/*.md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`updated ${FILE}\n  code: (none) → [src/{färja,buss}/**, lib/{a,{b,c}}.ts, docs/*.md]\n`);
    const show = JSON.parse((await runCli(['-C', repo.root, 'show', 'farjeresenarer', '--format', 'json'])).stdout) as { record: { code: string[] } };
    expect(show.record.code).toEqual(['src/{färja,buss}/**', 'lib/{a,{b,c}}.ts', 'docs/*.md']);
  });

  it('reports an ambiguous or unknown id with the candidates', async () => {
    const repo = makeRepo({ ...VALID_FILES, 'learning/hypotheses/riders-want-maps.yaml': VALID_FILES['learning/hypotheses/riders-want-realtime.yaml']! });
    const ambiguous = await runCli(['-C', repo.root, 'set', 'riders-want', 'status=testing']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('"riders-want" matches several records: riders-want-maps, riders-want-realtime');
    const unknown = await runCli(['-C', repo.root, 'set', 'ridres-want-realtime', 'status=testing']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no record has the id "ridres-want-realtime" (did you mean "riders-want-realtime"');
  });

  it('refuses when the file changed after it was read', async () => {
    const repo = makeRepo(VALID_FILES);
    const { saveChanges } = await import('../../src/operations/save-changes.js');
    const { loadRepository } = await import('../../src/operations/repository.js');
    const repository = await loadRepository(repo.root, TEST_ENV);
    const file = 'learning/hypotheses/riders-want-realtime.yaml';
    const original = readFileSync(path.join(repo.root, file));
    writeFileSync(path.join(repo.root, file), `${original.toString()}# someone else\n`);
    await expect(
      saveChanges(repository, [{ action: 'replace', file, content: original.toString().replace('open', 'testing'), expected: original }]),
    ).rejects.toThrow(/changed while hypo was editing it; nothing was written/);
    expect(readFileSync(path.join(repo.root, file), 'utf8')).toContain('# someone else');
  });
});

describe('hypo status', () => {
  it('sets the status of a hypothesis', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'status', 'riders-want', 'testing']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('status: open → testing');
  });

  it('refuses a status of the wrong kind, and insights', async () => {
    const repo = makeRepo(VALID_FILES);
    const wrong = await runCli(['-C', repo.root, 'status', 'departures', 'supported']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('status must be one of planned, running, done, cancelled — got "supported"');
    const insight = await runCli(['-C', repo.root, 'status', 'riders-plan', 'done']);
    expect(insight.code).toBe(2);
    expect(insight.stderr).toContain('an insight has no status');
  });
});
