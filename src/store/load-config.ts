// Reads and validates hypo.config.yaml. Never throws for bad content: problems come
// back as data with file, line and column, and the caller decides what to do.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAME, ConfigSchema, configKeysAt, defaultConfig, type HypoConfig } from '../model/config-schema.js';
import { describeSchemaIssue } from '../model/describe-schema-issue.js';
import { HypoError } from '../model/hypo-error.js';
import type { Problem } from '../model/problem.js';
import { problemAt } from '../model/problem.js';
import { withoutExtensions } from '../model/schemas.js';
import { decodeRecordBytes, fileTooLarge, MAX_RECORD_BYTES } from './decode-text.js';
import { parseYamlMapping } from './parse-yaml.js';
import { readAtMost } from './read-bounded.js';

export interface LoadedConfig {
  config: HypoConfig;
  /** Path relative to the repository root, when a config file was read. */
  file?: string;
  problems: Problem[];
}

/** The config, or a `config-invalid` error naming every problem's file, line and column. */
export async function loadValidConfig(repoRoot: string, configFile: string | undefined): Promise<LoadedConfig> {
  const loaded = await loadConfig(repoRoot, configFile);
  if (loaded.problems.length > 0) {
    const details = loaded.problems.map((p) => `  ${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n');
    throw new HypoError('config-invalid', `the config file is not valid:\n${details}`, {
      hint: `fix ${CONFIG_FILE_NAME}; every key is optional, an empty file means the defaults`,
    });
  }
  return loaded;
}

export async function loadConfig(repoRoot: string, configFile: string | undefined): Promise<LoadedConfig> {
  if (!configFile) return { config: defaultConfig(), problems: [] };
  const file = path.relative(repoRoot, configFile).split(path.sep).join('/');
  try {
    // Like the records, the config is read only from inside the repository, links or not.
    const [real, realRoot] = await Promise.all([realpath(configFile), realpath(repoRoot)]);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
      return {
        config: defaultConfig(),
        file,
        problems: [
          {
            file,
            line: 1,
            column: 1,
            severity: 'error',
            rule: 'bad-link',
            message: 'the config file links outside the repository; hypo does not follow it: copy the file in instead',
          },
        ],
      };
    }
  } catch (error) {
    return unreadableConfig(file, (error as NodeJS.ErrnoException).code ?? 'EIO');
  }
  // Read like a record: a regular file, at most MAX_RECORD_BYTES; a FIFO or a huge sparse file is a problem, never a hang.
  const read = readAtMost(configFile, MAX_RECORD_BYTES);
  if (read.tooLarge !== undefined) return { config: defaultConfig(), file, problems: [fileTooLarge(read.tooLarge, file)] };
  if (!read.bytes) return unreadableConfig(file, read.unreadable);
  const decoded = decodeRecordBytes(read.bytes, file);
  if (decoded.problem) return { config: defaultConfig(), file, problems: [decoded.problem] };
  return parseConfigText(decoded.text, file);
}

function unreadableConfig(file: string, reason: string): LoadedConfig {
  return {
    config: defaultConfig(),
    file,
    problems: [{ file, line: 1, column: 1, severity: 'error', rule: 'unreadable-file', message: `the config file cannot be read (${reason})` }],
  };
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
