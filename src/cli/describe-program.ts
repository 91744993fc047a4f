// The completion spec, read from the commander program itself, so that a new command
// or flag is completed without a second list to keep in step. Values come from the
// format's word lists (src/model/vocabulary.ts) and from commander's `.choices()`.
import type { Argument, Command, Option } from 'commander';
import type { CompletionArgument, CompletionCommand, CompletionOption, CompletionSpec, ValueSource } from '../model/completion-spec.js';
import { kindsNamedBy } from '../model/references.js';
import {
  ACTED_STATES,
  CPI_TYPES,
  DECISION_ACTIONS,
  EVIDENCE_LEVELS,
  EXPERIMENT_METHODS,
  HYPOTHESIS_STATUSES,
  IMPORTANCE_LEVELS,
  INSIGHT_EVIDENCE,
  KINDS,
  type Kind,
  METRIC_TYPES,
  RISK_TYPES,
} from '../model/vocabulary.js';

const words = (...lists: readonly (readonly string[])[]): ValueSource => ({ kind: 'words', words: [...new Set(lists.flat())] });
const IDS: ValueSource = { kind: 'ids' };
const idsOf = (...kinds: Kind[]): ValueSource => ({ kind: 'ids', of: kinds });
/** The ids a reference field takes (`--tests`: hypotheses), as the format's links say. */
const referencedIds = (field: string): ValueSource => ({ kind: 'ids', of: kindsNamedBy(field) ?? KINDS });
const STATUSES: ValueSource = { kind: 'statuses' };

/** Flag (long name without dashes, or command and flag where the command narrows it) → its values, where the CLI takes free text but the format knows the words. */
const OPTION_VALUES: Record<string, ValueSource> = {
  cwd: { kind: 'dirs' },
  kind: words(KINDS),
  status: STATUSES,
  method: words(EXPERIMENT_METHODS),
  'metric-type': words(METRIC_TYPES),
  cpi: words(CPI_TYPES),
  importance: words(IMPORTANCE_LEVELS),
  risk: words(RISK_TYPES),
  evidence: words(EVIDENCE_LEVELS, INSIGHT_EVIDENCE),
  'fail-on': words(HYPOTHESIS_STATUSES),
  'acted fail-on': words(ACTED_STATES),
  sprint: words(['current', 'previous']),
  tests: referencedIds('tests'),
  from: referencedIds('from'),
  hypotheses: referencedIds('hypotheses'),
  next: referencedIds('next'),
  plan: idsOf('hypothesis'),
  out: { kind: 'files' },
};

/** Argument name, or command and argument name where the command narrows it, → its values. */
const ARGUMENT_VALUES: Record<string, ValueSource> = {
  // Only hypotheses and experiments have a status field.
  'status id': idsOf('hypothesis', 'experiment'),
  kind: words(KINDS),
  status: STATUSES,
  action: words(DECISION_ACTIONS),
  shell: words(['bash', 'zsh', 'fish']),
  source: words(['csv']),
  file: { kind: 'files' },
  paths: { kind: 'files' },
  id: IDS,
  insight: idsOf('insight'),
  experiment: idsOf('experiment'),
  hypothesis: idsOf('hypothesis'),
  old: IDS,
};

export function describeProgram(program: Command): CompletionSpec {
  const help = program.createHelp();
  const visible = help.visibleCommands(program);
  const names = visible.map((command) => command.name()).filter((name) => name !== 'help');
  const commands = visible.map((command): CompletionCommand => {
    const args = command.registeredArguments.map((argument) => describeArgument(command.name(), argument));
    // `help [command]` completes the command names.
    if (command.name() === 'help') for (const argument of args) argument.value = words(names);
    return {
      name: command.name(),
      description: firstLine(command.description()),
      options: help.visibleOptions(command).map((option) => describeOption(command.name(), option)),
      arguments: args,
    };
  });
  return { program: program.name(), globalOptions: help.visibleOptions(program).map((option) => describeOption('', option)), commands };
}

function describeOption(command: string, option: Option): CompletionOption {
  const flags = [option.short, option.long].filter((flag): flag is string => Boolean(flag));
  const described: CompletionOption = { flags, description: firstLine(option.description) };
  if (option.required || option.optional) {
    const name = (option.long ?? '').replace(/^--/, '');
    described.value = option.argChoices ? words(option.argChoices) : (OPTION_VALUES[`${command} ${name}`] ?? OPTION_VALUES[name] ?? { kind: 'any' });
    if (option.optional) described.valueOptional = true;
  }
  return described;
}

function describeArgument(command: string, argument: Argument): CompletionArgument {
  const named = ARGUMENT_VALUES[`${command} ${argument.name()}`] ?? ARGUMENT_VALUES[argument.name()];
  const value = argument.argChoices ? words(argument.argChoices) : (named ?? { kind: 'any' });
  return { name: argument.name(), variadic: argument.variadic, value };
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
