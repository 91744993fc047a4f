// What "one record edited and one commit added since the last run" means in the bench:
// before each run, one hypothesis (a different one each time) gets a new title and is
// committed, then the bench waits until the edit is as old as an edit a person saves,
// commits and then runs hypo on: hypo keeps no parse of a file whose timestamps are
// within a few seconds of the run (SETTLED_AFTER_NS in src/store/file-identity.ts), and a
// file edited a moment ago would be parsed again by every later run too.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_GIT } from './measure.js';

/** A little more than the age hypo wants of a file before it keeps its parse. */
const SETTLE_MS = 3_200;

/** Returns the step to run before each run: edit, commit, wait. The repository stays valid and clean. */
export function editAndCommit(root: string, files: readonly string[]): () => void {
  let count = 0;
  return () => {
    count++;
    // A stride prime to the number of files, so no file is edited twice in a bench.
    const file = files[(count * 97) % files.length]!;
    const full = path.join(root, file);
    const text = readFileSync(full, 'utf8');
    writeFileSync(full, text.replace(/^title: (.*)$/m, `title: $1, rev ${count}`));
    const edited = Date.now();
    const commit = spawnSync('git', ['commit', '-q', '-m', `Edit ${path.basename(file, '.yaml')}, rev ${count}`, '--', file], {
      cwd: root,
      env: { ...process.env, ...BENCH_GIT },
    });
    if (commit.status !== 0) throw new Error(`git commit failed: ${commit.stderr}`);
    settleSince(edited);
  };
}

/** Waits until files written at `written` (Date.now()) are old enough for hypo to keep their parse. */
export function settleSince(written: number): void {
  const wait = written + SETTLE_MS - Date.now();
  if (wait > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
}
