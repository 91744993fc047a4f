// The blob id hypo computes is the one git gives the same content.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gitBlobId } from '../../src/store/git-blob-id.js';

describe('gitBlobId', () => {
  it('is what git hash-object says, for Swedish text too', () => {
    for (const text of ['', 'kind: hypothesis\ntitle: Färjeresenärer vill se färjan\n', 'a\r\nb\r\n']) {
      expect(gitBlobId(text)).toBe(execFileSync('git', ['hash-object', '--stdin'], { input: text, encoding: 'utf8' }).trim());
    }
  });
});
