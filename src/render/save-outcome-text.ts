// What a write that was refused, or saved with warnings, says on stderr: the problems as
// `hypo check` shows them, with code frames of the new text, and one line of what happened.
import type { Problem } from '../model/problem.js';
import { renderProblemBlocks } from './check-text.js';
import type { Painter } from './painter.js';
import { sanitizeLine } from './terminal-text.js';

export interface SaveProblems {
  problems: readonly Problem[];
  /** The new texts of the changed files, for code frames. */
  sources: ReadonlyMap<string, string>;
}

/** `what` names the change ("the edit of learning/x.yaml was"): file names may hold escape sequences. */
export function renderRefusal(outcome: SaveProblems, what: string, paint: Painter): string {
  const count = outcome.problems.length;
  const blocks = renderProblemBlocks(outcome.problems, outcome.sources, paint).join('\n\n');
  return `${blocks}\n\nhypo: ${sanitizeLine(what)} refused: it would leave ${count} ${count === 1 ? 'error' : 'errors'}; nothing was written\n`;
}

/** The warnings of a saved change; empty when there are none. */
export function renderSaveWarnings(outcome: SaveProblems, paint: Painter): string {
  if (outcome.problems.length === 0) return '';
  return `${renderProblemBlocks(outcome.problems, outcome.sources, paint).join('\n\n')}\n`;
}
