// `hypo completion fish`: `complete` lines built from the spec. A helper scans the
// command line once per condition for the command and the argument position, so
// that arguments complete by position. Record ids come from `hypo __complete ids`,
// through `-a '(…)'`: fish offers each printed line as it is, without expanding it.
import type { CompletionCommand, CompletionOption, CompletionSpec, ValueSource } from '../model/completion-spec.js';

/** fish single quotes: only `\` and `'` are escaped. */
function fishQuote(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}

export function renderCompletionFish(spec: CompletionSpec): string {
  const name = spec.program;
  const fn = `__${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const valueFlags = spec.commands.flatMap((command) =>
    command.options.filter((option) => option.value).flatMap((option) => option.flags.map((flag) => fishQuote(`${command.name} ${flag}`))),
  );
  const globalValueFlags = spec.globalOptions.filter((option) => option.value).flatMap((option) => option.flags);
  const noCommand = `${fn}_scan; and test -z "$${fn}_cmd"`;
  const lines: string[] = [];
  for (const option of spec.globalOptions) lines.push(completeOption(name, noCommand, option, fn));
  for (const command of spec.commands)
    lines.push(`complete -c ${name} -n ${fishQuote(noCommand)} -a ${fishQuote(command.name)} -d ${fishQuote(command.description)}`);
  for (const command of spec.commands) lines.push(...commandLines(name, command, fn));
  return `# fish completion for ${name}: commands, flags, their values and record ids.
# Save it with: ${name} completion fish > ~/.config/fish/completions/${name}.fish

set -g ${fn}_value_flags ${valueFlags.join(' ')}

# Sets ${fn}_cmd (the command, or empty), ${fn}_pos (the argument position being typed),
# ${fn}_dir (-C), ${fn}_kind (--kind's value) and ${fn}_first (the command's first argument).
function ${fn}_scan
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -g ${fn}_cmd
    set -g ${fn}_pos 0
    set -g ${fn}_dir
    set -g ${fn}_kind
    set -g ${fn}_first
    set -l skip
    for token in $tokens
        if test -n "$skip"
            test "$skip" = dir; and set -g ${fn}_dir $token
            test "$skip" = kind; and set -g ${fn}_kind $token
            set skip
            continue
        end
        if test -z "$${fn}_cmd"
            switch $token
${globalValueFlags.length ? `                case ${globalValueFlags.join(' ')}\n                    set skip dir\n` : ''}                case '-*'
                case '*'
                    set -g ${fn}_cmd $token
            end
        else
            switch $token
                case '--kind=*'
                    set -g ${fn}_kind (string replace -- --kind= '' $token)
                case '-*'
                    contains -- "$${fn}_cmd $token" $${fn}_value_flags; and set skip value
                    test "$token" = --kind; and set skip kind
                case '*'
                    test $${fn}_pos -eq 0; and set -g ${fn}_first $token
                    set -g ${fn}_pos (math $${fn}_pos + 1)
            end
        end
    end
    # Conditions run the scan first: it always succeeds.
    return 0
end

# Runs the hypo this line runs, for values only the repository knows: a hypo function or
# command; for \`npx ${name}\`, or when there is none, the project's own, in node_modules/.bin
# here or in a folder above, as npx finds it.
function ${fn}_run
    if not set -q ${fn}_npx
        if functions -q ${name}; or command -q ${name}
            ${name} $argv
            return
        end
    end
    set -l dir $PWD
    while true
        if test -x "$dir/node_modules/.bin/${name}"
            "$dir/node_modules/.bin/${name}" $argv
            return
        end
        test -z "$dir"; and return 1
        set dir (string replace -r '/[^/]*$' '' -- $dir)
    end
end

# The values of \`${name} __complete $argv\`, in the repository the line points at (-C, a
# leading ~ or ~/ made $HOME by hand). One value a line: fish takes each line of a command
# substitution as one literal candidate and escapes it when inserted, never expanding it.
function ${fn}_values
    ${fn}_scan
    set -l dir (string replace -r '^~(?=/|$)' -- $HOME $${fn}_dir)
    if test -n "$dir"
        ${fn}_run -C $dir __complete $argv 2>/dev/null
    else
        ${fn}_run __complete $argv 2>/dev/null
    end
end

# \`npx ${name} …\` completes as \`${name} …\` does, with the project's own ${name}.
function ${fn}_npx_line
    set -l tokens (commandline -opc)
    test (count $tokens) -ge 2; and test "$tokens[2]" = ${name}
end
function ${fn}_npx_complete
    set -g ${fn}_npx 1
    complete -C (commandline -cp | string replace -r '^\\s*npx\\s+' '')
    set -e ${fn}_npx
end
complete -c npx -n ${fn}_npx_line -f -a '(${fn}_npx_complete)'

complete -c ${name} -f
${lines.join('\n')}
`;
}

function commandLines(name: string, command: CompletionCommand, fn: string): string[] {
  const inCommand = `${fn}_scan; and test "$${fn}_cmd" = ${command.name}`;
  const lines = command.options.map((option) => completeOption(name, inCommand, option, fn));
  command.arguments.forEach((argument, index) => {
    if (argument.value.kind === 'any') return;
    const at = argument.variadic ? `-ge ${index}` : `-eq ${index}`;
    lines.push(`complete -c ${name} -n ${fishQuote(`${inCommand}; and test $${fn}_pos ${at}`)} ${valueArguments(argument.value, fn)}`);
  });
  return lines;
}

function completeOption(name: string, condition: string, option: CompletionOption, fn: string): string {
  const flags = option.flags.map((flag) => (flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`)).join(' ');
  const value = option.value ? ` ${valueArguments(option.value, fn, true)}` : '';
  return `complete -c ${name} -n ${fishQuote(condition)} ${flags}${value} -d ${fishQuote(option.description)}`;
}

/** `-a …` and friends; for a flag, `-x` (a value is required, no files) or `-r -F` (files). */
function valueArguments(source: ValueSource, fn: string, forFlag = false): string {
  const exclusive = forFlag ? '-x ' : '';
  switch (source.kind) {
    case 'words':
      return `${exclusive}-a ${fishQuote(source.words.join(' '))}`;
    case 'ids':
      return `${exclusive}-a '(${fn}_values ids${source.of ? ` ${source.of.join(',')}` : ''})'`;
    case 'statuses':
      return `${exclusive}-a '(${fn}_values statuses -- "$${fn}_kind" "$${fn}_first")'`;
    case 'files':
      return forFlag ? '-r -F' : '-F';
    case 'dirs':
      return `${exclusive}-a '(__fish_complete_directories)'`;
    default:
      return forFlag ? '-x' : '';
  }
}
