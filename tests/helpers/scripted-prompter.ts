// A Prompter that answers from a script, recording what was asked: the interactive
// path of a command, tested without a terminal.
import type { Prompter } from '../../src/commands/context.js';

export interface ScriptedPrompter extends Prompter {
  asked: string[];
}

/** `answers` maps a question's message (or its start) to the answer; `yes` or `no` for a confirm. */
export function scriptedPrompter(answers: Record<string, string | string[]>): ScriptedPrompter {
  const asked: string[] = [];
  const answer = (message: string) => {
    asked.push(message);
    const key = Object.keys(answers).find((candidate) => message.startsWith(candidate));
    if (key === undefined) throw new Error(`no scripted answer for "${message}"`);
    return answers[key]!;
  };
  return {
    asked,
    input: async ({ message, validate }) => {
      const value = String(answer(message));
      const verdict = validate ? validate(value) : true;
      if (verdict !== true) throw new Error(`the answer "${value}" to "${message}" was rejected: ${verdict}`);
      return value;
    },
    select: async ({ message, choices }) => {
      const value = String(answer(message));
      if (!choices.some((choice) => choice.value === value)) throw new Error(`"${value}" is not a choice for "${message}"`);
      return value as never;
    },
    checkbox: async ({ message, choices }) => {
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
