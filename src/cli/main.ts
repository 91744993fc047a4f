// argv → exit code. The one place that catches: expected failures (HypoError) print
// their message and hint; anything else is an unexpected error, with the stack
// only under --debug. Never calls process.exit: bin/hypo.js sets the exit code.
import { type Context, EXIT_CANCELLED, EXIT_OK, EXIT_USAGE } from '../commands/context.js';
import { DEFAULT_ROOT } from '../model/config-defaults.js';
import { HypoError } from '../model/hypo-error.js';
import { looksInitialised } from '../operations/looks-initialised.js';
import { sanitizeForTerminal } from '../render/terminal-text.js';
import { createProcessContext } from './process-context.js';
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
    // commander and the command table load only past the --version probe.
    const { buildProgram, completeCommands } = await import('./program.js');
    const program = buildProgram(ctx, (code) => {
      exitCode = code;
    });
    // `hypo --help` lists the commands by name and purpose only; the ones argv names get the rest.
    await completeCommands(program, argv);
    if (argv.length === 0) {
      // `hypo` alone: show what there is to do, as a success rather than a usage error.
      program.outputHelp();
      if (!looksInitialised(ctx.cwd)) ctx.stdout.write(`\nThere is no hypo.config.yaml and no ${DEFAULT_ROOT}/ folder here: start with hypo init\n`);
      return EXIT_OK;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, ctx, debug);
  }
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

function reportFailure(error: unknown, ctx: Context, debug: boolean): number {
  if (isCommanderError(error)) {
    // Help and version end in a CommanderError with exit code 0; usage errors were printed already.
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (isPromptCancelled(error)) {
    ctx.stderr.write('hypo: cancelled; nothing was written\n');
    return EXIT_CANCELLED;
  }
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
