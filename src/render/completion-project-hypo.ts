// The lines of a completion script (bash and zsh read them alike) that run the project's own
// hypo, in node_modules/.bin here or in a folder above, as npx finds it; `return 1` when none.
export function projectHypoLines(name: string): string {
  return `  local dir=$PWD
  while :; do
    if [[ -x $dir/node_modules/.bin/${name} ]]; then "$dir/node_modules/.bin/${name}" "$@"; return; fi
    [[ -z $dir ]] && return 1
    dir=\${dir%/*}
  done`;
}
