// The text of `hypo --help`, laid out as commander lays out a program's help (its
// Help.formatHelp: a term column as wide as the longest term, descriptions wrapped to
// the help width), from command-list.ts and program-help.ts alone. `hypo --help` and
// `hypo` alone are the commonest probes of a CLI: they answer without loading commander
// or building the program. tests/cli/help-text.test.ts holds this text to commander's
// own at every width.
import { COMMAND_LIST, type CommandGroup, type ListedCommand } from './command-list.js';
import { COMMAND_GROUPS, HELP_COMMAND, PROGRAM_DESCRIPTION, PROGRAM_OPTIONS, programHelpAfter } from './program-help.js';

type Item = readonly [term: string, description: string];

const ITEM_INDENT = '  ';
const SPACER = 2;
/** Below this many columns for a description, commander leaves it unwrapped. */
const MIN_WIDTH_TO_WRAP = 40;

/** `hypo --help` for a help width (commander's: the terminal's columns, else 80). */
export function programHelpText(helpWidth = 80): string {
  const groups: [string, Item[]][] = (Object.keys(COMMAND_LIST) as CommandGroup[]).map((group) => [
    COMMAND_GROUPS[group],
    COMMAND_LIST[group].filter((command) => !command.hidden).map((command) => [commandTerm(command), command.summary] as const),
  ]);
  groups.push([COMMAND_GROUPS.help, [HELP_COMMAND]]);
  const sections: [string, readonly Item[]][] = [['Options:', Object.values(PROGRAM_OPTIONS)], ...groups];
  const termWidth = Math.max(...sections.flatMap(([, items]) => items.map(([term]) => term.length)));
  const lines = ['Usage: hypo [options] [command]', '', wrap(PROGRAM_DESCRIPTION, helpWidth), ''];
  for (const [heading, items] of sections) lines.push(heading, ...items.map((item) => formatItem(item, termWidth, helpWidth)), '');
  return `${lines.join('\n')}${programHelpAfter()}\n`;
}

/** A command's term in the list: its name, [options] when it has any, and its arguments. */
function commandTerm(command: ListedCommand): string {
  return [command.name, ...(command.options ? ['[options]'] : []), ...(command.arguments ?? []).map(([name]) => name)].join(' ');
}

function formatItem([term, description]: Item, termWidth: number, helpWidth: number): string {
  const descriptionWidth = helpWidth - termWidth - SPACER - ITEM_INDENT.length;
  const formatted =
    descriptionWidth < MIN_WIDTH_TO_WRAP || /\n[^\S\r\n]/.test(description)
      ? description
      : wrap(description, descriptionWidth).replace(/\n/g, `\n${' '.repeat(termWidth + SPACER)}`);
  return `${ITEM_INDENT}${term.padEnd(termWidth)}${' '.repeat(SPACER)}${formatted.replace(/\n/g, `\n${ITEM_INDENT}`)}`;
}

/** Words onto lines of at most `width` characters; a word longer than that gets a line of its own. */
function wrap(text: string, width: number): string {
  if (width < MIN_WIDTH_TO_WRAP) return text;
  return text
    .split(/\r\n|\n/)
    .flatMap((line) => {
      const [first, ...chunks] = line.match(/\s*\S+/g) ?? [''];
      const lines: string[] = [];
      let current = first!;
      for (const chunk of chunks) {
        if (current.length + chunk.length <= width) current += chunk;
        else {
          lines.push(current);
          current = chunk.trimStart();
        }
      }
      return [...lines, current];
    })
    .join('\n');
}
