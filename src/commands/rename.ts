// hypo rename <old> <new>: the file takes the new id and every reference to it is
// rewritten, all in one all-or-nothing change.
import { planRename } from '../operations/rename-record.js';
import { loadRepository } from '../operations/repository.js';
import { saveChanges } from '../operations/save-changes.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { type Context, EXIT_OK } from './context.js';
import { printSaveOutcome } from './save-outcome.js';

export interface RenameOptions {
  from: string;
  to: string;
}

export async function runRename(options: RenameOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const { record, newFile, changes, updated } = await planRename(repository, options.from, options.to);
  const code = await printSaveOutcome(
    await saveChanges(repository, changes, { faults: ctx.faults, label: `rename ${record.id} to ${options.to}` }),
    ctx,
    `renaming ${record.id} was`,
  );
  if (code !== EXIT_OK) return code;
  ctx.stdout.write(`renamed ${sanitizeLine(record.file)} → ${sanitizeLine(newFile)}\n`);
  if (updated.length)
    ctx.stdout.write(
      `updated references in ${updated.length} ${updated.length === 1 ? 'file' : 'files'}:\n${updated.map((file) => `  ${sanitizeLine(file)}\n`).join('')}`,
    );
  return EXIT_OK;
}
