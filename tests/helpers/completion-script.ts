// The completion script the built CLI prints for a shell, saved to a file a real shell sources.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { BIN } from './spawn-hypo.js';
import { makeTempDir } from './temp-repo.js';

export type Shell = 'bash' | 'zsh' | 'fish';

export function scriptFile(shell: Shell): string {
  const printed = spawnSync(process.execPath, [BIN, 'completion', shell], { encoding: 'utf8' });
  expect(printed).toMatchObject({ status: 0, stderr: '' });
  const file = path.join(makeTempDir('hypo-script-'), `hypo.${shell}`);
  writeFileSync(file, printed.stdout);
  return file;
}
