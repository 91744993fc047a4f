// Reads and validates hypo.config.yaml. Never throws for bad content: problems come
// back as data with file, line and column, and the caller decides what to do.
import path from 'node:path';
import { ConfigSchema, configKeysAt, defaultConfig, type HypoConfig } from '../model/config-schema.js';
import { describeSchemaIssue } from '../model/describe-schema-issue.js';
import type { Problem } from '../model/problem.js';
import { problemAt } from '../model/problem.js';
import { withoutExtensions } from '../model/schemas.js';
import { parseYamlMapping } from './parse-yaml.js';
import { type ConfigText, readConfigText, throwIfInvalid } from './read-config-text.js';

export interface LoadedConfig {
  config: HypoConfig;
  /** Path relative to the repository root, when a config file was read. */
  file?: string;
  problems: Problem[];
}

/** The config, or a `config-invalid` error naming every problem's file, line and column. */
export async function loadValidConfig(repoRoot: string, configFile: string | undefined): Promise<LoadedConfig> {
  const loaded = await loadConfig(repoRoot, configFile);
  throwIfInvalid(loaded.problems);
  return loaded;
}

export async function loadConfig(repoRoot: string, configFile: string | undefined): Promise<LoadedConfig> {
  if (!configFile) return { config: defaultConfig(), problems: [] };
  return configFromText(await readConfigText(repoRoot, configFile));
}

/** The config of a text read, or the defaults with the problem that kept it from being read. */
export function configFromText(read: ConfigText): LoadedConfig {
  return 'text' in read ? parseConfigText(read.text, read.file) : { config: defaultConfig(), file: read.file, problems: read.problems };
}

export function parseConfigText(text: string, file: string): LoadedConfig {
  const parsed = parseYamlMapping(text, file);
  // A config file holding only comments means "all defaults".
  if (parsed.problems.length === 1 && parsed.problems[0]!.rule === 'empty-file') return { config: defaultConfig(), file, problems: [] };
  if (!parsed.data || !parsed.sourceMap) return { config: defaultConfig(), file, problems: parsed.problems };
  const located = { file, sourceMap: parsed.sourceMap };
  const result = ConfigSchema.safeParse(withoutExtensions(parsed.data), { reportInput: true });
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) =>
      describeSchemaIssue(issue, configKeysAt).map((described) =>
        problemAt(located, described.path, described.rule, described.message, { atKey: described.atKey }),
      ),
    );
    return { config: defaultConfig(), file, problems };
  }
  const config = result.data;
  if (path.isAbsolute(config.root) || path.normalize(config.root).split(path.sep).includes('..')) {
    return {
      config: defaultConfig(),
      file,
      problems: [problemAt(located, ['root'], 'invalid-value', `root must be a folder inside the repository — got "${config.root}"`)],
    };
  }
  return { config, file, problems: [] };
}
