// The Records group of `hypo --help`: check, create and edit records, and read them one by one.
// Their names, purposes and arguments are in command-list.ts; here is the rest of each
// command, added when it is about to run. Each command loads its module only when it
// runs, so that `hypo --version` loads neither zod nor yaml.

import { Option } from 'commander';
import type { CheckOptions } from '../commands/check.js';
import type { ListOptions } from '../commands/list.js';
import type { ShowOptions } from '../commands/show.js';
import { examples, formatOption, type GroupCommands, langOption, strictOption } from './command-kit.js';
import { NEW_FIELD_FLAGS } from './new-flags.js';

export const recordCommands: GroupCommands = {
  check: (command, { commandContext, exit }) => {
    command
      .addOption(formatOption(['text', 'json', 'github']))
      .option('--strict', 'fail on warnings as well as errors')
      .option('--changed [ref]', 'check only the records changed since ref (default: staged and unstaged changes) and the records linked to them')
      .addOption(
        new Option('--staged', 'check the records as staged in git (what the next commit holds), not the working tree: a pre-commit hook').conflicts('changed'),
      )
      .option('--no-cache', 'check everything again, even when nothing changed since the last check')
      .addOption(langOption())
      .addHelpText(
        'after',
        examples(
          'hypo check',
          'hypo -C examples/transit-app check --format json',
          'hypo check --format github   # annotations in a GitHub Actions job',
          'hypo check --changed         # only what changed, and what links to it',
          'hypo check --staged          # what the next commit holds: a pre-commit hook',
        ),
      )
      .action(async (options: Omit<CheckOptions, 'cache' | 'strict'> & { cache: boolean; strict?: boolean }) => {
        const { runCheck } = await import('../commands/check.js');
        await exit(
          runCheck(
            {
              format: options.format,
              strict: Boolean(options.strict),
              changed: options.changed ?? false,
              staged: Boolean(options.staged),
              cache: options.cache,
              ...(options.lang ? { lang: options.lang } : {}),
            },
            commandContext(),
          ),
        );
      });
  },

  init: (command, { commandContext, exit }) => {
    command
      .option('--vscode', 'map the record schemas in .vscode/settings.json without asking (a terminal asks; elsewhere nothing is changed)')
      .addHelpText('after', examples('hypo init', 'hypo -C path/to/product init --vscode'))
      .action(async (options: { vscode?: boolean }) => {
        const { runInit } = await import('../commands/init.js');
        await exit(runInit(commandContext(), { vscode: Boolean(options.vscode) }));
      });
  },

  new: (command, { commandContext, exit }) => {
    command
      .option('--id <id>', 'the id (file name) instead of one made from the title')
      .option('-y, --yes', 'never ask: a missing required field is an error')
      .addOption(formatOption());
    for (const [flag, description] of NEW_FIELD_FLAGS) command.option(flag, description);
    command
      .addHelpText(
        'after',
        examples(
          'hypo new hypothesis "Färjeresenärer vill ha realtid" --statement "Vi tror att …" --yes',
          'hypo new experiment "Kundpanel hösten" --tests farjeresenarer-vill-ha-realtid --method panel --yes',
        ),
      )
      .action(async (kind: string, title: string | undefined, options: Record<string, string | boolean | undefined>) => {
        const { runNew } = await import('../commands/new.js');
        await exit(runNew({ kind, title, options }, commandContext()));
      });
  },

  set: (command, { commandContext, exit }) => {
    command
      .addHelpText('after', examples('hypo set farjeresenarer status=testing importance=high', 'hypo set kundpanel tags=panel,höst review_by='))
      .action(async (id: string, assignments: string[]) => {
        const { runSet } = await import('../commands/set.js');
        await exit(runSet({ id, assignments }, commandContext()));
      });
  },

  status: (command, { commandContext, exit }) => {
    command.addHelpText('after', examples('hypo status farjeresenarer testing', 'hypo status kundpanel done')).action(async (id: string, status: string) => {
      const { runSet } = await import('../commands/set.js');
      await exit(runSet({ id, assignments: [`status=${status}`], statusOnly: true }, commandContext()));
    });
  },

  decide: (command, { commandContext, exit }) => {
    command
      .option('--summary <text>', 'what was decided and why')
      .option('--next <ids>', 'records the decision starts, comma-separated')
      .option('--date <date>', 'the day of the decision, YYYY-MM-DD (default: today)')
      .option('--owner <name>', 'who decided')
      .option('-y, --yes', 'never ask: a missing action or summary is an error')
      .addHelpText(
        'after',
        examples(
          'hypo decide pendlare-missar iterate --summary "Påminnelse i appen" --next pendlare-vill-bli-paminda',
          'hypo decide kop-utan-konto stop --summary "Ingen tydlig skillnad; vi lägger tiden på Swish"',
          'hypo decide                           # in a terminal: pick the insight, then the rest is asked',
        ),
      )
      .action(
        async (
          insight: string | undefined,
          action: string | undefined,
          options: { summary?: string; next?: string; date?: string; owner?: string; yes?: boolean },
        ) => {
          const { runDecide } = await import('../commands/decide.js');
          await exit(runDecide({ insight, action, ...options }, commandContext()));
        },
      );
  },

  link: (command, { commandContext, exit }) => {
    command
      .addHelpText('after', examples('hypo link kundpanel-hosten farjeresenarer-vill-se', 'hypo link kundpanel pendlare   # unique prefixes are enough'))
      .action(async (experiment: string, hypothesis: string) => {
        const { runLink } = await import('../commands/link.js');
        await exit(runLink({ experiment, hypothesis }, commandContext()));
      });
  },

  rename: (command, { commandContext, exit }) => {
    command
      .addHelpText('after', examples('hypo rename farjeresenarer-vill-ha-realtid farjeresenarer-vill-se-farjan', 'hypo rename kundpanel kundpanel-hosten-2026'))
      .action(async (from: string, to: string) => {
        const { runRename } = await import('../commands/rename.js');
        await exit(runRename({ from, to }, commandContext()));
      });
  },

  list: (command, { commandContext, exit }) => {
    command
      .option('--kind <kind>', 'hypothesis, experiment or insight')
      .option('--status <status>', 'only records with this status (insights: decided or undecided)')
      .option('--tag <tag>', 'only records with this tag')
      .option('--owner <owner>', 'only records with this owner')
      .addOption(formatOption())
      .option('--wide', 'never cut titles to fit the terminal (piped, nothing is cut anyway)')
      .addOption(strictOption())
      .addOption(langOption())
      .addHelpText('after', examples('hypo list --kind hypothesis --status open', 'hypo list --tag färja --format json', 'hypo list --wide | less -S'))
      .action(async (options: ListOptions) => {
        const { runList } = await import('../commands/list.js');
        await exit(runList(options, commandContext()));
      });
  },

  show: (command, { commandContext, exit }) => {
    command
      .addOption(formatOption())
      .addOption(strictOption())
      .addOption(langOption())
      .addHelpText('after', examples('hypo show farjeresenarer-vill-se', 'hypo show kundpanel --format json'))
      .action(async (id: string, options: Omit<ShowOptions, 'id'>) => {
        const { runShow } = await import('../commands/show.js');
        await exit(runShow({ ...options, id, strict: Boolean(options.strict) }, commandContext()));
      });
  },
};
