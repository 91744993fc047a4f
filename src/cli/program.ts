// The commander wiring: global options, one entry per command, and a lazy import of
// the command's module, so that `hypo --version` loads neither zod nor yaml.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { Context } from '../commands/context.js';
import { HypoError } from '../model/hypo-error.js';
import { sanitizeForTerminal } from '../render/terminal-text.js';
import { NEW_FIELD_FLAGS } from './new-flags.js';
import { COMMAND_GROUPS, programHelpAfter } from './program-help.js';
import { hypoVersion } from './version.js';

interface GlobalOptions {
  cwd?: string;
  color: boolean;
  debug?: boolean;
}

type Format = 'text' | 'json';

const formatOption = (formats: readonly string[] = ['text', 'json']) => new Option('--format <format>', 'output format').choices(formats).default('text');

/** The format of a command with --out: no commander default, so that the command can take it from the file's extension. */
const documentFormatOption = (formats: readonly string[], fallback: string) =>
  new Option('--format <format>', `output format (default: from the --out file's extension, else ${fallback})`).choices(formats);

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}\n`;

export function buildProgram(ctx: Context, setExitCode: (code: number) => void): Command {
  const program = new Command('hypo')
    .description('Hypotheses, experiments and insights as YAML files in git: check them and report the learning loop.')
    .version(hypoVersion(), '-V, --version', 'print the version')
    .option('-C, --cwd <dir>', 'run as if hypo was started in <dir> (like git -C)')
    .option('--no-color', 'never colour the output (NO_COLOR does the same)')
    .option('--debug', 'print the stack trace of an unexpected error (or set HYPO_DEBUG=1)')
    .helpOption('-h, --help', 'show help')
    .enablePositionalOptions()
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      // Usage errors quote the arguments given, which a script may have taken from file names.
      writeErr: (text) => ctx.stderr.write(sanitizeForTerminal(text)),
      outputError: (text, write) => write(`hypo: ${text.replace(/^error: /, '')}`),
    })
    .addHelpText('after', programHelpAfter());

  /** The context a command runs in: the global options applied. */
  const commandContext = (): Context => {
    const globals = program.opts<GlobalOptions>();
    return { ...ctx, cwd: resolveCwd(ctx.cwd, globals.cwd), color: ctx.color && globals.color, debug: ctx.debug || Boolean(globals.debug) };
  };
  const exit = async (run: Promise<number>) => setExitCode(await run);

  // Before any command touches the repository, a change a killed run left half written is
  // completed or rolled back. Completion only reads, on every Tab press: it never writes.
  program.hook('preAction', async (_program, action) => {
    if (action.name() === 'completion' || action.name() === '__complete') return;
    const { recoverWritesFirst } = await import('../commands/recover-writes.js');
    await recoverWritesFirst(commandContext());
  });

  // Commands are listed in help by group, each group from the command that opens it.
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
    .action(async (options: { format: 'text' | 'json' | 'github'; strict?: boolean; changed?: string | boolean; staged?: boolean; cache: boolean }) => {
      const { runCheck } = await import('../commands/check.js');
      await exit(
        runCheck(
          { format: options.format, strict: Boolean(options.strict), changed: options.changed ?? false, staged: Boolean(options.staged), cache: options.cache },
          commandContext(),
        ),
      );
    });

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
    .addHelpText('after', examples('hypo list --kind hypothesis --status open', 'hypo list --tag färja --format json', 'hypo list --wide | less -S'))
    .action(async (options: { kind?: string; status?: string; tag?: string; owner?: string; format: Format; wide?: boolean; strict?: boolean }) => {
      const { runList } = await import('../commands/list.js');
      await exit(runList(options, commandContext()));
    });

  program
    .command('show')
    .description('show a record as a card, with the records linked to it')
    .argument('<id>', 'the record (a unique prefix is enough)')
    .addOption(formatOption())
    .option('--strict', 'exit 1 when a record was left out for errors (hypo check shows why)')
    .addHelpText('after', examples('hypo show farjeresenarer-vill-se', 'hypo show kundpanel --format json'))
    .action(async (id: string, options: { format: Format; strict?: boolean }) => {
      const { runShow } = await import('../commands/show.js');
      await exit(runShow({ id, format: options.format, strict: Boolean(options.strict) }, commandContext()));
    });

  program.commandsGroup(COMMAND_GROUPS.history);
  program
    .command('stale')
    .description('flag assumptions left untested, and reviews and experiments past their dates')
    .option('--days <n>', 'an open hypothesis older than this is stale (default: stale_after_days, else 30)')
    .option('--as-of <date>', 'evaluate as if today were this day, YYYY-MM-DD')
    .addOption(formatOption(['text', 'json', 'github']))
    .option('--warn', 'report, but exit 0 even when something is stale')
    .option('--strict', 'exit 1 when a record was left out for errors (hypo check shows why)')
    .addHelpText(
      'after',
      examples(
        'hypo stale',
        'hypo stale --days 14 --as-of 2026-12-01 --format json',
        'hypo stale --format github --warn   # annotate a pull request without failing it',
      ),
    )
    .action(async (options: { days?: string; asOf?: string; format: 'text' | 'json' | 'github'; warn?: boolean; strict?: boolean }) => {
      const { runStale } = await import('../commands/stale.js');
      await exit(runStale(options, commandContext()));
    });

  program
    .command('affected')
    .description('list the records whose code globs match the files changed since a git ref, or the paths given')
    .argument('[paths...]', 'changed paths to match instead of asking git')
    .option('--since <ref>', 'compare with this ref (git diff REF...HEAD), plus uncommitted changes')
    .option('--fail-on <statuses>', 'exit 1 when an affected record has one of these statuses, e.g. open,refuted')
    .option('--as-of <date>', 'ages as if today were this day, YYYY-MM-DD')
    .addOption(formatOption(['text', 'json', 'github', 'markdown']))
    .option('--strict', 'exit 1 when a record was left out for errors (hypo check shows why)')
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

  program
    .command('acted')
    .description('did the code follow the decisions? each decision: acted, not yet, overdue, code remains, or no code link')
    .option('--since <date|ref>', 'only decisions on or after this day, or the commit day of a git ref')
    .option('--as-of <date>', 'as if today were this day, YYYY-MM-DD')
    .addOption(formatOption(['text', 'markdown', 'json', 'github']))
    .option('--fail-on <states>', 'exit 1 when a decision is in one of these states, e.g. overdue,code-remains')
    .option('--strict', 'exit 1 when a record was left out for errors (hypo check shows why)')
    .addHelpText(
      'after',
      examples(
        'hypo acted',
        'hypo acted --fail-on overdue,code-remains --format github   # a weekly CI job',
        'hypo acted --since 2026-10-01 --format markdown',
      ),
    )
    .action(async (options: { since?: string; asOf?: string; format: 'text' | 'markdown' | 'json' | 'github'; failOn?: string; strict?: boolean }) => {
      const { runActed } = await import('../commands/acted.js');
      await exit(runActed(options, commandContext()));
    });

  program
    .command('log')
    .description('the history of a record from git: its commits and what each changed, status transitions first')
    .argument('<id>', 'the record (a unique prefix is enough)')
    .addOption(formatOption())
    .option('--strict', 'exit 1 when a record was left out for errors (hypo check shows why)')
    .addHelpText('after', examples('hypo log farjeresenarer-vill-se', 'hypo log kundpanel --format json'))
    .action(async (id: string, options: { format: Format; strict?: boolean }) => {
      const { runLog } = await import('../commands/log.js');
      await exit(runLog({ id, format: options.format, strict: Boolean(options.strict) }, commandContext()));
    });

  program.commandsGroup(COMMAND_GROUPS.reports);
  program
    .command('report')
    .description('the learning loop of a sprint: what was tested, learned and decided, and where the loop is stuck')
    .option('--since <date|ref>', 'first day of the period, or a git ref whose commit date starts it')
    .option('--until <date|ref>', 'last day of the period (default: today)')
    .option('--sprint <name>', 'a sprint from hypo.config.yaml: its name or number, current or previous')
    .option('--as-of <date>', 'make the report as if today were this day, YYYY-MM-DD')
    .addOption(documentFormatOption(['text', 'markdown', 'json', 'html'], 'text'))
    .option('--out <file>', 'write the report to a file instead of the terminal')
    .option('--strict', 'exit 1 when a record was left out for errors (hypo check shows why)')
    .addHelpText(
      'after',
      examples('hypo report', 'hypo report --sprint previous --format markdown', 'hypo report --since 2026-11-01 --out report.html   # HTML, from the name'),
    )
    .action(
      async (options: {
        since?: string;
        until?: string;
        sprint?: string;
        asOf?: string;
        format?: 'text' | 'markdown' | 'json' | 'html';
        out?: string;
        strict?: boolean;
      }) => {
        const { runReport } = await import('../commands/report.js');
        await exit(runReport(options, commandContext()));
      },
    );

  program
    .command('trend')
    .description('the last sprints side by side, each as of its own end: is the loop getting faster?')
    .option('--sprints <n>', 'how many sprints, the current one included (default 6; without sprints: windows of 14 days)')
    .option('--as-of <date>', 'make the trend as if today were this day, YYYY-MM-DD')
    .addOption(documentFormatOption(['text', 'markdown', 'json', 'html'], 'text'))
    .option('--out <file>', 'write the trend to a file instead of the terminal')
    .option('--strict', 'exit 1 when a record was left out for errors (hypo check shows why)')
    .addHelpText('after', examples('hypo trend', 'hypo trend --sprints 10 --format markdown', 'hypo trend --out trend.html'))
    .action(async (options: { sprints?: string; asOf?: string; format?: 'text' | 'markdown' | 'json' | 'html'; out?: string; strict?: boolean }) => {
      const { runTrend } = await import('../commands/trend.js');
      await exit(runTrend(options, commandContext()));
    });

  program
    .command('next')
    .description('what to test next: hypotheses ranked by importance, missing evidence and urgency, each with a method to try')
    .option('--limit <n>', 'list at most this many (default 10)')
    .option('--as-of <date>', 'rank as if today were this day, YYYY-MM-DD')
    .addOption(formatOption(['text', 'markdown', 'json']))
    .option('--plan <id>', 'instead of listing, write a planned experiment for this hypothesis with the suggested method')
    .option('--method <method>', 'with --plan: this method from the catalogue instead of the suggested one')
    .option('--strict', 'exit 1 when a record was left out for errors (hypo check shows why)')
    .addHelpText(
      'after',
      examples('hypo next', 'hypo next --limit 3 --format markdown', 'hypo next --plan koinformation', 'hypo next --plan koinformation --method fake-door'),
    )
    .action(async (options: { limit?: string; asOf?: string; format: 'text' | 'markdown' | 'json'; plan?: string; method?: string; strict?: boolean }) => {
      const { runNext } = await import('../commands/next.js');
      await exit(runNext(options, commandContext()));
    });

  program
    .command('methods')
    .description('the method catalogue: what each method observes, its cost, typical days and the strongest evidence it gives')
    .addOption(formatOption())
    .addHelpText('after', examples('hypo methods', 'hypo methods --format json'))
    .action(async (options: { format: Format }) => {
      const { runMethods } = await import('../commands/methods.js');
      await exit(runMethods(options, commandContext()));
    });

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

  return program;
}

function resolveCwd(base: string, dir: string | undefined): string {
  if (dir === undefined) return base;
  const resolved = path.resolve(base, dir);
  if (!existsSync(resolved) || !statSync(resolved).isDirectory()) {
    throw new HypoError('no-such-folder', `-C ${dir}: there is no folder ${resolved}`, { hint: 'give -C a folder that exists' });
  }
  return resolved;
}
