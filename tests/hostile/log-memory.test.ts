// `hypo log` on a record with many huge versions: every version streams through one
// cat-file, a version over the size limit is skipped as it streams (never held), and
// the log says so for that commit. The old reader held the whole cat-file output, each
// version twice, and a long history of large versions ran out of heap.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MAX_RECORD_BYTES } from '../../src/store/decode-text.js';
import { CAN_MEASURE_MEMORY, spawnHypo } from '../helpers/spawn-hypo.js';
import { GIT_ENV, makeRepo, type TempRepo } from '../helpers/temp-repo.js';

const FILE = 'learning/hypotheses/big-notes.yaml';
const OVER_CAP = 60;
/** About 1.5 MiB: over the 1 MiB a record may have. */
const BIG_BYTES = 1.5 * 1024 * 1024;
/** About 700 KB: a record under the limit, parsed and compared. */
const LARGE_BYTES = 700 * 1000;

/** A hypothesis with a block scalar of `bytes` bytes; `tag` makes each version's text its own. */
function record(status: string, round: number, bytes: number, tag: string): string {
  const head = `kind: hypothesis\ntitle: Big notes\nstatement: We believe that notes grow\nstatus: ${status}\nx-round: ${round}\nx-notes: |\n  ${tag}\n`;
  const line = `  ${'n'.repeat(77)}\n`;
  return head + line.repeat(Math.ceil((bytes - head.length) / line.length));
}

/** Oldest first: one 700 KB version, 60 over the limit, then four of 700 KB that change one small field each. */
const VERSIONS = [
  record('open', 1, LARGE_BYTES, 'first'),
  ...Array.from({ length: OVER_CAP }, (_, index) => record('open', 1, BIG_BYTES, `big ${String(index).padStart(2, '0')}`)),
  record('open', 1, LARGE_BYTES, 'back'),
  record('testing', 1, LARGE_BYTES, 'back'),
  record('testing', 2, LARGE_BYTES, 'back'),
  record('supported', 2, LARGE_BYTES, 'back'),
];

/** All versions as commits on main in one `git fast-import`: a commit per version, in about a second. */
function importHistory(): TempRepo {
  const repo = makeRepo({}, { git: true });
  const chunks: Buffer[] = [];
  const data = (bytes: Buffer) => chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  VERSIONS.forEach((text, index) => {
    const who = `${GIT_ENV.GIT_AUTHOR_NAME} <${GIT_ENV.GIT_AUTHOR_EMAIL}> ${1_767_225_600 + index * 86_400} +0000`;
    chunks.push(Buffer.from(`commit refs/heads/main\nmark :${index + 1}\nauthor ${who}\ncommitter ${who}\n`));
    data(Buffer.from(`Version ${index + 1}`));
    if (index > 0) chunks.push(Buffer.from(`from :${index}\n`));
    chunks.push(Buffer.from(`M 100644 inline ${FILE}\n`));
    data(Buffer.from(text));
  });
  const imported = spawnSync('git', ['fast-import', '--quiet'], { cwd: repo.root, input: Buffer.concat(chunks), env: { ...process.env, ...GIT_ENV } });
  expect(imported.status, imported.stderr.toString()).toBe(0);
  repo.git('checkout', '-q', '-f', 'main');
  return repo;
}

interface LogJson {
  transitions: string[];
  uncommitted: boolean;
  commits: { subject: string; changes: { field: string; from: unknown; to: unknown }[]; note?: string }[];
}

/** Peak resident set allowed: the buffered reader peaked at about 460 MiB on this history; streaming, about 115 MiB. */
const MEMORY_LIMIT_KIB = 200 * 1024;

describe('hypo log on 60 versions over the size limit', () => {
  it('streams them: small fields shown, each big version noted in JSON and text, peak memory bounded', async () => {
    expect(BIG_BYTES).toBeGreaterThan(MAX_RECORD_BYTES);
    const { root } = importHistory();
    // Side by side: each is its own process, measured on its own.
    const [json, text] = await Promise.all([
      spawnHypo(['-C', root, 'log', 'big-notes', '--format', 'json'], { timeoutMs: 20_000 }),
      spawnHypo(['-C', root, 'log', 'big-notes'], { timeoutMs: 20_000, measureMemory: false }),
    ]);
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 0, stderr: '' });
    const log = JSON.parse(json.stdout) as LogJson;

    expect(log.transitions).toEqual(['open', 'testing', 'supported']);
    expect(log.uncommitted).toBe(false);
    expect(log.commits).toHaveLength(VERSIONS.length);
    const [supported, round, testing, back, ...older] = log.commits;
    expect(supported!.changes).toEqual([{ field: 'status', from: 'testing', to: 'supported' }]);
    expect(round!.changes).toEqual([{ field: 'x-round', from: 1, to: 2 }]);
    expect(testing!.changes).toEqual([{ field: 'status', from: 'open', to: 'testing' }]);
    // After a version that was never read there is nothing to compare with: its fields come back as added.
    expect(back!.changes[0]).toEqual({ field: '(file)', from: 'over the size limit', to: null });
    // The note is there only where it says something: the JSON keeps its shape elsewhere.
    for (const commit of [supported, round, testing, back, older.at(-1)]) expect(commit).not.toHaveProperty('note');

    const big = older.slice(0, OVER_CAP);
    expect(big.map((commit) => commit.changes)).toEqual(big.map(() => []));
    expect(new Set(big.map((commit) => commit.note))).toEqual(
      new Set([`this version is 1.5 MiB (${Buffer.byteLength(VERSIONS[1]!)} bytes), over the 1.0 MiB a record may have: its fields are not shown`]),
    );

    expect({ code: text.code, stderr: text.stderr }).toEqual({ code: 0, stderr: '' });
    expect(text.stdout).toMatch(/^big-notes: open → testing → supported\n/);
    expect(text.stdout.split('\n').filter((line) => line.startsWith('  this version is 1.5 MiB'))).toHaveLength(OVER_CAP);
    expect(text.stdout).toContain('  the file is under the size limit again');
    expect(text.stdout).not.toContain('no field changed');

    if (CAN_MEASURE_MEMORY) expect(json.maxRssKiB, `peak memory ${json.maxRssKiB} KiB`).toBeLessThan(MEMORY_LIMIT_KIB);
  });
});
