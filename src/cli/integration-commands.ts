// The Integrations group of `hypo --help`: spreadsheets, shell completion, and the hidden values completion asks for.
// Their names, purposes and arguments are in command-list.ts; here is the rest of each
// command, added when it is about to run. Each command loads its module only when it
// runs, so that `hypo --version` loads neither zod nor yaml.

import type { ExportOptions } from '../commands/export.js';
import { documentFormatOption, examples, type GroupCommands, strictOption } from './command-kit.js';

export const integrationCommands: GroupCommands = {
  export: (command, { commandContext, exit }) => {
    command
      .addOption(documentFormatOption(['csv', 'json'], 'csv'))
      .option('--kind <kinds>', 'only these kinds, comma-separated (hypothesis, experiment, insight)')
      .option('--bom', 'start the CSV with a byte-order mark, so Excel reads it as UTF-8')
      .option('--out <file>', 'write to a file instead of the terminal')
      .addOption(strictOption())
      .addHelpText('after', examples('hypo export --kind hypothesis --bom --out hypotheses.csv', 'hypo export --format json > records.json'))
      .action(async (options: ExportOptions) => {
        const { runExport } = await import('../commands/export.js');
        await exit(runExport(options, commandContext()));
      });
  },

  import: (command, { commandContext, exit }) => {
    command
      .requiredOption('--kind <kind>', 'the kind of every row: hypothesis, experiment or insight')
      .option('--dry-run', 'print what would be created, and write nothing')
      .addHelpText('after', examples('hypo import csv backlog.csv --kind hypothesis --dry-run', 'hypo import csv backlog.csv --kind hypothesis'))
      .action(async (source: string, file: string, options: { kind: string; dryRun?: boolean }) => {
        const { runImport } = await import('../commands/import.js');
        await exit(runImport({ source, file, kind: options.kind, dryRun: Boolean(options.dryRun) }, commandContext()));
      });
  },

  completion: (command, { program, commandContext, exit, completeAll }) => {
    command
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
        // The script completes every command's flags: each command complete first.
        await completeAll();
        await exit(runCompletion({ shell, spec: describeProgram(program) }, commandContext()));
      });
  },

  __complete: (command, { commandContext, exit }) => {
    command.action(async (what: string, words: string[]) => {
      const { runCompleteValues } = await import('../commands/complete-values.js');
      await exit(runCompleteValues({ what, words }, commandContext()));
    });
  },
};
