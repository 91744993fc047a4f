// hypo init: a commented hypo.config.yaml and the records folders, here, and on
// request the schema mapping in .vscode/settings.json.
// Never overwrites: a second run changes nothing and says so.

import { CONFIG_FILE_NAME } from '../model/config-schema.js';
import { HypoError } from '../model/hypo-error.js';
import {
  assertVscodeSettingsReadable,
  initRepository,
  mapVscodeSchemas,
  planInit,
  planVscodeSchemas,
  VSCODE_SETTINGS_FILE,
} from '../operations/init-repository.js';
import { type Context, EXIT_OK, isInteractive } from './context.js';

export interface InitOptions {
  /** Map the record schemas in .vscode/settings.json without asking. */
  vscode?: boolean;
}

export async function runInit(ctx: Context, options: InitOptions = {}): Promise<number> {
  const here = ctx.cwd;
  // Everything is read and asked before anything is written: Ctrl-C at the question leaves
  // the folder as it was, and a settings file that cannot be read is refused first.
  if (options.vscode) await assertVscodeSettingsReadable(here);
  const plan = await planInit(here);
  const editor = await chooseVscodeSettings(ctx, here, plan.root, options, plan.created.length > 0);
  const { created, root } = await initRepository(here, ctx.faults);
  const editorLine = editor.map ? await mapVscode(here, root) : editor.line;
  if (created.length === 0 && editorLine === undefined) {
    ctx.stdout.write(`Nothing to do: ${CONFIG_FILE_NAME} and ${root}/ are already here.\n`);
    return EXIT_OK;
  }
  if (created.length > 0) ctx.stdout.write(`Created ${created.join(', ')}\nNext: hypo new hypothesis "Your first belief about customers"\n`);
  if (editorLine !== undefined) ctx.stdout.write(`${editorLine}\n`);
  return EXIT_OK;
}

/**
 * The editor step, decided before anything is written: with --vscode, map the schemas; in a
 * terminal, ask; otherwise change nothing and, on a first run, say how (`line`).
 */
async function chooseVscodeSettings(
  ctx: Context,
  here: string,
  root: string,
  options: InitOptions,
  firstRun: boolean,
): Promise<{ map: boolean; line?: string }> {
  if (options.vscode) return { map: true };
  if (!isInteractive(ctx))
    return firstRun ? { map: false, line: `VS Code: hypo init --vscode maps the record schemas in ${VSCODE_SETTINGS_FILE}` } : { map: false };
  // Ask only when there is something to add, and never about a file that cannot be merged into.
  try {
    if ((await planVscodeSchemas(here, root)) === 'none') return { map: false };
  } catch (error) {
    if (error instanceof HypoError) return { map: false, line: `VS Code: ${error.message}; ${error.hint ?? ''}`.replace(/; $/, '') };
    throw error;
  }
  const yes = await ctx.prompter.confirm({ message: `Map the record schemas for VS Code's YAML extension in ${VSCODE_SETTINGS_FILE}?`, default: true });
  return { map: yes };
}

async function mapVscode(here: string, root: string): Promise<string> {
  const change = await mapVscodeSchemas(here, root);
  if (change === 'none') return `${VSCODE_SETTINGS_FILE} maps the record schemas already`;
  return `${change === 'create' ? 'Created' : 'Updated'} ${VSCODE_SETTINGS_FILE}: yaml.schemas maps the record schemas to ${root}/`;
}
