// The real Prompter: loads @inquirer/prompts only when a command asks something.
import type { Prompter } from '../commands/context.js';

export function createInquirerPrompter(): Prompter {
  const load = () => import('@inquirer/prompts');
  return {
    input: async (options) => (await load()).input(options),
    select: async (options) => (await load()).select(options),
    checkbox: async (options) => (await load()).checkbox(options),
    confirm: async (options) => (await load()).confirm(options),
  };
}

/** Ctrl-C in a prompt: inquirer throws an ExitPromptError. */
export function isPromptCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}
