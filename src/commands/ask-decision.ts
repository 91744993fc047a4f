// The questions of a decision, asked for what was not given as flags: by `hypo decide`
// in a terminal, and by `hypo new insight` after what was learned.
import { DECISION_ACTIONS } from '../model/vocabulary.js';
import type { Repository } from '../operations/repository.js';
import type { Prompter } from './context.js';
import { recordChoices } from './record-choices.js';

export interface DecisionAnswers {
  action?: string | undefined;
  summary?: string | undefined;
  /** Comma-separated ids, as the --next flag takes them. */
  next?: string | undefined;
}

const ACTION_MEANINGS: Record<(typeof DECISION_ACTIONS)[number], string> = {
  persevere: 'keep going: the belief holds',
  pivot: 'change direction: a new belief to test',
  stop: 'drop it: not worth more work',
  iterate: 'adjust and test again',
};

const NOT_YET = '';

/**
 * Asks for the action, the summary and the records it starts, each only when not given.
 * With `optional`, the action may be answered "not decided yet": then nothing more is
 * asked and undefined comes back. `insight` is left out of the records offered as next.
 */
export async function askDecision(
  given: DecisionAnswers,
  repository: Repository,
  prompter: Prompter,
  options: { optional: boolean; insight?: string },
): Promise<DecisionAnswers | undefined> {
  const action =
    given.action ??
    (await prompter.select({
      message: options.optional ? 'Decision (optional)' : 'Decision',
      choices: [
        ...(options.optional ? [{ value: NOT_YET, name: '(not decided yet)' }] : []),
        ...DECISION_ACTIONS.map((value) => ({ value, name: `${value} — ${ACTION_MEANINGS[value]}` })),
      ],
    }));
  if (action === NOT_YET) return undefined;
  const summary =
    given.summary ??
    (
      await prompter.input({
        message: 'Summary: what was decided and why',
        required: true,
        validate: (value) => (value.trim() === '' ? 'the summary is required' : true),
      })
    ).trim();
  let next = given.next;
  if (next === undefined) {
    const choices = recordChoices(repository, ['hypothesis', 'experiment'], options.insight ? { except: options.insight } : {});
    if (choices.length > 0) {
      const picked = await prompter.checkbox({ message: 'Next: records the decision starts (optional)', choices });
      if (picked.length > 0) next = picked.join(',');
    }
  }
  return { action, summary, next };
}
