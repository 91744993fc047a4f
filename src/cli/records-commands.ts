// The Records group of `hypo --help`: check, create and edit records, and read them one by one.
// Each command loads its module only when it runs, so that `hypo --version` loads neither zod nor yaml.

import { Option } from 'commander';
import { examples, type Format, formatOption, langOption, type Wiring } from './command-kit.js';
import { NEW_FIELD_FLAGS } from './new-flags.js';
import { COMMAND_GROUPS } from './program-help.js';

export function addRecordCommands({ program, commandContext, exit }: Wiring): void {
  program.commandsGroup(COMMAND_GROUPS.records);
  program
    .command('check')
    .description('check every record against the format and the links between records')
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
    .action(
      async (options: {
        format: 'text' | 'json' | 'github';
        strict?: boolean;
        changed?: string | boolean;
        staged?: boolean;
        cache: boolean;
        lang?: 'en' | 'sv';
      }) => {
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
      },
    );

  program
    .command('init')
    .description('create hypo.config.yaml and the records folder here')
    .option('--vscode', 'map the record schemas in .vscode/settings.json without asking (a terminal asks; elsewhere nothing is changed)')
    .addHelpText('after', examples('hypo init', 'hypo -C path/to/product init --vscode'))
    .action(async (options: { vscode?: boolean }) => {
      const { runInit } = await import('../commands/init.js');
      await exit(runInit(commandContext(), { vscode: Boolean(options.vscode) }));
    });

  const newCommand = program
    .command('new')
    .description('create a hypothesis, experiment or insight (asks for what is missing in a terminal)')
    .argument('<kind>', 'hypothesis, experiment or insight')
    .argument('[title]', 'the title; the id is made from it')
    .option('--id <id>', 'the id (file name) instead of one made from the title')
    .option('-y, --yes', 'never ask: a missing required field is an error')
    .addOption(formatOption());
  for (const [flag, description] of NEW_FIELD_FLAGS) newCommand.option(flag, description);
  newCommand
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

  program
    .command('set')
    .description('change fields of a record, keeping its comments and formatting')
    .argument('<id>', 'the record (a unique prefix is enough)')
    .argument('<assignments...>', 'field=value; lists as a,b; field= removes an optional field; result.outcome=… for nested fields')
    .addHelpText('after', examples('hypo set farjeresenarer status=testing importance=high', 'hypo set kundpanel tags=panel,höst review_by='))
    .action(async (id: string, assignments: string[]) => {
      const { runSet } = await import('../commands/set.js');
      await exit(runSet({ id, assignments }, commandContext()));
    });

  program
    .command('status')
    .description('set the status of a hypothesis or experiment')
    .argument('<id>', 'the record (a unique prefix is enough)')
    .argument('<status>', 'the new status')
    .addHelpText('after', examples('hypo status farjeresenarer testing', 'hypo status kundpanel done'))
    .action(async (id: string, status: string) => {
      const { runSet } = await import('../commands/set.js');
      await exit(runSet({ id, assignments: [`status=${status}`], statusOnly: true }, commandContext()));
    });

  program
    .command('decide')
    .description('record the decision taken on an insight (asks for what is missing in a terminal)')
    .argument('[insight]', 'the insight (a unique prefix is enough)')
    .argument('[action]', 'persevere, pivot, stop or iterate')
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

  program
    .command('link')
    .description('add a hypothesis to the ones an experiment tests')
    .argument('<experiment>', 'the experiment (a unique prefix is enough)')
    .argument('<hypothesis>', 'the hypothesis (a unique prefix is enough)')
    .addHelpText('after', examples('hypo link kundpanel-hosten farjeresenarer-vill-se', 'hypo link kundpanel pendlare   # unique prefixes are enough'))
    .action(async (experiment: string, hypothesis: string) => {
      const { runLink } = await import('../commands/link.js');
      await exit(runLink({ experiment, hypothesis }, commandContext()));
    });

  program
    .command('rename')
    .description('rename a record and rewrite every reference to it, all or nothing')
    .argument('<old>', 'the record (a unique prefix is enough)')
    .argument('<new>', 'the new id')
    .addHelpText('after', examples('hypo rename farjeresenarer-vill-ha-realtid farjeresenarer-vill-se-farjan', 'hypo rename kundpanel kundpanel-hosten-2026'))
    .action(async (from: string, to: string) => {
      const { runRename } = await import('../commands/rename.js');
      await exit(runRename({ from, to }, commandContext()));
    });

  program
    .command('list')
    .description('list records, filtered by kind, status, tag or owner')
    .option('--kind <kind>', 'hypothesis, experiment or insight')
    .option('--status <status>', 'only records with this status (insights: decided or undecided)')
    .option('--tag <tag>', 'only records with this tag')
    .option('--owner <owner>', 'only records with this owner')
    .addOption(formatOption())
    .option('--wide', 'never cut titles to fit the terminal (piped, nothing is cut anyway)')
    .option('--strict', 'exit 1 when a record was left out for errors (hypo check shows why)')
    .addOption(langOption())
    .addHelpText('after', examples('hypo list --kind hypothesis --status open', 'hypo list --tag färja --format json', 'hypo list --wide | less -S'))
    .action(
      async (options: {
        kind?: string;
        status?: string;
        tag?: string;
        owner?: string;
        format: Format;
        wide?: boolean;
        strict?: boolean;
        lang?: 'en' | 'sv';
      }) => {
        const { runList } = await import('../commands/list.js');
        await exit(runList(options, commandContext()));
      },
    );

  program
    .command('show')
    .description('show a record as a card, with the records linked to it')
    .argument('<id>', 'the record (a unique prefix is enough)')
    .addOption(formatOption())
    .option('--strict', 'exit 1 when a record was left out for errors (hypo check shows why)')
    .addOption(langOption())
    .addHelpText('after', examples('hypo show farjeresenarer-vill-se', 'hypo show kundpanel --format json'))
    .action(async (id: string, options: { format: Format; strict?: boolean; lang?: 'en' | 'sv' }) => {
      const { runShow } = await import('../commands/show.js');
      await exit(runShow({ id, format: options.format, strict: Boolean(options.strict), ...(options.lang ? { lang: options.lang } : {}) }, commandContext()));
    });
}
