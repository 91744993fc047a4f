// The language a command writes in for a person: its --lang, else the config's `lang`,
// else English. JSON never depends on it.
import { DEFAULT_LANG, type Lang } from '../model/lang.js';
import { messages, type Translator } from '../render/messages/index.js';

export function outputMessages(chosen: Lang | undefined, configured: Lang | undefined): Translator {
  return messages(chosen ?? configured ?? DEFAULT_LANG);
}
