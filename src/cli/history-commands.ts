// The History group of `hypo --help`: what git says about the records and the code resting on them.
// Their names, purposes and arguments are in command-list.ts; here is the rest of each
// command, added when it is about to run. Each command loads its module only when it
// runs, so that `hypo --version` loads neither zod nor yaml.

import type { ActedOptions } from '../commands/acted.js';
import type { StaleOptions } from '../commands/stale.js';
import { examples, type Format, formatOption, type GroupCommands, langOption, strictOption } from './command-kit.js';

export const historyCommands: GroupCommands = {
  stale: (command, { commandContext, exit }) => {
    command
      .option('--days <n>', 'an open hypothesis older than this is stale (default: stale_after_days, else 30)')
      .option('--as-of <date>', 'evaluate as if today were this day, YYYY-MM-DD')
      .addOption(formatOption(['text', 'json', 'github']))
      .option('--warn', 'report, but exit 0 even when something is stale')
      .addOption(strictOption())
      .addOption(langOption())
      .addHelpText(
        'after',
        examples(
          'hypo stale',
          'hypo stale --days 14 --as-of 2026-12-01 --format json',
          'hypo stale --format github --warn   # annotate a pull request without failing it',
        ),
      )
      .action(async (options: StaleOptions) => {
        const { runStale } = await import('../commands/stale.js');
        await exit(runStale(options, commandContext()));
      });
  },

  affected: (command, { commandContext, exit }) => {
    command
      .option('--since <ref>', 'compare with this ref (git diff REF...HEAD), plus uncommitted changes')
      .option('--fail-on <statuses>', 'exit 1 when an affected record has one of these statuses, e.g. open,refuted')
      .option('--as-of <date>', 'ages as if today were this day, YYYY-MM-DD')
      .addOption(formatOption(['text', 'json', 'github', 'markdown']))
      .addOption(strictOption())
      .addHelpText(
        'after',
        examples(
          'hypo affected --since origin/main',
          'hypo affected --since origin/main --fail-on open,refuted --format github',
          'hypo affected --since origin/main --format markdown > comment.md   # for the pull request',
          'hypo affected src/checkout/cart.ts',
        ),
      )
      .action(
        async (
          paths: string[],
          options: { since?: string; failOn?: string; asOf?: string; format: 'text' | 'json' | 'github' | 'markdown'; strict?: boolean },
        ) => {
          const { runAffected } = await import('../commands/affected.js');
          await exit(runAffected({ paths, ...options }, commandContext()));
        },
      );
  },

  acted: (command, { commandContext, exit }) => {
    command
      .option('--since <date|ref>', 'only decisions on or after this day, or the commit day of a git ref')
      .option('--as-of <date>', 'as if today were this day, YYYY-MM-DD')
      .addOption(formatOption(['text', 'markdown', 'json', 'github']))
      .option('--fail-on <states>', 'exit 1 when a decision is in one of these states, e.g. overdue,code-remains')
      .addOption(strictOption())
      .addOption(langOption())
      .addHelpText(
        'after',
        examples(
          'hypo acted',
          'hypo acted --fail-on overdue,code-remains --format github   # a weekly CI job',
          'hypo acted --since 2026-10-01 --format markdown',
        ),
      )
      .action(async (options: ActedOptions) => {
        const { runActed } = await import('../commands/acted.js');
        await exit(runActed(options, commandContext()));
      });
  },

  log: (command, { commandContext, exit }) => {
    command
      .addOption(formatOption())
      .addOption(strictOption())
      .addHelpText('after', examples('hypo log farjeresenarer-vill-se', 'hypo log kundpanel --format json'))
      .action(async (id: string, options: { format: Format; strict?: boolean }) => {
        const { runLog } = await import('../commands/log.js');
        await exit(runLog({ id, format: options.format, strict: Boolean(options.strict) }, commandContext()));
      });
  },
};
