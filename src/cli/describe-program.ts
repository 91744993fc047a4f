// The completion spec, read from the commander program itself, so that a new command
// or flag is completed without a second list to keep in step. Values come from the
// format's word lists (src/model/vocabulary.ts) and from commander's `.choices()`.
import type { Argument, Command, Option } from 'commander';
import type { CompletionArgument, CompletionCommand, CompletionOption, CompletionSpec, ValueSource } from '../model/completion-spec.js';
import {
  DECISION_ACTIONS,
  EVIDENCE_LEVELS,
  EXPERIMENT_METHODS,
  EXPERIMENT_STATUSES,
  HYPOTHESIS_STATUSES,
  IMPORTANCE_LEVELS,
  INSIGHT_EVIDENCE,
  KINDS,
  METRIC_TYPES,
} from '../model/vocabulary.js';

const words = (...lists: readonly (readonly string[])[]): ValueSource => ({ kind: 'words', words: [...new Set(lists.flat())] });
const IDS: ValueSource = { kind: 'ids' };
const STATUSES = words(HYPOTHESIS_STATUSES, EXPERIMENT_STATUSES);

/** Flag (long name without dashes) → its values, where the CLI takes free text but the format knows the words. */
const OPTION_VALUES: Record<string, ValueSource> = {
  cwd: { kind: 'dirs' },
  kind: words(KINDS),
  status: words(HYPOTHESIS_STATUSES, EXPERIMENT_STATUSES, ['decided', 'undecided']),
  method: words(EXPERIMENT_METHODS),
  'metric-type': words(METRIC_TYPES),
  importance: words(IMPORTANCE_LEVELS),
  evidence: words(EVIDENCE_LEVELS, INSIGHT_EVIDENCE),
  'fail-on': words(HYPOTHESIS_STATUSES),
  sprint: words(['current', 'previous']),
  tests: IDS,
  from: IDS,
  hypotheses: IDS,
  next: IDS,
  out: { kind: 'files' },
};

/** Argument name → its values. */
const ARGUMENT_VALUES: Record<string, ValueSource> = {
  kind: words(KINDS),
  status: STATUSES,
  action: words(DECISION_ACTIONS),
  shell: words(['bash', 'zsh', 'fish']),
  source: words(['csv']),
  file: { kind: 'files' },
  paths: { kind: 'files' },
  id: IDS,
  insight: IDS,
  experiment: IDS,
  hypothesis: IDS,
  old: IDS,
};

export function describeProgram(program: Command): CompletionSpec {
  const help = program.createHelp();
  const visible = help.visibleCommands(program);
  const names = visible.map((command) => command.name()).filter((name) => name !== 'help');
  const commands = visible.map((command): CompletionCommand => {
    const args = command.registeredArguments.map((argument) => describeArgument(argument));
    // `help [command]` completes the command names.
    if (command.name() === 'help') for (const argument of args) argument.value = words(names);
    return { name: command.name(), description: firstLine(command.description()), options: help.visibleOptions(command).map(describeOption), arguments: args };
  });
  return { program: program.name(), globalOptions: help.visibleOptions(program).map(describeOption), commands };
}

function describeOption(option: Option): CompletionOption {
  const flags = [option.short, option.long].filter((flag): flag is string => Boolean(flag));
  const described: CompletionOption = { flags, description: firstLine(option.description) };
  if (option.required || option.optional) {
    const name = (option.long ?? '').replace(/^--/, '');
    described.value = option.argChoices ? words(option.argChoices) : (OPTION_VALUES[name] ?? { kind: 'any' });
    if (option.optional) described.valueOptional = true;
  }
  return described;
}

function describeArgument(argument: Argument): CompletionArgument {
  const value = argument.argChoices ? words(argument.argChoices) : (ARGUMENT_VALUES[argument.name()] ?? { kind: 'any' });
  return { name: argument.name(), variadic: argument.variadic, value };
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
