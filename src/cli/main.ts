// argv → exit code. The one place that catches: expected failures (HypoError) print
// their message and hint; anything else is an unexpected error, with the stack
// only under --debug. Never calls process.exit: bin/hypo.js sets the exit code.
// Only what `hypo --version` needs is imported up front; the rest loads on the path that uses it.
import { type Context, EXIT_CANCELLED, EXIT_OK, EXIT_USAGE } from '../commands/context.js';
import { createProcessContext, stdoutHelpWidth } from './process-context.js';
import { isPromptCancelled } from './prompter.js';
import { hypoVersion } from './version.js';

export async function main(argv: readonly string[], overrides: Partial<Context> = {}): Promise<number> {
  const ctx: Context = { ...createProcessContext(), ...overrides };
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    // The commonest probe of a CLI answers before anything else is built.
    ctx.stdout.write(`${hypoVersion()}\n`);
    return EXIT_OK;
  }
  const debug = ctx.debug || argv.includes('--debug');
  let exitCode = EXIT_OK;
  try {
    if (argv.length === 0 || (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h'))) {
      // The next commonest probe: the text commander would print, without loading commander.
      const { programHelpText } = await import('./program-help-text.js');
      ctx.stdout.write(programHelpText(stdoutHelpWidth() ?? 80));
      // `hypo` alone: show what there is to do, as a success rather than a usage error.
      if (argv.length === 0) await suggestInit(ctx);
      return EXIT_OK;
    }
    // commander and the command table load only past the --version and --help probes.
    const { buildProgram, completeCommands } = await import('./program.js');
    const program = buildProgram(ctx, (code) => {
      exitCode = code;
    });
    // The program lists the commands by name and purpose only; the ones argv names get the rest.
    await completeCommands(program, argv);
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return await reportFailure(error, ctx, debug);
  }
}

/** `hypo` alone in a folder that is no hypo repository yet: where to start. */
async function suggestInit(ctx: Context): Promise<void> {
  const [{ looksInitialised }, { DEFAULT_ROOT }] = await Promise.all([import('../operations/looks-initialised.js'), import('../model/config-defaults.js')]);
  if (!looksInitialised(ctx.cwd)) ctx.stdout.write(`\nThere is no hypo.config.yaml and no ${DEFAULT_ROOT}/ folder here: start with hypo init\n`);
}

/** commander's own errors (help shown, usage errors), recognised without loading commander. */
function isCommanderError(error: unknown): error is Error & { exitCode: number } {
  return (
    error instanceof Error &&
    (error.name === 'CommanderError' || error.name === 'InvalidArgumentError') &&
    typeof (error as { exitCode?: unknown }).exitCode === 'number'
  );
}

/** The in-process entry point for tests and embedding: same as main. */
export const run = main;

async function reportFailure(error: unknown, ctx: Context, debug: boolean): Promise<number> {
  if (isCommanderError(error)) {
    // Help and version end in a CommanderError with exit code 0; usage errors were printed already.
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (isPromptCancelled(error)) {
    ctx.stderr.write('hypo: cancelled; nothing was written\n');
    return EXIT_CANCELLED;
  }
  const [{ HypoError }, { sanitizeForTerminal }] = await Promise.all([import('../model/hypo-error.js'), import('../render/terminal-text.js')]);
  if (error instanceof HypoError) {
    // Messages quote config values and file names: never let them drive the terminal.
    ctx.stderr.write(`hypo: ${sanitizeForTerminal(error.message)}\n`);
    if (error.hint) ctx.stderr.write(`hint: ${sanitizeForTerminal(error.hint)}\n`);
    if (debug && error.stack) ctx.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`hypo: unexpected error: ${sanitizeForTerminal(message)} (hypo ${hypoVersion()}, Node ${process.version})\n`);
  if (debug && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
  else ctx.stderr.write('hint: run again with --debug for the stack trace, and report it with the command you ran\n');
  return EXIT_USAGE;
}
