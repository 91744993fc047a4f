// hypo init: a commented hypo.config.yaml and the records folders, here, and on
// request the schema mapping in .vscode/settings.json.
// Never overwrites: a second run changes nothing and says so.

import { CONFIG_FILE_NAME } from '../model/config-schema.js';
import { HypoError } from '../model/hypo-error.js';
import {
  assertNotNested,
  assertVscodeSettingsReadable,
  initRepository,
  mapVscodeSchemas,
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
  assertNotNested(here);
  // --vscode with a settings file that cannot be read: refuse before anything is written.
  if (options.vscode) await assertVscodeSettingsReadable(here);
  const { created, root } = await initRepository(here, ctx.faults);
  const editor = await offerVscodeSettings(ctx, here, root, options, created.length > 0);
  if (created.length === 0 && editor === undefined) {
    ctx.stdout.write(`Nothing to do: ${CONFIG_FILE_NAME} and ${root}/ are already here.\n`);
    return EXIT_OK;
  }
  if (created.length > 0) ctx.stdout.write(`Created ${created.join(', ')}\nNext: hypo new hypothesis "Your first belief about customers"\n`);
  if (editor !== undefined) ctx.stdout.write(`${editor}\n`);
  return EXIT_OK;
}

/**
 * The editor step: with --vscode, map the schemas; in a terminal, ask first; otherwise
 * change nothing and, on a first run, say how. Returns the line to print, if any.
 */
async function offerVscodeSettings(ctx: Context, here: string, root: string, options: InitOptions, firstRun: boolean): Promise<string | undefined> {
  if (!options.vscode) {
    if (!isInteractive(ctx)) return firstRun ? `VS Code: hypo init --vscode maps the record schemas in ${VSCODE_SETTINGS_FILE}` : undefined;
    // Ask only when there is something to add, and never about a file that cannot be merged into.
    try {
      if ((await planVscodeSchemas(here, root)) === 'none') return undefined;
    } catch (error) {
      if (error instanceof HypoError) return `VS Code: ${error.message}; ${error.hint ?? ''}`.replace(/; $/, '');
      throw error;
    }
    const yes = await ctx.prompter.confirm({ message: `Map the record schemas for VS Code's YAML extension in ${VSCODE_SETTINGS_FILE}?`, default: true });
    if (!yes) return undefined;
  }
  const change = await mapVscodeSchemas(here, root);
  if (change === 'none') return `${VSCODE_SETTINGS_FILE} maps the record schemas already`;
  return `${change === 'create' ? 'Created' : 'Updated'} ${VSCODE_SETTINGS_FILE}: yaml.schemas maps the record schemas to ${root}/`;
}
