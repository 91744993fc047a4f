// The editor path with the real client: yaml-language-server (the engine of VS Code's YAML
// extension) over stdio, on records written by `hypo new` and on schemas mapped by
// `hypo init --vscode`. What the editor underlines, `check` reports on the same line.
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LspClient, startYamlLanguageServer } from '../helpers/lsp-client.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));
const HYPOTHESIS_ID = 'farjeresenarer-vill-se-farjan';

let repo: TempRepo;
let server: LspClient;
/** The first line `hypo new` writes in an experiment: the schema path. */
let modeline: string;

beforeAll(async () => {
  repo = makeRepo(
    { [`learning/hypotheses/${HYPOTHESIS_ID}.yaml`]: 'kind: hypothesis\ntitle: Färjan i realtid\nstatement: Vi tror det\nstatus: open\n' },
    { lifetime: 'file' },
  );
  // The repository installs hypo as a team would; this one is the package under test.
  mkdirSync(path.join(repo.root, 'node_modules'));
  symlinkSync(PACKAGE, path.join(repo.root, 'node_modules/hypo'), 'dir');
  expect((await runCli(['-C', repo.root, 'init', '--vscode'])).code).toBe(0);
  const created = await runCli(['-C', repo.root, 'new', 'experiment', 'Färjepanel', '--tests', HYPOTHESIS_ID, '--method', 'panel']);
  expect(created.code).toBe(0);
  modeline = readFileSync(path.join(repo.root, 'learning/experiments/farjepanel.yaml'), 'utf8').split('\n')[0]!;
  // VS Code hands the server the workspace's yaml.schemas as its `schemas` setting.
  const settings = JSON.parse(readFileSync(path.join(repo.root, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
  server = await startYamlLanguageServer(repo.root, { schemas: settings['yaml.schemas'] });
}, 30_000);

afterAll(async () => {
  await server?.close();
});

/** Writes a record, opens it in the editor, and runs check: both answers. */
async function editAndCheck(file: string, text: string) {
  const absolute = repo.write(file, text);
  const diagnostics = await server.open(absolute, text);
  const checked = await runCli(['-C', repo.root, 'check', '--format', 'json']);
  const problems = (
    JSON.parse(checked.stdout) as { problems: { file: string; line: number; rule: string; message: string; severity: string }[] }
  ).problems.filter((problem) => problem.file === file);
  return { diagnostics, problems, lines: diagnostics.map((diagnostic) => diagnostic.range.start.line + 1) };
}

const experiment = (fields: string) => `${modeline}\nkind: experiment\ntitle: Färjepanel\ntests: [${HYPOTHESIS_ID}]\nmethod: panel\n${fields}`;

describe('yaml-language-server on hypo records', () => {
  it('hypo new names a schema the editor finds: a wrong status is underlined where check reports it', async () => {
    expect(modeline).toBe('# yaml-language-server: $schema=../../node_modules/hypo/schemas/experiment.schema.json');
    const { diagnostics, problems, lines } = await editAndCheck('learning/experiments/fel-status.yaml', experiment('status: klar\n'));
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([expect.stringContaining('Valid values: "planned", "running", "done", "cancelled"')]);
    expect(problems).toMatchObject([{ rule: 'invalid-value', line: 6 }]);
    expect(lines).toEqual([6]);
  });

  it('completes the values of status:', async () => {
    const file = repo.write('learning/experiments/komplettera.yaml', experiment('status: \n'));
    await server.open(file, readFileSync(file, 'utf8'));
    expect(await server.complete(file, 5, 'status: '.length)).toEqual(expect.arrayContaining(['planned', 'running', 'done', 'cancelled']));
  });

  it('says what an impossible date should be, not the pattern', async () => {
    const { diagnostics, problems } = await editAndCheck('learning/experiments/fel-datum.yaml', experiment('status: planned\nstart: 2026-02-30\n'));
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.message).toBe('A date that exists, written YYYY-MM-DD, e.g. 2026-03-14 (not 2026-02-30, not 14/3/2026).');
      expect(diagnostic.range.start.line + 1).toBe(7);
    }
    expect(problems).toMatchObject([{ rule: 'invalid-date', line: 7 }]);
  });

  it('agrees with check that a done experiment needs a result, in check’s words', async () => {
    const { diagnostics, problems } = await editAndCheck('learning/experiments/klar-utan-resultat.yaml', experiment('status: done\n'));
    expect(problems.filter((problem) => problem.severity === 'error')).toMatchObject([{ rule: 'done-without-result' }]);
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([problems[0]!.message]);
    const fixed = await editAndCheck(
      'learning/experiments/klar-med-resultat.yaml',
      experiment('status: done\nresult:\n  summary: Åtta av tio ville se färjan\n  outcome: supports\n'),
    );
    // Only check has the graph: it warns that no insight draws on the done experiment yet, which is no schema error.
    expect([fixed.diagnostics, fixed.problems.map((problem) => problem.rule)]).toEqual([[], ['experiment-without-insight']]);
  });

  it('reads merge keys as check does: merged fields count, and a wrong merged value is found by check', async () => {
    const defaults = 'x-standard: &standard\n  method: panel\n  owner: Team Färja\n';
    const good = `${modeline}\n${defaults}kind: experiment\ntitle: Sammanslagen\ntests: [${HYPOTHESIS_ID}]\n<<: *standard\nstatus: planned\n`;
    expect(await editAndCheck('learning/experiments/sammanslagen.yaml', good)).toMatchObject({ diagnostics: [], problems: [] });
    const bad = good.replace('method: panel', 'method: enkät');
    const { diagnostics, problems } = await editAndCheck('learning/experiments/sammanslagen-fel.yaml', bad);
    // The schema leaves method open, as the config may add methods; check holds it to the catalogue.
    expect(diagnostics).toEqual([]);
    expect(problems).toMatchObject([{ rule: 'invalid-value', line: 8, message: expect.stringContaining('"enkät"') }]);
  });

  it('applies init --vscode’s mapping to a .yml record written by hand, without the schema line', async () => {
    const { diagnostics, problems } = await editAndCheck(
      'learning/hypotheses/handskriven.yml',
      'kind: hypothesis\ntitle: Handskriven\nstatement: Vi tror\nstatus: stängd\n',
    );
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([expect.stringContaining('Valid values: "open", "testing"')]);
    expect(diagnostics[0]!.range.start.line + 1).toBe(4);
    expect(problems).toMatchObject([{ rule: 'invalid-value', line: 4 }]);
  });
});
