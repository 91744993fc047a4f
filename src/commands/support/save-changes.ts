// The one way commands write records: the changed files are checked together with
// the rest of the repository, exactly as `hypo check` would, and written (all or
// nothing) only when the change adds no error. A refused change writes nothing.
import type { Context } from '../../cli/context.js';
import { compareProblems, type Problem } from '../../model/problem.js';
import { renderProblemBlocks } from '../../render/check-text.js';
import { sanitizeForTerminal } from '../../render/terminal-text.js';
import { loadPainter } from '../../render/painter.js';
import { checkChanges } from '../../rules/check-changes.js';
import { commitChanges, type FileChange } from '../../store/commit-changes.js';
import type { Repository } from '../../store/load-repository.js';
import { type LoadedFile, parseRecordText } from '../../store/read-record-file.js';

export interface SaveOutcome {
  saved: boolean;
  /** Errors that made the change refused, or warnings of the changed files when saved. */
  problems: Problem[];
  /** The new texts, for code frames. */
  sources: Map<string, string>;
}

export async function saveChanges(repository: Repository, changes: readonly FileChange[]): Promise<SaveOutcome> {
  const sources = new Map<string, string>();
  const changed: LoadedFile[] = [];
  for (const change of changes) {
    if (change.action === 'delete') continue;
    const text = change.content.replace(/^\uFEFF/, '');
    sources.set(change.file, text);
    changed.push(parseRecordText(text, change.file));
  }
  const removed = new Set(changes.filter((change) => change.action === 'delete').map((change) => change.file));
  const { inChanged, newElsewhere } = checkChanges(repository, changed, removed);
  const introduced = [...inChanged.filter((problem) => problem.severity === 'error'), ...newElsewhere].sort(compareProblems);
  if (introduced.length > 0) return { saved: false, problems: introduced, sources };
  await commitChanges(repository.root, changes);
  return { saved: true, problems: inChanged.filter((problem) => problem.severity === 'warning'), sources };
}

/** Prints why a change was refused (to stderr, as `check` would show it); returns exit code 1. */
export async function reportRefusal(outcome: SaveOutcome, ctx: Context, what: string): Promise<number> {
  const paint = await loadPainter(ctx.color);
  ctx.stderr.write(`${renderProblemBlocks(outcome.problems, outcome.sources, paint).join('\n\n')}\n\n`);
  const count = outcome.problems.length;
  // `what` names files and ids as they are on disk: a file name may hold an escape sequence.
  ctx.stderr.write(`hypo: ${sanitizeForTerminal(what)} refused: it would leave ${count} ${count === 1 ? 'error' : 'errors'}; nothing was written\n`);
  return 1;
}

/** Prints the warnings of a saved change to stderr. */
export async function reportWarnings(outcome: SaveOutcome, ctx: Context): Promise<void> {
  if (outcome.problems.length === 0) return;
  ctx.stderr.write(`${renderProblemBlocks(outcome.problems, outcome.sources, await loadPainter(ctx.color)).join('\n\n')}\n`);
}
