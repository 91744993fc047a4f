// hypo init and VS Code: the schema mapping in .vscode/settings.json, added with
// --vscode or after a yes in a terminal, merged into what is there, never clobbering.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { scriptedPrompter } from '../helpers/scripted-prompter.js';
import { makeRepo } from '../helpers/temp-repo.js';

const SCHEMAS = {
  'node_modules/hypo/schemas/hypothesis.schema.json': ['learning/hypotheses/*.yaml', 'learning/hypotheses/*.yml'],
  'node_modules/hypo/schemas/experiment.schema.json': ['learning/experiments/*.yaml', 'learning/experiments/*.yml'],
  'node_modules/hypo/schemas/insight.schema.json': ['learning/insights/*.yaml', 'learning/insights/*.yml'],
};

const settingsOf = (root: string) => readFileSync(path.join(root, '.vscode/settings.json'), 'utf8');

/** A terminal on both ends, answering from a script. */
async function inTerminal(root: string, answers: Record<string, string>) {
  const prompter = scriptedPrompter(answers);
  let stdout = '';
  const result = await runCli(['-C', root, 'init'], { stdinIsTTY: true, stdout: { write: (text: string) => (stdout += text), isTTY: true }, prompter });
  return { ...result, stdout, asked: prompter.asked };
}

describe('hypo init --vscode', () => {
  it('creates .vscode/settings.json mapping each kind’s schema to its folder', async () => {
    const dir = makeRepo({}, { config: false }).root;
    const result = await runCli(['-C', dir, 'init', '--vscode']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Created hypo.config.yaml, .*\nNext: .*\nCreated .vscode\/settings.json: yaml.schemas maps the record schemas to learning\/\n$/,
    );
    expect(JSON.parse(settingsOf(dir))).toEqual({ 'yaml.schemas': SCHEMAS });
  });

  it('merges into existing settings, keeping comments, trailing commas, other settings and other globs', async () => {
    const existing = `{
    // Our editor settings.
    "editor.tabSize": 4, // team rule
    "yaml.schemas": {
        "./ci.schema.json": "ci/*.yaml",
        "node_modules/hypo/schemas/hypothesis.schema.json": "docs/*.yaml",
    },
}
`;
    const repo = makeRepo({ '.vscode/settings.json': existing });
    const result = await runCli(['-C', repo.root, 'init', '--vscode']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/\nUpdated \.vscode\/settings\.json: yaml\.schemas maps the record schemas to learning\/\n$/);
    const text = settingsOf(repo.root);
    expect(text).toContain('    // Our editor settings.\n    "editor.tabSize": 4, // team rule\n');
    expect(parse(text, [], { allowTrailingComma: true })).toEqual({
      'editor.tabSize': 4,
      'yaml.schemas': {
        './ci.schema.json': 'ci/*.yaml',
        ...SCHEMAS,
        'node_modules/hypo/schemas/hypothesis.schema.json': ['docs/*.yaml', 'learning/hypotheses/*.yaml', 'learning/hypotheses/*.yml'],
      },
    });
    const again = await runCli(['-C', repo.root, 'init', '--vscode']);
    expect(again.stdout).toBe('.vscode/settings.json maps the record schemas already\n');
    expect(settingsOf(repo.root)).toBe(text);
  });

  it('uses the configured records folder', async () => {
    const repo = makeRepo({}, { config: 'root: docs/learning\n' });
    expect((await runCli(['-C', repo.root, 'init', '--vscode'])).code).toBe(0);
    const schemas = (JSON.parse(settingsOf(repo.root)) as { 'yaml.schemas': Record<string, string[]> })['yaml.schemas'];
    expect(Object.values(schemas).map((globs) => globs[0])).toEqual([
      'docs/learning/hypotheses/*.yaml',
      'docs/learning/experiments/*.yaml',
      'docs/learning/insights/*.yaml',
    ]);
  });

  it('adds the .yml glob to a mapping that has only the .yaml one', async () => {
    const old = '{ "yaml.schemas": { "node_modules/hypo/schemas/insight.schema.json": "learning/insights/*.yaml" } }\n';
    const repo = makeRepo({ '.vscode/settings.json': old });
    expect((await runCli(['-C', repo.root, 'init', '--vscode'])).code).toBe(0);
    const schemas = (JSON.parse(settingsOf(repo.root)) as { 'yaml.schemas': Record<string, string[]> })['yaml.schemas'];
    expect(schemas['node_modules/hypo/schemas/insight.schema.json']).toEqual(['learning/insights/*.yaml', 'learning/insights/*.yml']);
  });

  it('in an npm-workspaces monorepo, points at the hypo hoisted to the top', async () => {
    const repo = makeRepo(
      {
        'package.json': '{ "name": "resor", "workspaces": ["apps/*"] }\n',
        'node_modules/hypo/package.json': '{ "name": "hypo" }\n',
        'apps/travel/package.json': '{ "name": "travel" }\n',
      },
      { config: false, git: true },
    );
    const app = path.join(repo.root, 'apps/travel');
    expect((await runCli(['-C', app, 'init', '--vscode'])).code).toBe(0);
    const schemas = (JSON.parse(settingsOf(app)) as { 'yaml.schemas': Record<string, string[]> })['yaml.schemas'];
    expect(Object.keys(schemas)).toEqual([
      '../../node_modules/hypo/schemas/hypothesis.schema.json',
      '../../node_modules/hypo/schemas/experiment.schema.json',
      '../../node_modules/hypo/schemas/insight.schema.json',
    ]);
    const created = await runCli(['-C', app, 'new', 'hypothesis', 'Resenärer vill boka om', '--statement', 'Vi tror det, eftersom tiderna ändras']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const record = readFileSync(path.join(app, 'learning/hypotheses/resenarer-vill-boka-om.yaml'), 'utf8');
    expect(record.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../../node_modules/hypo/schemas/hypothesis.schema.json');
    expect(readFileSync(path.join(app, 'hypo.config.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/node_modules\/hypo\/schemas\/config\.schema\.json\n/,
    );
  });

  it('refuses a settings file it cannot read, naming where, and writes nothing at all', async () => {
    const broken = '{\n  "editor.tabSize": 4\n  "files.eol": "\\n"\n}\n';
    const dir = makeRepo({ '.vscode/settings.json': broken }, { config: false }).root;
    const result = await runCli(['-C', dir, 'init', '--vscode']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hypo: .vscode/settings.json:3:3: cannot read it (CommaExpected); nothing was changed');
    expect(result.stderr).toContain('hint: fix .vscode/settings.json (comments and trailing commas are fine)');
    expect(settingsOf(dir)).toBe(broken);
    expect(existsSync(path.join(dir, 'hypo.config.yaml'))).toBe(false);
  });

  it('refuses settings that are not an object', async () => {
    const repo = makeRepo({ '.vscode/settings.json': '[1, 2]\n' });
    const result = await runCli(['-C', repo.root, 'init', '--vscode']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.vscode/settings.json does not hold an object of settings; nothing was changed');
  });
});

describe('hypo init and VS Code, without the flag', () => {
  it('asks in a terminal, and maps the schemas on yes', async () => {
    const dir = makeRepo({}, { config: false }).root;
    const result = await inTerminal(dir, { 'Map the record schemas': 'yes' });
    expect(result.code).toBe(0);
    expect(result.asked).toEqual(["Map the record schemas for VS Code's YAML extension in .vscode/settings.json?"]);
    expect(JSON.parse(settingsOf(dir))).toEqual({ 'yaml.schemas': SCHEMAS });
    // Mapped already: nothing to ask the second time.
    expect(await inTerminal(dir, {})).toMatchObject({ code: 0, asked: [] });
  });

  it('changes nothing on no', async () => {
    const dir = makeRepo({}, { config: false }).root;
    const result = await inTerminal(dir, { 'Map the record schemas': 'no' });
    expect(result.code).toBe(0);
    expect(existsSync(path.join(dir, '.vscode'))).toBe(false);
  });

  it('without a terminal changes nothing and says how', async () => {
    const dir = makeRepo({}, { config: false }).root;
    const result = await runCli(['-C', dir, 'init']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('VS Code: hypo init --vscode maps the record schemas in .vscode/settings.json\n');
    expect(existsSync(path.join(dir, '.vscode'))).toBe(false);
  });
});
