// `hypo completion zsh`: a native zsh completion (_arguments) built from the spec,
// with descriptions beside the commands and flags. Record ids come from `hypo __complete ids`
// and are handed to compadd as words, never evaluated (nor split at colons, as _describe would).
import {
  type CompletionArgument,
  type CompletionCommand,
  type CompletionOption,
  type CompletionSpec,
  shellQuote,
  type ValueSource,
} from '../model/completion-spec.js';

export function renderCompletionZsh(spec: CompletionSpec): string {
  const name = spec.program;
  const fn = `_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const commandItems = spec.commands.map((command) => shellQuote(`${command.name.replace(/:/g, '\\:')}:${command.description}`));
  const cases = spec.commands
    .filter((command) => command.options.length > 0 || command.arguments.length > 0)
    .map(
      (command) =>
        `      ${shellQuote(command.name)})\n        _arguments -s \\\n${commandSpecs(command, fn)
          .map((line) => `          ${line}`)
          .join(' \\\n')} && ret=0 ;;`,
    );
  return `#compdef ${name}
# zsh completion for ${name}: commands, flags, their values and record ids.
# Load it in ~/.zshrc, after compinit, with: source <(${name} completion zsh)

${fn}_ids() {
  # The ids of the repository the command line points at (-C), from ${name} itself.
  # One id a line, each added as a literal word: compadd quotes it, nothing expands it.
  local -a ids expl
  ids=("\${(@f)$(${name} \${${fn}_dir:+-C} \${${fn}_dir:+$${fn}_dir} __complete ids 2>/dev/null)}")
  ids=(\${ids:#})
  _wanted ids expl 'record id' compadd -- "\${ids[@]}"
}

${fn}() {
  local curcontext=$curcontext state line ret=1
  typeset -A opt_args
  _arguments -C \\
${spec.globalOptions.map((option) => `    ${optionSpec(option, fn)}`).join(' \\\n')} \\
    '1:command:->command' \\
    '*::argument:->argument' && ret=0
  case $state in
    command)
      local -a commands
      commands=(
${commandItems.map((item) => `        ${item}`).join('\n')}
      )
      _describe -t commands command commands && ret=0 ;;
    argument)
      # -C's value, kept before the command's own _arguments call replaces opt_args.
      local ${fn}_dir=\${opt_args[-C]:-\${opt_args[--cwd]}}
      curcontext=\${curcontext%:*:*}:${name}-$words[1]:
      case $words[1] in
${cases.join('\n')}
      esac ;;
  esac
  return ret
}

if [[ $zsh_eval_context[-1] == loadautoload ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${name}
fi
`;
}

function commandSpecs(command: CompletionCommand, fn: string): string[] {
  return [...command.options.map((option) => optionSpec(option, fn)), ...command.arguments.map((argument, index) => argumentSpec(argument, index, fn))];
}

function optionSpec(option: CompletionOption, fn: string): string {
  const description = `[${escapeBrackets(option.description)}]`;
  const value = option.value ? `${option.valueOptional ? '::' : ':'}${option.flags.at(-1)!.replace(/^-+/, '')}:${action(option.value, fn)}` : '';
  if (option.flags.length === 1) return shellQuote(`${option.flags[0]}${description}${value}`);
  // -C and --cwd exclude each other, and both complete the same way.
  return `${shellQuote(`(${option.flags.join(' ')})`)}{${option.flags.join(',')}}${shellQuote(`${description}${value}`)}`;
}

function argumentSpec(argument: CompletionArgument, index: number, fn: string): string {
  const position = argument.variadic ? '*' : String(index + 1);
  return shellQuote(`${position}:${argument.name}:${action(argument.value, fn)}`);
}

function action(source: ValueSource, fn: string): string {
  switch (source.kind) {
    case 'words':
      return `(${source.words.join(' ')})`;
    case 'ids':
      return `${fn}_ids`;
    case 'files':
      return '_files';
    case 'dirs':
      return '_files -/';
    default:
      return ' ';
  }
}

function escapeBrackets(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}
