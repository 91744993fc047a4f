// `hypo completion bash`: a completion function built from the spec. The command is
// the first word after the global options; the word before the cursor decides
// whether a flag's value is being typed; otherwise the position among the
// arguments picks what to offer. Record ids come from `hypo __complete ids`, one per
// line, and are read as data: never through `compgen -W`, which expands what it is given.
import { type CompletionCommand, type CompletionSpec, shellQuote, type ValueSource } from '../model/completion-spec.js';
import { projectHypoLines } from './completion-project-hypo.js';

export function renderCompletionBash(spec: CompletionSpec): string {
  const name = spec.program;
  const fn = `_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const globalFlags = spec.globalOptions.flatMap((option) => option.flags);
  // Global flags that take a value swallow the next word; -C's value is where the ids come from.
  const globalSkips = spec.globalOptions
    .filter((option) => option.value)
    .map((option) => `        ${option.flags.join('|')}) i=$((i+1))${option.flags.includes('--cwd') ? '; cwd=${COMP_WORDS[i]}' : ''} ;;\n`)
    .join('');
  const commandNames = spec.commands.map((command) => command.name);
  return `# bash completion for ${name}: commands, flags, their values and record ids.
# Load it in ~/.bashrc with: eval "$(${name} completion bash)"

# Runs the hypo this line runs, for values only the repository knows: a hypo function or
# command (not an alias: bash would not expand it here); for \`npx hypo\`, or when there is
# none, the project's own, in node_modules/.bin here or in a folder above, as npx finds it.
${fn}_run() {
  if [[ -z $${fn}_npx ]]; then
    case $(type -t ${name}) in function|file) ${name} "$@"; return ;; esac
  fi
${projectHypoLines(name)}
}

# Sets ${fn}_folder to the folder a -C word names, as the shell will pass it when the line
# runs: quotes and backslashes taken off, and a leading ~ or ~/ made $HOME. By hand:
# nothing on the line is ever evaluated.
${fn}_dir() {
  local word=$1
  case $word in
    \\'*\\'|\\"*\\") word=\${word:1:\${#word}-2} ;;
    \\~|\\~/*) word=$HOME\${word#\\~}; word=\${word//\\\\/} ;;
    *) word=\${word//\\\\/} ;;
  esac
  ${fn}_folder=$word
}

# The values of \`${name} __complete "$@"\`, in the repository the line points at (-C).
${fn}_values() {
  local ${fn}_folder=
  if [[ -n $cwd ]]; then ${fn}_dir "$cwd"; ${fn}_run -C "$${fn}_folder" __complete "$@" 2>/dev/null
  else ${fn}_run __complete "$@" 2>/dev/null; fi
}

# What a flag of a command takes: "words:…", ids, files, dirs or any; nothing for a switch.
${fn}_option_source() {
  case "$1 $2" in
${spec.commands.flatMap((command) => optionCases(command)).join('\n')}
  esac
}

# What the argument at a position (from 0) of a command takes.
${fn}_argument_source() {
  case $1 in
${spec.commands.map(argumentCases).filter(Boolean).join('\n')}
  esac
}

# Sets COMPREPLY to the candidates for source $1 that start with the word $2. Reads the
# caller's cwd (-C's word), kind (--kind's value) and first (the first argument).
# Each line read is one candidate, kept as it is: no command's output is ever split,
# globbed or expanded by bash (compgen -W would run a $(…) in it), so a file name can
# never run as code. Ids and statuses are matched against the typed prefix here, in bash.
${fn}_reply() {
  COMPREPLY=()
  local line
  case $1 in
    words:*) while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -W "\${1#words:}" -- "$2") ;;
    ids) while IFS= read -r line; do [[ -n $line && $line == "$2"* ]] && COMPREPLY+=("$line"); done < <(${fn}_values ids) ;;
    ids:*) while IFS= read -r line; do [[ -n $line && $line == "$2"* ]] && COMPREPLY+=("$line"); done < <(${fn}_values ids "\${1#ids:}") ;;
    statuses) while IFS= read -r line; do [[ -n $line && $line == "$2"* ]] && COMPREPLY+=("$line"); done < <(${fn}_values statuses -- "$kind" "$first") ;;
    files) compopt -o filenames 2>/dev/null; while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "$2") ;;
    dirs) compopt -o filenames 2>/dev/null; while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -d -- "$2") ;;
  esac
}

${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev= cmd= cwd= kind= first= pos=0 i=1 word
  (( COMP_CWORD > 0 )) && prev=\${COMP_WORDS[COMP_CWORD-1]}
  while (( i < COMP_CWORD )); do
    word=\${COMP_WORDS[i]}
    if [[ -z $cmd ]]; then
      case $word in
${globalSkips}        -*) ;;
        *) cmd=$word ;;
      esac
    else
      case $word in
        # A flag that takes a value swallows the next word, unless that is a flag (an optional value left out).
        -*)
          [[ $word == --kind=* ]] && kind=\${word#--kind=}
          if [[ -n $(${fn}_option_source "$cmd" "$word") && \${COMP_WORDS[i+1]} != -* ]]; then
            i=$((i+1))
            [[ $word == --kind ]] && kind=\${COMP_WORDS[i]}
          fi ;;
        *) (( pos == 0 )) && first=$word; pos=$((pos+1)) ;;
      esac
    fi
    i=$((i+1))
  done
  if [[ -z $cmd ]]; then
    case $prev in
${spec.globalOptions
  .filter((option) => option.value)
  .map((option) => `      ${option.flags.join('|')}) ${fn}_reply ${sourceWord(option.value!)} "$cur" ;;`)
  .join('\n')}
      *)
        if [[ $cur == -* ]]; then ${fn}_reply ${shellQuote(`words:${globalFlags.join(' ')}`)} "$cur"
        else ${fn}_reply ${shellQuote(`words:${commandNames.join(' ')}`)} "$cur"; fi ;;
    esac
    return 0
  fi
  local source
  source=$(${fn}_option_source "$cmd" "$prev")
  if [[ -z $source ]]; then
    if [[ $cur == -* ]]; then source="words:$(${fn}_flags "$cmd")"
    else source=$(${fn}_argument_source "$cmd" "$pos"); fi
  fi
  ${fn}_reply "$source" "$cur"
  return 0
}

${fn}_flags() {
  case $1 in
${spec.commands.map(flagCase).join('\n')}
  esac
}

complete -F ${fn} ${name}

# \`npx ${name} …\` completes as \`${name} …\` does, with the project's own ${name}; npx itself is
# left to whatever completes it already.
${fn}_npx() {
  if (( COMP_CWORD > 1 )) && [[ \${COMP_WORDS[1]} == ${name} ]]; then
    local ${fn}_npx=1 COMP_CWORD=$((COMP_CWORD-1)) words=("\${COMP_WORDS[@]:1}")
    local COMP_WORDS=("\${words[@]}")
    ${fn}
  fi
}
complete -p npx >/dev/null 2>&1 || complete -o default -F ${fn}_npx npx
`;
}

/** A source as one word the script's cases read: `words:a b c`, `ids:hypothesis,experiment`, `ids`, `statuses`, `files`… */
function sourceWord(source: ValueSource): string {
  if (source.kind === 'words') return shellQuote(`words:${source.words.join(' ')}`);
  if (source.kind === 'ids' && source.of) return shellQuote(`ids:${source.of.join(',')}`);
  return shellQuote(source.kind);
}

function optionCases(command: CompletionCommand): string[] {
  return command.options
    .filter((option) => option.value)
    .map((option) => `    ${option.flags.map((flag) => shellQuote(`${command.name} ${flag}`)).join('|')}) echo ${sourceWord(option.value!)} ;;`);
}

/** The case that lists every flag of a command, offered when the word being typed starts with a dash. */
function flagCase(command: CompletionCommand): string {
  const flags = command.options.flatMap((option) => option.flags).join(' ');
  return `    ${shellQuote(command.name)}) echo ${shellQuote(flags)} ;;`;
}

function argumentCases(command: CompletionCommand): string {
  if (command.arguments.length === 0) return '';
  const cases = command.arguments.map((argument, index) => `${argument.variadic ? '*' : index}) echo ${sourceWord(argument.value)} ;;`);
  return `    ${shellQuote(command.name)}) case $2 in ${cases.join(' ')} esac ;;`;
}
