// How a record reads in an interactive picker: its id with its title beside it, so a
// person picks by what the record says. Both are record text: made safe for the
// terminal, on one line, cut to fit beside the checkbox.
import { sanitizeLine } from './terminal-text.js';
import { LINE_WIDTH, oneLine, truncateToWidth } from './text-layout.js';

/** Room for the picker's own marks ("❯ ◯ ") before the name. */
const PICKER_MARGIN = 6;

export function recordChoiceName(id: string, title: string, note?: string): string {
  const words = [oneLine(title), note ? `(${oneLine(note)})` : ''].filter(Boolean).join(' ');
  const name = words ? `${sanitizeLine(id)} — ${words}` : sanitizeLine(id);
  return truncateToWidth(name, LINE_WIDTH - PICKER_MARGIN);
}
