// `hypo --help` is built from command-list.ts alone; the rest of each command is added
// when argv names it. The list and the group files must agree, or the help would say one
// thing and the command do another.
import { describe, expect, it } from 'vitest';
import { COMMAND_LIST } from '../../src/cli/command-list.js';
import { historyCommands } from '../../src/cli/history-commands.js';
import { integrationCommands } from '../../src/cli/integration-commands.js';
import { buildProgram, completeCommands } from '../../src/cli/program.js';
import { recordCommands } from '../../src/cli/records-commands.js';
import { reportCommands } from '../../src/cli/report-commands.js';
import { runCli, silentContext } from '../helpers/run-cli.js';

const ctx = silentContext();

describe('the commands hypo --help lists', () => {
  it('are listed as they are once complete, [options] and arguments included', async () => {
    const program = buildProgram(ctx, () => {});
    const listed = program.helpInformation();
    expect(listed).toContain('  new [options] <kind> [title]');
    expect(listed).toContain('  set <id> <assignments...>');
    await completeCommands(program);
    expect(program.helpInformation()).toBe(listed);
  });

  it('have their options only once argv names them', async () => {
    const program = buildProgram(ctx, () => {});
    const check = program.commands.find((command) => command.name() === 'check')!;
    const stale = program.commands.find((command) => command.name() === 'stale')!;
    expect(check.options).toEqual([]);
    await completeCommands(program, ['-C', 'somewhere', 'check', '--strict']);
    expect(check.options.map((option) => option.long)).toContain('--staged');
    expect(stale.options).toEqual([]);
  });

  it('each have the rest in their group file, and the group files nothing unlisted', () => {
    const details = { records: recordCommands, history: historyCommands, reports: reportCommands, integrations: integrationCommands };
    for (const [group, commands] of Object.entries(COMMAND_LIST)) {
      expect(Object.keys(details[group as keyof typeof details]).sort(), group).toEqual(commands.map((command) => command.name).sort());
    }
  });

  it('show their flags with hypo help <command>, as with --help', async () => {
    const viaHelp = await runCli(['help', 'import']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toContain('--kind <kind>');
    expect(viaHelp.stdout).toBe((await runCli(['import', '--help'])).stdout);
    // A folder named like the help command is not the help command.
    expect((await runCli(['-C', '.', 'help', 'export'])).stdout).toContain('--bom');
  });

  it('all run once complete: a completion script names every command’s flags', async () => {
    const { stdout, code } = await runCli(['completion', 'bash']);
    expect(code).toBe(0);
    for (const flag of ['--staged', '--fail-on', '--sprints', '--bom', '--dry-run', '--vscode', '--review-by']) expect(stdout).toContain(flag);
  });
});
