// Questions to a person, behind an interface: the real one loads @inquirer/prompts
// only when a command asks something; tests pass scripted answers instead.

export interface Choice<T extends string = string> {
  value: T;
  name?: string;
  description?: string;
}

export interface Prompter {
  /** `validate` returns true, or the reason the answer cannot be taken (asked again). */
  input(options: { message: string; default?: string; required?: boolean; validate?: (value: string) => true | string }): Promise<string>;
  select<T extends string>(options: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T extends string>(options: { message: string; choices: Choice<T>[]; required?: boolean }): Promise<T[]>;
  /** A yes/no question; Enter takes `default`. */
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
}

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
