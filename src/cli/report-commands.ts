// The Reports group of `hypo --help`: the learning loop of a sprint, the trend, the journey map, what to test next, the methods.
// Their names, purposes and arguments are in command-list.ts; here is the rest of each
// command, added when it is about to run. Each command loads its module only when it
// runs, so that `hypo --version` loads neither zod nor yaml.

import type { JourneyOptions } from '../commands/journey.js';
import type { MethodsOptions } from '../commands/methods.js';
import type { NextOptions } from '../commands/next.js';
import type { ReportOptions } from '../commands/report.js';
import type { TrendOptions } from '../commands/trend.js';
import { documentFormatOption, examples, formatOption, type GroupCommands, langOption, strictOption } from './command-kit.js';

export const reportCommands: GroupCommands = {
  report: (command, { commandContext, exit }) => {
    command
      .option('--since <date|ref>', 'first day of the period, or a git ref whose commit date starts it')
      .option('--until <date|ref>', 'last day of the period (default: today)')
      .option('--sprint <name>', 'a sprint from hypo.config.yaml: its name or number, current or previous')
      .option('--as-of <date>', 'make the report as if today were this day, YYYY-MM-DD')
      .addOption(documentFormatOption(['text', 'markdown', 'json', 'html'], 'text'))
      .option('--out <file>', 'write the report to a file instead of the terminal')
      .addOption(strictOption())
      .addOption(langOption())
      .addHelpText(
        'after',
        examples('hypo report', 'hypo report --sprint previous --format markdown', 'hypo report --since 2026-11-01 --out report.html   # HTML, from the name'),
      )
      .action(async (options: ReportOptions) => {
        const { runReport } = await import('../commands/report.js');
        await exit(runReport(options, commandContext()));
      });
  },

  trend: (command, { commandContext, exit }) => {
    command
      .option('--sprints <n>', 'how many sprints, the current one included (default 6; without sprints: windows of 14 days)')
      .option('--as-of <date>', 'make the trend as if today were this day, YYYY-MM-DD')
      .addOption(documentFormatOption(['text', 'markdown', 'json', 'html'], 'text'))
      .option('--out <file>', 'write the trend to a file instead of the terminal')
      .addOption(strictOption())
      .addOption(langOption())
      .addHelpText('after', examples('hypo trend', 'hypo trend --sprints 10 --format markdown', 'hypo trend --out trend.html'))
      .action(async (options: TrendOptions) => {
        const { runTrend } = await import('../commands/trend.js');
        await exit(runTrend(options, commandContext()));
      });
  },

  journey: (command, { commandContext, exit }) => {
    command
      .option('--as-of <date>', 'the map as of this day, YYYY-MM-DD')
      .addOption(documentFormatOption(['text', 'markdown', 'json', 'html'], 'text'))
      .option('--out <file>', 'write the map to a file instead of the terminal')
      .addOption(langOption())
      .addOption(strictOption())
      .addHelpText('after', examples('hypo journey', 'hypo journey --format markdown --lang sv', 'hypo journey --as-of 2026-10-01 --out journey.html'))
      .action(async (options: JourneyOptions) => {
        const { runJourney } = await import('../commands/journey.js');
        await exit(runJourney(options, commandContext()));
      });
  },

  next: (command, { commandContext, exit }) => {
    command
      .option('--limit <n>', 'list at most this many (default 10)')
      .option('--as-of <date>', 'rank as if today were this day, YYYY-MM-DD')
      .addOption(formatOption(['text', 'markdown', 'json']))
      .option('--plan <id>', 'instead of listing, write a planned experiment for this hypothesis with the suggested method')
      .option('--method <method>', 'with --plan: this method from the catalogue instead of the suggested one')
      .addOption(langOption())
      .addOption(strictOption())
      .addHelpText(
        'after',
        examples('hypo next', 'hypo next --limit 3 --format markdown', 'hypo next --plan koinformation', 'hypo next --plan koinformation --method fake-door'),
      )
      .action(async (options: NextOptions) => {
        const { runNext } = await import('../commands/next.js');
        await exit(runNext(options, commandContext()));
      });
  },

  methods: (command, { commandContext, exit }) => {
    command
      .addOption(formatOption())
      .addHelpText('after', examples('hypo methods', 'hypo methods --format json'))
      .action(async (options: MethodsOptions) => {
        const { runMethods } = await import('../commands/methods.js');
        await exit(runMethods(options, commandContext()));
      });
  },
};
