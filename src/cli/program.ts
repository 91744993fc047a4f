// The commander wiring: the program, its global options and the hook every command runs
// first; the commands themselves are added by group (records-, history-, report- and
// integration-commands.ts).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import type { Context } from '../commands/context.js';
import { HypoError } from '../model/hypo-error.js';
import { sanitizeForTerminal } from '../render/terminal-text.js';
import type { Wiring } from './command-kit.js';
import { addHistoryCommands } from './history-commands.js';
import { addIntegrationCommands } from './integration-commands.js';
import { programHelpAfter } from './program-help.js';
import { addRecordCommands } from './records-commands.js';
import { addReportCommands } from './report-commands.js';
import { hypoVersion } from './version.js';

interface GlobalOptions {
  cwd?: string;
  color: boolean;
  debug?: boolean;
}

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
  const wiring: Wiring = { program, commandContext, exit };

  // Before any command touches the repository, a change a killed run left half written is
  // completed or rolled back. Completion only reads, on every Tab press: it never writes.
  program.hook('preAction', async (_program, action) => {
    if (action.name() === 'completion' || action.name() === '__complete') return;
    const { recoverWritesFirst } = await import('../commands/recover-writes.js');
    await recoverWritesFirst(commandContext());
  });

  // Commands are listed in help by group, each group from the command that opens it.
  addRecordCommands(wiring);
  addHistoryCommands(wiring);
  addReportCommands(wiring);
  addIntegrationCommands(wiring);

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
