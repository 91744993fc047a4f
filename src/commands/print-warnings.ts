// How every command prints its warnings on stderr: one `hypo: warning: …` line each, in the
// command's language (English unless it passes its translator), never a control character
// of a record's text. The JSON keeps the English text; only these lines are translated.
import { messages, type Translator } from '../render/messages/index.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { warningIn } from '../render/warning-text.js';
import type { Context } from './context.js';

export function printWarnings(ctx: Pick<Context, 'stderr'>, warnings: readonly string[], t: Translator = messages('en')): void {
  for (const warning of warnings) ctx.stderr.write(`${sanitizeLine(t('warning.line', { text: warningIn(warning, t) }))}\n`);
}
