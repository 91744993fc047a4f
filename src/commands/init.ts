// hypo init: a commented hypo.config.yaml and the records folders, here.
// Never overwrites: a second run changes nothing and says so.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from '../cli/context.js';
import { CONFIG_FILE_NAME, DEFAULT_ROOT, DEFAULT_STALE_AFTER_DAYS } from '../model/config-schema.js';
import { KIND_FOLDERS } from '../model/vocabulary.js';
import { commitChanges } from '../store/commit-changes.js';
import { findRepoRoot } from '../store/find-repo-root.js';
import { loadConfig } from '../store/load-config.js';
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

export async function runInit(ctx: Context): Promise<number> {
  const found = findRepoRoot(ctx.cwd);
  const here = ctx.cwd;
  if (found.configFile && path.dirname(found.configFile) !== here) {
    throw new HypoError('already-initialised', `${found.configFile} exists already: this folder is inside that hypo repository`, {
      hint: `run hypo init in a folder outside ${path.dirname(found.configFile)}, or use the existing one`,
    });
  }
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
  if (created.length === 0) {
    ctx.stdout.write(`Nothing to do: ${CONFIG_FILE_NAME} and ${root}/ are already here.\n`);
    return 0;
  }
  ctx.stdout.write(`Created ${created.join(', ')}\nNext: hypo new hypothesis "Your first belief about customers"\n`);
  return 0;
}
