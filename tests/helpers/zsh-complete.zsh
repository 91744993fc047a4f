# Drives zsh completion as a person does, for tests: zsh completes only inside its line
# editor, so this starts an interactive zsh on a pseudo-terminal (zpty), loads compinit
# and the completion script, and records every word compadd adds (NUL-terminated) in
# the file $1. It types the line $3 (default `hypo show `) and Tab, waits until the completion
# has finished (a function in comppostfuncs leaves $1.done), clears the line and leaves.
# Usage: zsh -f zsh-complete.zsh OUT SCRIPT [LINE]
zmodload zsh/zpty
out=$1 script=$2 typed=${3:-'hypo show '}
zpty comp zsh -f -i
zpty -w comp "autoload -Uz compinit; compinit -u -D; source ${(q)script}"
# compadd calls that only compute matches (-O, -A, -D) add nothing and are passed through.
zpty -w comp "compadd() { if (( \${@[(I)-[OAD]*]} )); then builtin compadd \"\$@\"; return; fi; local -a hits; builtin compadd -O hits \"\$@\"; (( \$#hits )) && print -rN -- \$hits >> ${(q)out}; builtin compadd \"\$@\"; }"
zpty -w comp "completion-done() { : > ${(q)out}.done; }; comppostfuncs=(completion-done)"
zpty -w comp "print -r -- READY\"\"-1"
zpty -r comp seen '*READY-1*'
zpty -w -n comp "$typed"$'\t'
for i in {1..400}; do [[ -e $out.done ]] && break; sleep 0.05; done
zpty -w -n comp $'\C-u'
zpty -w comp "print -r -- READY\"\"-2"
zpty -r comp seen '*READY-2*'
zpty -d comp
[[ -e $out.done ]]
