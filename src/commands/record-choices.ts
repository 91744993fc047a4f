// The records an interactive question offers (`hypo new`, `hypo decide`), each named by
// its id and title.
import type { Kind } from '../model/vocabulary.js';
import type { Repository } from '../operations/repository.js';
import { recordChoiceName } from '../render/record-choice.js';
import { titleOf } from '../report/record-list.js';
import type { Choice } from './context.js';

export interface RecordChoiceOptions {
  /** Ids ticked at the start (a checkbox). */
  checked?: ReadonlySet<string>;
  /** Ids left out (the record being written). */
  except?: string;
  /** A word after the title, e.g. an insight's decision. */
  note?: (data: Record<string, unknown> | undefined) => string | undefined;
}

/** The records of `kinds`, in that order of kinds. */
export function recordChoices(repository: Repository, kinds: readonly Kind[], options: RecordChoiceOptions = {}): Choice[] {
  return kinds
    .flatMap((kind) => repository.files.filter((file) => file.kind === kind && file.id !== options.except))
    .map((file) => {
      const choice: Choice = { value: file.id, name: recordChoiceName(file.id, titleOf(file.data), options.note?.(file.data)) };
      if (options.checked?.has(file.id)) choice.checked = true;
      return choice;
    });
}
