// A Prompter that answers from a script, recording what was asked: the interactive
// path of a command, tested without a terminal.
import type { Choice, Prompter } from '../../src/commands/context.js';

export interface ScriptedPrompter extends Prompter {
  asked: string[];
  /** The choices each list question offered, by message. */
  offered: Record<string, Choice[]>;
  /** The reasons typed answers were refused, in order, as the prompt showed them before asking again. */
  rejected: string[];
}

/**
 * `answers` maps a question's message (or its start) to the answer; `yes` or `no` for a confirm.
 * For a typed answer, a list is tried in order, as a person retyping after a refusal; the
 * refusals are kept in `rejected`, and the question fails only if every one is refused.
 */
export function scriptedPrompter(answers: Record<string, string | string[]>): ScriptedPrompter {
  const asked: string[] = [];
  const offered: Record<string, Choice[]> = {};
  const rejected: string[] = [];
  const answer = (message: string) => {
    asked.push(message);
    const key = Object.keys(answers).find((candidate) => message.startsWith(candidate));
    if (key === undefined) throw new Error(`no scripted answer for "${message}"`);
    return answers[key]!;
  };
  return {
    asked,
    offered,
    rejected,
    input: async ({ message, validate }) => {
      const scripted = answer(message);
      for (const value of Array.isArray(scripted) ? scripted : [scripted]) {
        const verdict = validate ? validate(value) : true;
        if (verdict === true) return value;
        rejected.push(verdict);
      }
      throw new Error(`every answer to "${message}" was rejected: ${rejected.join('; ')}`);
    },
    select: async ({ message, choices }) => {
      offered[message] = choices;
      const value = String(answer(message));
      if (!choices.some((choice) => choice.value === value)) throw new Error(`"${value}" is not a choice for "${message}"`);
      return value as never;
    },
    checkbox: async ({ message, choices }) => {
      offered[message] = choices;
      const values = answer(message);
      const list = Array.isArray(values) ? values : [values];
      for (const value of list) if (!choices.some((choice) => choice.value === value)) throw new Error(`"${value}" is not a choice for "${message}"`);
      return list as never;
    },
    confirm: async ({ message }) => {
      const value = String(answer(message));
      if (value !== 'yes' && value !== 'no') throw new Error(`"${value}" is not yes or no for "${message}"`);
      return value === 'yes';
    },
  };
}
