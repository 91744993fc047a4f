// The Integrations and Help groups of `hypo --help`: spreadsheets, shell completion, and the hidden values completion asks for.
// Each command loads its module only when it runs, so that `hypo --version` loads neither zod nor yaml.

import { documentFormatOption, examples, type Wiring } from './command-kit.js';
import { COMMAND_GROUPS } from './program-help.js';

export function addIntegrationCommands({ program, commandContext, exit }: Wiring): void {
  program.commandsGroup(COMMAND_GROUPS.integrations);
  program
    .command('export')
    .description('every record as a row of a CSV or JSON table, for spreadsheets and BI tools')
    .addOption(documentFormatOption(['csv', 'json'], 'csv'))
    .option('--kind <kinds>', 'only these kinds, comma-separated (hypothesis, experiment, insight)')
    .option('--bom', 'start the CSV with a byte-order mark, so Excel reads it as UTF-8')
    .option('--out <file>', 'write to a file instead of the terminal')
    .option('--strict', 'exit 1 when a record was left out for errors (hypo check shows why)')
    .addHelpText('after', examples('hypo export --kind hypothesis --bom --out hypotheses.csv', 'hypo export --format json > records.json'))
    .action(async (options: { format?: 'csv' | 'json'; kind?: string; bom?: boolean; out?: string; strict?: boolean }) => {
      const { runExport } = await import('../commands/export.js');
      await exit(runExport(options, commandContext()));
    });

  program
    .command('import')
    .description('create records from a CSV sheet, all or nothing: each row is checked first')
    .argument('<source>', 'the file type: csv')
    .argument('<file>', 'the file, with a header row naming the columns (title, statement, …; see hypo export)')
    .requiredOption('--kind <kind>', 'the kind of every row: hypothesis, experiment or insight')
    .option('--dry-run', 'print what would be created, and write nothing')
    .addHelpText('after', examples('hypo import csv backlog.csv --kind hypothesis --dry-run', 'hypo import csv backlog.csv --kind hypothesis'))
    .action(async (source: string, file: string, options: { kind: string; dryRun?: boolean }) => {
      const { runImport } = await import('../commands/import.js');
      await exit(runImport({ source, file, kind: options.kind, dryRun: Boolean(options.dryRun) }, commandContext()));
    });

  program
    .command('completion')
    .description('print a shell completion script for commands, flags, values and record ids')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText(
      'after',
      examples(
        'eval "$(hypo completion bash)"         # in ~/.bashrc',
        'source <(hypo completion zsh)         # in ~/.zshrc, after compinit',
        'hypo completion fish > ~/.config/fish/completions/hypo.fish',
      ),
    )
    .action(async (shell: string) => {
      const { runCompletion } = await import('../commands/completion.js');
      const { describeProgram } = await import('./describe-program.js');
      await exit(runCompletion({ shell, spec: describeProgram(program) }, commandContext()));
    });

  program.commandsGroup(COMMAND_GROUPS.help).helpCommand('help [command]', 'show the help of a command, as --help does');

  // What completion scripts call for values only the repository knows; quiet and fast, never in help.
  program
    .command('__complete', { hidden: true })
    .argument('<what>', 'ids or statuses')
    .argument('[words...]', 'ids: the kinds wanted, comma-separated; statuses: the words that may name a kind (a kind or a record id)')
    .action(async (what: string, words: string[]) => {
      const { runCompleteValues } = await import('../commands/complete-values.js');
      await exit(runCompleteValues({ what, words }, commandContext()));
    });
}
