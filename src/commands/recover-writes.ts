// Run before every command that touches the repository: a change to several files that a
// killed run left half done is completed or rolled back first, and the user is told which.
import { recoverWrites } from '../operations/recover-writes.js';
import { sanitizeLine } from '../render/terminal-text.js';
import type { Context } from './context.js';

export async function recoverWritesFirst(ctx: Context): Promise<void> {
  for (const { label, pid, outcome, files } of await recoverWrites(ctx.cwd)) {
    const done =
      outcome === 'completed' ? `hypo completed it: all ${files} files now hold the change` : `hypo rolled it back: none of its ${files} files had changed yet`;
    ctx.stderr.write(`hypo: ${sanitizeLine(label)} was interrupted (process ${pid}); ${done}\n`);
  }
}
