// hypo in a shell pipeline, as people use it: a reader that stops early (`| head -1`) gets
// its line and hypo ends quietly, with its own exit code (so `set -o pipefail` still tells
// stale records from none); a write that fails for another reason is one line and exit 2.
// One bash runs every pipeline: one spawn of bash, four short runs of hypo.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, SPAWN_ENV } from '../helpers/spawn-hypo.js';
import { makeRepo } from '../helpers/temp-repo.js';

/** Titles long enough that export writes several times a pipe's buffer (64 KiB), so the reader surely leaves first. */
const RECORDS = 40;
const TITLE_REPEAT = 40;

const SCRIPT = `
hypo() { node "$BIN" -C "$REPO" "$@"; }
hypo export 2> export.err | head -1 > export.out; echo "export \${PIPESTATUS[0]}"
# Readers that read nothing at all: the output goes into a pipe already closed.
hypo stale --as-of 2026-12-01 2> stale.err | true; echo "stale \${PIPESTATUS[0]}"
hypo check --help 2> help.err | true; echo "help \${PIPESTATUS[0]}"
hypo check --help > /dev/full 2> full.err; echo "full $?"
`;

describe('hypo in a pipeline', () => {
  it('ends quietly when the reader stops early, and says once why a write failed otherwise', async () => {
    const title = 'Färjeresenärer i skärgården vill se var färjan är. '.repeat(TITLE_REPEAT);
    const files: Record<string, string> = {};
    for (let index = 0; index < RECORDS; index++) {
      const id = `farjeresenarer-i-skargarden-vill-se-var-farjan-ar-nummer-${index}`;
      files[`learning/hypotheses/${id}.yaml`] =
        `kind: hypothesis\ntitle: ${title} ${index}\nstatement: Vi tror att åkare vill se avgångar i realtid, ${index}\nstatus: open\ncreated: 2026-01-01\n`;
    }
    const repo = makeRepo(files);
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile('bash', ['-c', SCRIPT], { cwd: repo.root, env: { ...SPAWN_ENV, BIN, REPO: repo.root } }, (error, out, err) => {
        if (error) reject(new Error(`${error.message}\n${err}`));
        else resolve(out);
      });
    });
    // Exit codes are the commands' own: stale found stale hypotheses (1), the rest nothing to report.
    expect(stdout).toBe('export 0\nstale 1\nhelp 0\nfull 2\n');
    const read = (file: string) => readFileSync(path.join(repo.root, file), 'utf8');
    expect(read('export.out')).toMatch(/^id,kind,file,title,/);
    for (const file of ['export.err', 'stale.err', 'help.err'])
      expect({ file, stderr: read(file) }).toEqual({ file, stderr: expect.not.stringMatching(/EPIPE|^\s+at /m) });
    expect(read('help.err')).toBe('');
    expect(read('full.err')).toBe('hypo: cannot write to stdout: ENOSPC: no space left on device, write\n');
  });
});
