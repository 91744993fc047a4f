// `hypo --help` and `hypo` alone print the program's help without commander
// (src/cli/program-help-text.ts): the text must be commander's own, byte for byte, at
// every width a terminal may have.
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { programHelpText } from '../../src/cli/program-help-text.js';
import type { Context } from '../../src/commands/context.js';
import { NO_PROMPTS, runCli, TEST_ENV } from '../helpers/run-cli.js';

/** What commander prints for `hypo --help` at a help width (a terminal's columns; 80 when not a terminal). */
function commanderHelp(width: number): string {
  let text = '';
  const ctx: Context = {
    cwd: process.cwd(),
    env: TEST_ENV,
    stdout: { write: (chunk: string) => (text += chunk) },
    stderr: { write: () => true },
    stdinIsTTY: false,
    now: () => new Date(),
    color: false,
    debug: false,
    prompter: NO_PROMPTS,
  };
  const program = buildProgram(ctx, () => {});
  program.configureOutput({ getOutHelpWidth: () => width });
  program.outputHelp();
  return text;
}

describe('hypo --help without commander', () => {
  it('is commander’s text at every width, wrapped or not', () => {
    expect(programHelpText()).toBe(commanderHelp(80));
    for (let width = 0; width <= 200; width++) expect(programHelpText(width), `width ${width}`).toBe(commanderHelp(width));
  });

  it('is what -h and --help print, as commander does with a global option before --help', async () => {
    // With an option before it, --help is commander's to answer, at the same width.
    const viaCommander = await runCli(['--no-color', '--help']);
    expect(viaCommander.stdout).toContain('\nRecords:\n  check [options]  ');
    expect((await runCli(['--help'])).stdout).toBe(viaCommander.stdout);
    expect((await runCli(['-h'])).stdout).toBe(viaCommander.stdout);
  });
});
