// The parse cache gives back exactly what parsing gives, parses again only the files whose
// identity changed, never keeps a file that could still change unseen, and takes anything
// it did not write itself (another build or config, a cut or altered file) as a miss.
import { existsSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecordFilesCached } from '../../src/store/cached-parse.js';
import { lookedFrom, lookingAt, SETTLED_AFTER_NS } from '../../src/store/file-identity.js';
import {
  decodeParseCache,
  encodeParseCache,
  encodeParseCacheChanges,
  isPlainJson,
  type ParseCacheScope,
  parseCacheFile,
  parseChangesFile,
  readParseCache,
} from '../../src/store/parse-cache.js';
import { parseRecordFiles } from '../../src/store/parse-record-files.js';
import type { LoadedFile } from '../../src/store/read-record-file.js';
import { toTransfer } from '../../src/store/transfer-files.js';
import { EXPERIMENT, HYPOTHESIS, INSIGHT } from '../helpers/records.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const SCOPE: ParseCacheScope = { build: 'build 1', config: 'config 1' };

const FILES: Record<string, string> = {
  'learning/hypotheses/resenärer-vill-se-avgångar.yaml': `${HYPOTHESIS}x-team: färja\n`,
  'learning/experiments/panel.yaml': EXPERIMENT,
  'learning/insights/planerar-hemma.yaml': `${INSIGHT}hypotheses: [resenärer-vill-se-avgångar]\n`,
  'learning/hypotheses/trasig.yaml': 'kind: hypothesis\ntitle: [oavslutad\n',
  'learning/hypotheses/ogiltig.yaml': 'kind: hypothesis\ntitle: Saknar påstående\nstatus: kanske\n',
  'learning/hypotheses/Bad Name.yaml': HYPOTHESIS,
};

/** A clock well past every file's timestamps: each file is settled. */
const later = () => Date.now() + Number(SETTLED_AFTER_NS / 1_000_000n) + 60_000;

function setup() {
  const repo = makeRepo(FILES);
  const cacheFile = parseCacheFile(makeTempDir('hypo-cache-'), repo.root);
  const paths = () => Object.keys(FILES).sort();
  const run = (files = paths(), now = later, scope = SCOPE) => parseRecordFilesCached(repo.root, files, { cacheFile, scope, workers: () => 0, now });
  return { repo, cacheFile, paths, run };
}

/** The loaded files as they would cross from a worker, source maps packed, and their records: the form in which parses compare. */
const comparable = (files: LoadedFile[]) => toTransfer(files).map((file, index) => ({ ...file, record: files[index]!.record }));
const cold = (root: string, files: string[]) => comparable(parseRecordFiles(root, files));

describe('the parse cache', () => {
  it('gives back what parsing gives, and parses nothing the second time', async () => {
    const { repo, cacheFile, paths, run } = setup();
    const first = await run();
    expect(first.parsed).toBe(paths().length);
    expect(first.written).toBe(true);
    const second = await run();
    expect(second.parsed).toBe(0);
    expect(second.written).toBe(false);
    expect(comparable(second.files)).toEqual(cold(repo.root, paths()));
    // The record is rebuilt without team extensions; invalid files stay without one.
    const byFile = new Map(second.files.map((file) => [file.file, file]));
    expect(byFile.get('learning/hypotheses/resenärer-vill-se-avgångar.yaml')!.record).not.toHaveProperty('x-team');
    expect(byFile.get('learning/hypotheses/ogiltig.yaml')!.record).toBeUndefined();
    expect(byFile.get('learning/hypotheses/Bad Name.yaml')!.problems.map((problem) => problem.rule)).toContain('invalid-id');
    expect((await readParseCache(cacheFile, SCOPE)).size).toBe(paths().length);
  });

  it('parses again only a file edited, added, renamed or restored to the same size and mtime; a deleted one drops out', async () => {
    const { repo, cacheFile, paths, run } = setup();
    // A whole second, so that utimes can set it back exactly.
    const restored = path.join(repo.root, 'learning/hypotheses/ogiltig.yaml');
    utimesSync(restored, 1_700_000_000, 1_700_000_000);
    await run();
    const edited = 'learning/experiments/panel.yaml';
    repo.write(edited, EXPERIMENT.replace('planned', 'running'));
    let result = await run();
    expect(result.parsed).toBe(1);
    expect(comparable(result.files)).toEqual(cold(repo.root, paths()));

    const added = 'learning/insights/ny.yaml';
    repo.write(added, INSIGHT);
    const withNew = [...paths(), added].sort();
    result = await run(withNew);
    expect(result.parsed).toBe(1);
    expect(comparable(result.files)).toEqual(cold(repo.root, withNew));

    const renamed = 'learning/insights/omdöpt.yaml';
    renameSync(path.join(repo.root, added), path.join(repo.root, renamed));
    const afterRename = [...paths(), renamed].sort();
    result = await run(afterRename);
    expect(result.parsed).toBe(1);
    expect(result.written).toBe(true);
    expect(comparable(result.files)).toEqual(cold(repo.root, afterRename));
    expect([...(await readParseCache(cacheFile, SCOPE)).keys()]).not.toContain(added);

    // Other text of the same size, its mtime set back: the ctime tells.
    const before = statSync(restored, { bigint: true });
    writeFileSync(restored, readFileSync(restored, 'utf8').replace('kanske', 'tested'));
    utimesSync(restored, 1_700_000_000, 1_700_000_000);
    const after = statSync(restored, { bigint: true });
    expect([after.size, after.ino, after.mtimeNs]).toEqual([before.size, before.ino, before.mtimeNs]);
    result = await run(afterRename);
    expect(result.parsed).toBe(1);
    expect(comparable(result.files)).toEqual(cold(repo.root, afterRename));

    rmSync(path.join(repo.root, edited));
    const afterDelete = afterRename.filter((file) => file !== edited);
    result = await run(afterDelete);
    expect(result.parsed).toBe(0);
    expect(result.written).toBe(true);
    expect(comparable(result.files)).toEqual(cold(repo.root, afterDelete));
    expect([...(await readParseCache(cacheFile, SCOPE)).keys()]).toEqual(afterDelete);
  });

  it('never keeps a file changed too recently to be told from a change in the same clock tick', async () => {
    const { repo, cacheFile, paths, run } = setup();
    // Files written just now, looked at just now: parsed, and not kept.
    const racy = await run(paths(), () => Date.now());
    expect(racy.parsed).toBe(paths().length);
    expect(racy.written).toBe(false);
    expect((await readParseCache(cacheFile, SCOPE)).size).toBe(0);
    await run();
    // One file changed again "in the same tick": it is parsed again and its stale entry dropped.
    const file = 'learning/experiments/panel.yaml';
    repo.write(file, EXPERIMENT.replace('planned', 'running'));
    const changed = await run(paths(), () => Date.now());
    expect(changed.parsed).toBe(1);
    expect(changed.written).toBe(true);
    expect([...(await readParseCache(cacheFile, SCOPE)).keys()]).not.toContain(file);
    expect(comparable(changed.files)).toEqual(cold(repo.root, paths()));
    // Once settled it is kept again.
    expect((await run()).parsed).toBe(1);
    expect((await run()).parsed).toBe(0);
  });

  it('takes a file looked at already in the run as it was seen then, and looks at the others', async () => {
    const { repo, cacheFile, paths, run } = setup();
    await run();
    const file = 'learning/experiments/panel.yaml';
    const seen = lookedFrom(statSync(path.join(repo.root, file), { bigint: true }), lookingAt(later()));
    repo.write(file, EXPERIMENT.replace('planned', 'running'));
    // Seen before the edit: the entry of that moment still answers, as it would have then.
    const looked = new Map([[file, seen]]);
    const stale = await parseRecordFilesCached(repo.root, paths(), { cacheFile, scope: SCOPE, workers: () => 0, now: later, looked });
    expect(stale.parsed).toBe(0);
    // Another file edited meanwhile, not in the map, is looked at and parsed.
    const other = 'learning/insights/planerar-hemma.yaml';
    repo.write(other, `${INSIGHT}hypotheses: []\n`);
    const mixed = await parseRecordFilesCached(repo.root, paths(), { cacheFile, scope: SCOPE, workers: () => 0, now: later, looked });
    expect(mixed.parsed).toBe(1);
    // Without the map the edit is seen.
    const fresh = await run();
    expect(fresh.parsed).toBe(1);
    expect(comparable(fresh.files)).toEqual(cold(repo.root, paths()));
  });

  it('gives back values JSON text would change exactly as parsing gives them', async () => {
    const odd: Record<string, string> = {
      'learning/hypotheses/udda-tal.yaml': `${HYPOTHESIS}x-oändlig: .inf\nx-minus-noll: -0.0\nx-inte-tal: .nan\nx-lista: [1, -.inf, {å: -0.0}]\n`,
      'learning/hypotheses/proto.yaml': `${HYPOTHESIS}x-nyckel: {__proto__: 1, toString: 2}\n`,
      'learning/experiments/udda-utfall.yaml': `${EXPERIMENT}x-mått: -0.0\n`,
    };
    const repo = makeRepo({ ...FILES, ...odd });
    const cacheFile = parseCacheFile(makeTempDir('hypo-cache-'), repo.root);
    const paths = [...Object.keys(FILES), ...Object.keys(odd)].sort();
    const run = () => parseRecordFilesCached(repo.root, paths, { cacheFile, scope: SCOPE, workers: () => 0, now: later });
    await run();
    const second = await run();
    expect(second.parsed).toBe(0);
    expect(comparable(second.files)).toEqual(cold(repo.root, paths));
    const byFile = new Map(second.files.map((file) => [file.file, file]));
    const data = byFile.get('learning/hypotheses/udda-tal.yaml')!.data!;
    expect(Object.is(data['x-minus-noll'], -0)).toBe(true);
    expect(data['x-oändlig']).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is((data['x-lista'] as [number, number, { å: number }])[2].å, -0)).toBe(true);
    // A record that is its data again comes back equal to it; one without the data's `x-` keys comes back as itself.
    const plain = byFile.get('learning/experiments/panel.yaml')!;
    expect(plain.record).toEqual(plain.data);
    expect(byFile.get('learning/hypotheses/resenärer-vill-se-avgångar.yaml')!.data).toHaveProperty('x-team', 'färja');
  });

  it('reads a text and a source map back only when asked for, and writes unread ones back as they were', async () => {
    const { repo, paths: given, run: runGiven } = setup();
    // A file that cannot be read as text has neither a text nor a source map.
    const binary = 'learning/hypotheses/binär.yaml';
    repo.write(binary, Uint8Array.from([0xff, 0xfe, 0x00, 0x41]));
    const paths = () => [...given(), binary].sort();
    const run = () => runGiven(paths());
    await run();
    const second = await run();
    expect(second.parsed).toBe(0);
    const unreadable = second.files.find((one) => one.file === binary)!;
    expect(unreadable.problems.length).toBeGreaterThan(0);
    expect(Object.keys(unreadable)).toEqual(['file', 'id', 'problems']);
    const file = second.files.find((one) => one.file === 'learning/experiments/panel.yaml')!;
    expect(Object.getOwnPropertyDescriptor(file, 'text')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(file, 'sourceMap')?.get).toBeTypeOf('function');
    expect(Object.keys(file)).toEqual(['file', 'id', 'text', 'data', 'sourceMap', 'problems', 'kind', 'record']);
    expect(file.text).toBe(readFileSync(path.join(repo.root, file.file), 'utf8'));
    expect(Object.getOwnPropertyDescriptor(file, 'text')).toMatchObject({ value: file.text, writable: true });
    // Another file changes: the cache is written again from entries whose texts were never read.
    repo.write('learning/hypotheses/trasig.yaml', 'kind: hypothesis\ntitle: [fortfarande oavslutad\n');
    const third = await run();
    expect(third.parsed).toBe(1);
    expect(third.written).toBe(true);
    const fourth = await run();
    expect(fourth.parsed).toBe(0);
    expect(comparable(fourth.files)).toEqual(cold(repo.root, paths()));
    // A file that could not be parsed keeps its text; one with neither text nor source map has neither.
    expect(fourth.files.find((one) => one.file === 'learning/hypotheses/trasig.yaml')!.text).toContain('fortfarande');
  });

  it('stores data as JSON text only when JSON gives back exactly the same values', () => {
    expect(isPlainJson({ a: [1, 'å', true, null, { b: -1.5 }] })).toBe(true);
    for (const value of [
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      undefined,
      1n,
      new Date(0),
      // biome-ignore lint/suspicious/noSparseArray: a hole is one of the values JSON cannot keep
      [1, , 3],
      { a: undefined },
      Object.create(null),
      JSON.parse('{"__proto__": 1}'),
    ])
      expect(isPlainJson({ a: [value] })).toBe(false);
  });

  it('starts afresh for another build or config', async () => {
    const { paths, run } = setup();
    await run();
    expect((await run(paths(), later, { ...SCOPE, build: 'build 2' })).parsed).toBe(paths().length);
    expect((await run(paths(), later, { ...SCOPE, build: 'build 2', config: 'config 2' })).parsed).toBe(paths().length);
    expect((await run(paths(), later, { ...SCOPE, build: 'build 2', config: 'config 2' })).parsed).toBe(0);
  });

  it('takes a cut, altered or foreign cache file as a miss, and writes it anew', async () => {
    const { repo, cacheFile, paths, run } = setup();
    await run();
    const bytes = readFileSync(cacheFile);
    expect(decodeParseCache(bytes, SCOPE).size).toBe(paths().length);
    for (const cut of [0, 1, 20, Math.floor(bytes.length / 2), bytes.length - 1]) expect(decodeParseCache(bytes.subarray(0, cut), SCOPE).size).toBe(0);
    const altered = Buffer.from(bytes);
    altered[altered.length - 10] = altered[altered.length - 10]! ^ 1;
    expect(decodeParseCache(altered, SCOPE).size).toBe(0);
    expect(decodeParseCache(Buffer.from('{"not":"a cache"}'), SCOPE).size).toBe(0);

    writeFileSync(cacheFile, bytes.subarray(0, bytes.length - 100));
    const afterCut = await run();
    expect(afterCut.parsed).toBe(paths().length);
    expect(afterCut.written).toBe(true);
    expect(comparable(afterCut.files)).toEqual(cold(repo.root, paths()));
    expect((await run()).parsed).toBe(0);
  });

  it('takes an entry of the wrong shape as a miss, even with a right checksum', async () => {
    const { cacheFile, paths, run } = setup();
    await run();
    const entries = decodeParseCache(readFileSync(cacheFile), SCOPE);
    const [name, entry] = [...entries][0]!;
    expect(entry.loaded.record).toBeDefined();
    const wrong = [
      { ...entry.loaded, file: 'learning/elsewhere.yaml' },
      { ...entry.loaded, problems: [{ file: name, line: 'one' }] },
      { ...entry.loaded, kind: 'anteckning' },
      { ...entry.loaded, sourceMap: { paths: '', spans: [1, 2, 3] } },
      { ...entry.loaded, data: undefined },
      { ...entry.loaded, record: 'experiment' },
      { ...entry.loaded, record: { ...entry.loaded.record, kind: 'insight' } },
    ];
    for (const loaded of wrong) {
      const bytes = encodeParseCache(SCOPE, new Map([...entries, [name, { ...entry, loaded: loaded as typeof entry.loaded }]]));
      expect(decodeParseCache(bytes, SCOPE).size).toBe(0);
      writeFileSync(cacheFile, bytes);
      expect((await run()).parsed).toBe(paths().length);
    }
  });

  it('writes a few changes beside the whole file, applies them when read, and writes the whole file again once they grow', async () => {
    // 40 files: up to two changes (a sixteenth) go into the changes file.
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [
        `learning/hypotheses/antagande-${String(index).padStart(2, '0')}.yaml`,
        HYPOTHESIS.replace('real-time', `real-time ${index}`),
      ]),
    );
    const repo = makeRepo(many);
    const cacheFile = parseCacheFile(makeTempDir('hypo-cache-'), repo.root);
    const changesFile = parseChangesFile(cacheFile);
    let paths = Object.keys(many).sort();
    const run = () => parseRecordFilesCached(repo.root, paths, { cacheFile, scope: SCOPE, workers: () => 0, now: later });
    await run();
    const whole = readFileSync(cacheFile);
    expect(existsSync(changesFile)).toBe(false);

    // One edit and one deletion: the whole file stays as it was, the changes file says what changed.
    repo.write(paths[3]!, HYPOTHESIS.replace('real-time', 'redigerad'));
    rmSync(path.join(repo.root, paths[5]!));
    paths = paths.filter((_, index) => index !== 5);
    let result = await run();
    expect(result.parsed).toBe(1);
    expect(result.written).toBe(true);
    expect(readFileSync(cacheFile)).toEqual(whole);
    expect(existsSync(changesFile)).toBe(true);
    const again = await run();
    expect(again.parsed).toBe(0);
    expect(again.written).toBe(false);
    expect(comparable(again.files)).toEqual(cold(repo.root, paths));
    expect([...(await readParseCache(cacheFile, SCOPE)).keys()].sort()).toEqual(paths);

    // A changes file of another whole file is not applied: its entries are parsed again.
    const changes = readFileSync(changesFile);
    writeFileSync(changesFile, encodeParseCacheChanges(SCOPE, 'f'.repeat(64), decodeParseCache(whole, SCOPE), []));
    result = await run();
    expect(result.parsed).toBe(1);
    expect(comparable(result.files)).toEqual(cold(repo.root, paths));
    writeFileSync(changesFile, changes.subarray(0, changes.length - 5));
    expect((await run()).parsed).toBe(1);
    expect((await run()).parsed).toBe(0);

    // A third change is more than a sixteenth: the whole file is written again, the changes file removed.
    repo.write(paths[7]!, HYPOTHESIS.replace('real-time', 'också redigerad'));
    result = await run();
    expect(result.parsed).toBe(1);
    expect(readFileSync(cacheFile)).not.toEqual(whole);
    expect(existsSync(changesFile)).toBe(false);
    expect([...decodeParseCache(readFileSync(cacheFile), SCOPE).keys()]).toEqual(paths);
    const last = await run();
    expect(last.parsed).toBe(0);
    expect(comparable(last.files)).toEqual(cold(repo.root, paths));
  });
});
