// hypo init: a commented hypo.config.yaml and the records folders, here, and on
// request the schema mapping in .vscode/settings.json.
// Never overwrites: a second run changes nothing and says so.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Context, isInteractive } from '../cli/context.js';
import { CONFIG_FILE_NAME, DEFAULT_ROOT, DEFAULT_STALE_AFTER_DAYS } from '../model/config-schema.js';
import { KIND_FOLDERS } from '../model/vocabulary.js';
import { commitChanges } from '../store/commit-changes.js';
import { findRepoRoot } from '../store/find-repo-root.js';
import { loadConfig } from '../store/load-config.js';
import { addSchemasToVscodeSettings, planVscodeSettings, schemaGlobs, VSCODE_SETTINGS_FILE } from '../store/vscode-settings.js';
import { HypoError } from '../model/hypo-error.js';

export const CONFIG_TEMPLATE = `# yaml-language-server: $schema=node_modules/hypo/schemas/config.schema.json
# hypo configuration. Every key is optional; these are the defaults.

# The folder that holds the records (hypotheses/, experiments/, insights/).
root: ${DEFAULT_ROOT}

# An open hypothesis older than this many days is stale: test it or retire it.
stale_after_days: ${DEFAULT_STALE_AFTER_DAYS}

# The customer-journey stages, in order; records name one in \`journey:\`.
# journey: [upptäcka, planera, köpa, resa, efter resan]
journey: []

# The sprint cadence, for reports: numbered sprints of a fixed length …
# sprints:
#   start: 2026-01-05
#   length_days: 14
# … or named sprints:
# sprints:
#   - { name: "Sprint 1", start: 2026-01-05, end: 2026-01-16 }
`;

export interface InitOptions {
  /** Map the record schemas in .vscode/settings.json without asking. */
  vscode?: boolean;
}

export async function runInit(ctx: Context, options: InitOptions = {}): Promise<number> {
  const found = findRepoRoot(ctx.cwd);
  const here = ctx.cwd;
  if (found.configFile && path.dirname(found.configFile) !== here) {
    throw new HypoError('already-initialised', `${found.configFile} exists already: this folder is inside that hypo repository`, {
      hint: `run hypo init in a folder outside ${path.dirname(found.configFile)}, or use the existing one`,
    });
  }
  // --vscode with a settings file that cannot be read: refuse before anything is written.
  if (options.vscode) planVscodeSettings(await readVscodeSettings(here), {});
  const created: string[] = [];
  const configPath = path.join(here, CONFIG_FILE_NAME);
  if (!existsSync(configPath)) {
    await commitChanges(here, [{ action: 'create', file: CONFIG_FILE_NAME, content: CONFIG_TEMPLATE }]);
    created.push(CONFIG_FILE_NAME);
  }
  const loaded = await loadConfig(here, configPath);
  if (loaded.problems.length > 0) {
    const first = loaded.problems[0]!;
    throw new HypoError('config-invalid', `${first.file}:${first.line}:${first.column}: ${first.message}`, { hint: `fix ${CONFIG_FILE_NAME} first` });
  }
  const root = loaded.config.root;
  for (const folder of Object.values(KIND_FOLDERS)) {
    const absolute = path.join(here, root, folder);
    if (existsSync(absolute)) continue;
    await mkdir(absolute, { recursive: true });
    // git does not keep empty folders; the keep file makes the layout part of the first commit.
    await commitChanges(here, [{ action: 'create', file: path.join(root, folder, '.gitkeep'), content: '' }]);
    created.push(`${root}/${folder}/`);
  }
  const editor = await offerVscodeSettings(ctx, here, root, options, created.length > 0);
  if (created.length === 0 && editor === undefined) {
    ctx.stdout.write(`Nothing to do: ${CONFIG_FILE_NAME} and ${root}/ are already here.\n`);
    return 0;
  }
  if (created.length > 0) ctx.stdout.write(`Created ${created.join(', ')}\nNext: hypo new hypothesis "Your first belief about customers"\n`);
  if (editor !== undefined) ctx.stdout.write(`${editor}\n`);
  return 0;
}

/**
 * The editor step: with --vscode, map the schemas; in a terminal, ask first; otherwise
 * change nothing and, on a first run, say how. Returns the line to print, if any.
 */
async function offerVscodeSettings(ctx: Context, here: string, root: string, options: InitOptions, firstRun: boolean): Promise<string | undefined> {
  const globs = schemaGlobs(root);
  if (!options.vscode) {
    if (!isInteractive(ctx)) return firstRun ? `VS Code: hypo init --vscode maps the record schemas in ${VSCODE_SETTINGS_FILE}` : undefined;
    // Ask only when there is something to add, and never about a file that cannot be merged into.
    try {
      if (planVscodeSettings(await readVscodeSettings(here), globs).change === 'none') return undefined;
    } catch (error) {
      if (error instanceof HypoError) return `VS Code: ${error.message}; ${error.hint ?? ''}`.replace(/; $/, '');
      throw error;
    }
    const yes = await ctx.prompter.confirm({ message: `Map the record schemas for VS Code's YAML extension in ${VSCODE_SETTINGS_FILE}?`, default: true });
    if (!yes) return undefined;
  }
  const change = await addSchemasToVscodeSettings(here, globs);
  if (change === 'none') return `${VSCODE_SETTINGS_FILE} maps the record schemas already`;
  return `${change === 'create' ? 'Created' : 'Updated'} ${VSCODE_SETTINGS_FILE}: yaml.schemas maps the record schemas to ${root}/`;
}

function readVscodeSettings(here: string): Promise<string | undefined> {
  return readFile(path.join(here, VSCODE_SETTINGS_FILE), 'utf8').catch(() => undefined);
}
