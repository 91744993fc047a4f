// `hypo init`: a commented hypo.config.yaml and the records folders, and on request the
// schema mapping in .vscode/settings.json. Never overwrites: a second run changes nothing.
import path from 'node:path';
import { CONFIG_FILE_NAME, DEFAULT_ROOT, DEFAULT_STALE_AFTER_DAYS } from '../model/config-schema.js';
import { HypoError } from '../model/hypo-error.js';
import { KIND_FOLDERS } from '../model/vocabulary.js';
import { findRepoRoot } from '../store/find-repo-root.js';
import { loadConfig } from '../store/load-config.js';
import { createFileIfMissing, createFolderIfMissing, existsUnder } from '../store/scaffold.js';
import { type SchemaBounds, schemaPathFor } from '../store/schema-location.js';
import { addSchemasToVscodeSettings, planVscodeSettings, readVscodeSettings, type SettingsPlan, schemaGlobs } from '../store/vscode-settings.js';
import type { WriteFaults } from '../store/write-faults.js';

export { VSCODE_SETTINGS_FILE } from '../store/vscode-settings.js';

/** The config file `init` writes; `schemaPath` leads from its folder to config.schema.json. */
export const configTemplate = (schemaPath: string): string => `# yaml-language-server: $schema=${schemaPath}
# hypo configuration. Every key is optional; these are the defaults.

# The folder that holds the records (hypotheses/, experiments/, insights/).
root: ${DEFAULT_ROOT}

# An open hypothesis older than this many days is stale: test it or retire it.
stale_after_days: ${DEFAULT_STALE_AFTER_DAYS}

# The customer-journey stages, in order; records name one in \`journey:\`,
# and hypo check warns about any other. Empty: any stage goes.
# journey: [upptäcka, planera, köpa, resa, efter resan]
# A stage may also be a mapping: its phase (before, during or after the
# service is used) and its touchpoints, which records name in \`touchpoint:\`:
#   - name: köpa
#     phase: during
#     touchpoints: [kassan, biljettautomaten]
journey: []

# The customer segments or personas; records name one in \`segment:\`,
# and hypo check warns about any other.
# segments: [pendlare, färjeresenärer, turister]

# The sprint cadence, for reports: numbered sprints of a fixed length …
# sprints:
#   start: 2026-01-05
#   length_days: 14
# … or named sprints:
# sprints:
#   - { name: "Sprint 1", start: 2026-01-05, end: 2026-01-16 }
`;

export interface InitResult {
  /** What was created, as shown to the user (`hypo.config.yaml`, `learning/hypotheses/`). */
  created: string[];
  /** The records folder, from the config. */
  root: string;
}

/** Refuses a folder inside another hypo repository: its records would belong to that one. */
export function assertNotNested(here: string): void {
  const found = findRepoRoot(here);
  if (found.configFile && path.dirname(found.configFile) !== here) {
    throw new HypoError('already-initialised', `${found.configFile} exists already: this folder is inside that hypo repository`, {
      hint: `run hypo init in a folder outside ${path.dirname(found.configFile)}, or use the existing one`,
    });
  }
}

/**
 * What `initRepository` would create here, read without writing anything, so that a command
 * can ask its questions first and a cancelled run leaves the folder as it was.
 */
export async function planInit(here: string): Promise<InitResult> {
  assertNotNested(here);
  const hasConfig = existsUnder(here, CONFIG_FILE_NAME);
  const root = hasConfig ? await configuredRoot(here) : DEFAULT_ROOT;
  const folders = Object.values(KIND_FOLDERS).filter((folder) => !existsUnder(here, path.join(root, folder)));
  return { created: [...(hasConfig ? [] : [CONFIG_FILE_NAME]), ...folders.map((folder) => `${root}/${folder}/`)], root };
}

/** Creates what is missing here: the config file, then the records folders. */
export async function initRepository(here: string, faults?: WriteFaults): Promise<InitResult> {
  assertNotNested(here);
  const created: string[] = [];
  const template = configTemplate(schemaPathFor('config', here, schemaBounds(here)));
  if (await createFileIfMissing(here, CONFIG_FILE_NAME, template, faults)) created.push(CONFIG_FILE_NAME);
  const root = await configuredRoot(here);
  for (const folder of Object.values(KIND_FOLDERS)) {
    if (await createFolderIfMissing(here, path.join(root, folder), faults)) created.push(`${root}/${folder}/`);
  }
  return { created, root };
}

/** The records folder the config here names; a config that cannot be read is refused. */
async function configuredRoot(here: string): Promise<string> {
  const loaded = await loadConfig(here, path.join(here, CONFIG_FILE_NAME));
  if (loaded.problems.length > 0) {
    const first = loaded.problems[0]!;
    throw new HypoError('config-invalid', `${first.file}:${first.line}:${first.column}: ${first.message}`, { hint: `fix ${CONFIG_FILE_NAME} first` });
  }
  return loaded.config.root;
}

/** What mapping the schemas in .vscode/settings.json would do; throws (settings-invalid) for a file that cannot be merged into. */
export async function planVscodeSchemas(here: string, root: string): Promise<SettingsPlan['change']> {
  return planVscodeSettings(await readVscodeSettings(here), vscodeGlobs(here, root)).change;
}

/** Checks that .vscode/settings.json can be merged into, before anything else is written. */
export async function assertVscodeSettingsReadable(here: string): Promise<void> {
  planVscodeSettings(await readVscodeSettings(here), {});
}

/** Maps the record schemas for VS Code's YAML extension; returns what happened. */
export function mapVscodeSchemas(here: string, root: string): Promise<SettingsPlan['change']> {
  return addSchemasToVscodeSettings(here, vscodeGlobs(here, root));
}

/** The schema mapping for the workspace `here`: paths from it to the hypo Node loads there. */
function vscodeGlobs(here: string, root: string): Record<string, string[]> {
  const bounds = schemaBounds(here);
  return schemaGlobs(root, (kind) => schemaPathFor(kind, here, bounds));
}

/** Init makes `here` the repository root; the git top level may lie above it (a monorepo). */
function schemaBounds(here: string): SchemaBounds {
  const { gitRoot } = findRepoRoot(here);
  return gitRoot ? { root: here, gitRoot } : { root: here };
}
