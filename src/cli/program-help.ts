// What `hypo --help` says around the command list: what hypo is, its global options, the
// groups the commands are listed in, a few examples of a week's work, and where the
// guides are. The guides ship with the package (package.json "files"), so the path works
// offline and matches the installed version.
import { fileURLToPath } from 'node:url';

export const PROGRAM_DESCRIPTION = 'Hypotheses, experiments and insights as YAML files in git: check them and report the learning loop.';

/** The global options, flags and description, in the order `hypo --help` lists them. */
export const PROGRAM_OPTIONS = {
  version: ['-V, --version', 'print the version'],
  cwd: ['-C, --cwd <dir>', 'run as if hypo was started in <dir> (like git -C)'],
  color: ['--no-color', 'never colour the output (NO_COLOR does the same)'],
  debug: ['--debug', 'print the stack trace of an unexpected error (or set HYPO_DEBUG=1)'],
  help: ['-h, --help', 'show help'],
} as const;

/** The help command, last in `hypo --help`. */
export const HELP_COMMAND = ['help [command]', 'show the help of a command, as --help does'] as const;

/** Headings of the command groups in `hypo --help`, in the order they are listed. */
export const COMMAND_GROUPS = {
  records: 'Records:',
  history: 'History:',
  reports: 'Reports:',
  integrations: 'Integrations:',
  help: 'Help:',
} as const;

const EXAMPLES = [
  ['hypo new hypothesis "Färjeresenärer vill ha realtid"', 'a new assumption'],
  ['hypo list --kind hypothesis --status open', 'what is still a guess'],
  ['hypo link kundpanel farjeresenarer-vill', 'an experiment tests it'],
  ['hypo stale', 'left untested too long'],
  ['hypo report --sprint previous --format markdown', 'the last sprint'],
] as const;

/** The guides' folder in the installed package: docs/ beside dist/. */
export function docsFolder(): string {
  return fileURLToPath(new URL('../../docs/', import.meta.url));
}

/** Examples and where to learn more, shown after the command list of `hypo --help`. */
export function programHelpAfter(): string {
  const width = Math.max(...EXAMPLES.map(([command]) => command.length));
  const examples = EXAMPLES.map(([command, why]) => `  ${command.padEnd(width)}  # ${why}`);
  return [
    '',
    'Examples:',
    ...examples,
    '',
    'Learn more:',
    '  hypo <command> --help   the flags of a command, with examples',
    `  the guides, getting-started.md first: ${docsFolder()}`,
    '',
  ].join('\n');
}
