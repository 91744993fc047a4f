// The commander wiring: the program, its global options and the hook every command runs
// first. The program starts with each command as `hypo --help` lists it (command-list.ts);
// the rest of a command comes from its group's file (records-, history-, report- and
// integration-commands.ts), added by completeCommands before the command can run.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command, Help } from 'commander';
import type { Context } from '../commands/context.js';
import { HypoError } from '../model/hypo-error.js';
import { sanitizeForTerminal } from '../render/terminal-text.js';
import type { GroupCommands, Wiring } from './command-kit.js';
import { COMMAND_LIST, type CommandGroup } from './command-list.js';
import { COMMAND_GROUPS, HELP_COMMAND, PROGRAM_DESCRIPTION, PROGRAM_OPTIONS, programHelpAfter } from './program-help.js';
import { hypoVersion } from './version.js';

/** Each group's file, loaded when one of its commands is about to run. */
const GROUP_FILES: Record<CommandGroup, () => Promise<GroupCommands>> = {
  records: async () => (await import('./records-commands.js')).recordCommands,
  history: async () => (await import('./history-commands.js')).historyCommands,
  reports: async () => (await import('./report-commands.js')).reportCommands,
  integrations: async () => (await import('./integration-commands.js')).integrationCommands,
};

/** What each listed command still lacks: adding it, once (the promise is kept, so that two callers wait on the same). */
const incomplete = new WeakMap<Command, () => Promise<void>>();
/** The listed commands that take options, until they have them: the program's help (`hypo help`) shows them with [options] all the same. */
const optionsToCome = new WeakSet<Command>();

interface GlobalOptions {
  cwd?: string;
  color: boolean;
  debug?: boolean;
}

export function buildProgram(ctx: Context, setExitCode: (code: number) => void): Command {
  const program = new Command('hypo')
    .description(PROGRAM_DESCRIPTION)
    .version(hypoVersion(), ...PROGRAM_OPTIONS.version)
    .option(...PROGRAM_OPTIONS.cwd)
    .option(...PROGRAM_OPTIONS.color)
    .option(...PROGRAM_OPTIONS.debug)
    .helpOption(...PROGRAM_OPTIONS.help)
    .enablePositionalOptions()
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      // Usage errors quote the arguments given, which a script may have taken from file names.
      writeErr: (text) => ctx.stderr.write(sanitizeForTerminal(text)),
      outputError: (text, write) => write(`hypo: ${text.replace(/^error: /, '')}`),
    })
    .addHelpText('after', programHelpAfter())
    .configureHelp({
      // A listed command is shown as it will be once complete: with [options] before it has them.
      subcommandTerm(command) {
        const term = Help.prototype.subcommandTerm.call(this, command);
        return optionsToCome.has(command) ? `${command.name()} [options]${term.slice(command.name().length)}` : term;
      },
    });

  /** The context a command runs in: the global options applied. */
  const commandContext = (): Context => {
    const globals = program.opts<GlobalOptions>();
    return { ...ctx, cwd: resolveCwd(ctx.cwd, globals.cwd), color: ctx.color && globals.color, debug: ctx.debug || Boolean(globals.debug) };
  };
  const exit = async (run: Promise<number>) => setExitCode(await run);
  const wiring: Wiring = { program, commandContext, exit, completeAll: () => completeCommands(program) };

  // Before any command touches the repository, a change a killed run left half written is
  // completed or rolled back. Completion only reads, on every Tab press: it never writes.
  program.hook('preAction', async (_program, action) => {
    if (action.name() === 'completion' || action.name() === '__complete') return;
    const { recoverWritesFirst } = await import('../commands/recover-writes.js');
    await recoverWritesFirst(commandContext());
  });

  // Commands are listed in help by group, each group from the command that opens it.
  for (const [group, commands] of Object.entries(COMMAND_LIST) as [CommandGroup, (typeof COMMAND_LIST)[CommandGroup]][]) {
    program.commandsGroup(COMMAND_GROUPS[group]);
    for (const listed of commands) {
      const command = program.command(listed.name, listed.hidden ? { hidden: true } : {});
      if (listed.summary) command.description(listed.summary);
      for (const [name, description] of listed.arguments ?? []) command.argument(name, description);
      if (listed.options) optionsToCome.add(command);
      let adding: Promise<void> | undefined;
      incomplete.set(command, () => {
        adding ??= GROUP_FILES[group]().then((details) => {
          details[listed.name]!(command, wiring);
          optionsToCome.delete(command);
        });
        return adding;
      });
    }
  }
  program.commandsGroup(COMMAND_GROUPS.help).helpCommand(...HELP_COMMAND);

  return program;
}

/**
 * Adds the rest (options, examples, action) of the commands `names` holds, or of every
 * command without it. Before parsing argv, the commands it names are all that commander
 * can reach: a command runs, shows its help or rejects its flags only when its name is a
 * word of argv (`hypo check`, `hypo help check`); no command has an alias.
 */
export async function completeCommands(program: Command, names?: readonly string[]): Promise<void> {
  const wanted = names ? program.commands.filter((command) => names.includes(command.name())) : program.commands;
  await Promise.all(wanted.map((command) => incomplete.get(command)?.()));
}

function resolveCwd(base: string, dir: string | undefined): string {
  if (dir === undefined) return base;
  const resolved = path.resolve(base, dir);
  if (!existsSync(resolved) || !statSync(resolved).isDirectory()) {
    throw new HypoError('no-such-folder', `-C ${dir}: there is no folder ${resolved}`, { hint: 'give -C a folder that exists' });
  }
  return resolved;
}
