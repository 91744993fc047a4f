// The commander wiring: global options, one entry per command, and a lazy import of
// the command's module, so that `hypo --version` loads neither zod nor yaml.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { HypoError } from '../model/hypo-error.js';
import type { Context } from './context.js';
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
      writeErr: (text) => ctx.stderr.write(text),
      outputError: (text, write) => write(`hypo: ${text.replace(/^error: /, '')}`),
    });

  /** The context a command runs in: the global options applied. */
  const commandContext = (): Context => {
    const globals = program.opts<GlobalOptions>();
    return { ...ctx, cwd: resolveCwd(ctx.cwd, globals.cwd), color: ctx.color && globals.color, debug: ctx.debug || Boolean(globals.debug) };
  };

  program
    .command('check')
    .description('check every record against the format and the links between records')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'fail on warnings as well as errors')
    .addHelpText(
      'after',
      '\nExamples:\n  hypo check\n  hypo -C examples/transit-app check --format json\n  hypo check --format github   # annotations in a GitHub Actions job\n',
    )
    .action(async (options: { format: 'text' | 'json' | 'github'; strict?: boolean }) => {
      const { runCheck } = await import('../commands/check.js');
      setExitCode(await runCheck({ format: options.format, strict: Boolean(options.strict) }, commandContext()));
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
