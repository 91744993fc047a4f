// What `hypo set` and `hypo status` print after an experiment is done with an outcome:
// the commands that give the hypotheses it tests their status, ready to copy.
import type { StatusSuggestion } from '../report/status-suggestions.js';
import { sanitizeLine } from './terminal-text.js';
import { LINE_WIDTH, oneLine, truncateToWidth } from './text-layout.js';

export function renderStatusSuggestions(outcome: string, suggestions: readonly StatusSuggestion[]): string {
  if (suggestions.length === 0) return '';
  const lines = suggestions.map((each) =>
    truncateToWidth(`  hypo status ${sanitizeLine(each.id)} ${each.suggested}   # ${each.status}: ${oneLine(each.title)}`, LINE_WIDTH),
  );
  return `Next: the outcome ${sanitizeLine(outcome)} the ${suggestions.length === 1 ? 'hypothesis' : 'hypotheses'} it tests:\n${lines.join('\n')}\n`;
}
