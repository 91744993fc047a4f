// The config file's text, read as hypo.config.yaml is always read: only from inside the
// repository, a regular file of at most MAX_RECORD_BYTES, decoded like a record. Apart
// from the parser and the schemas, so that a run whose config is in the cache never loads
// them. Never throws for bad content: a file that cannot be read is a problem.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../model/config-defaults.js';
import { HypoError } from '../model/hypo-error.js';
import type { Problem } from '../model/problem.js';
import { decodeRecordBytes, fileTooLarge, MAX_RECORD_BYTES } from './decode-text.js';
import { readAtMost } from './read-bounded.js';

/** The text to parse, or the problem that kept it from being read; file is relative to the root. */
export type ConfigText = { file: string; text: string } | { file: string; problems: Problem[] };

export async function readConfigText(repoRoot: string, configFile: string): Promise<ConfigText> {
  const file = path.relative(repoRoot, configFile).split(path.sep).join('/');
  try {
    // Like the records, the config is read only from inside the repository, links or not.
    const [real, realRoot] = await Promise.all([realpath(configFile), realpath(repoRoot)]);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
      return {
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
  if (read.tooLarge !== undefined) return { file, problems: [fileTooLarge(read.tooLarge, file)] };
  if (!read.bytes) return unreadableConfig(file, read.unreadable);
  const decoded = decodeRecordBytes(read.bytes, file);
  if (decoded.problem) return { file, problems: [decoded.problem] };
  return { file, text: decoded.text };
}

function unreadableConfig(file: string, reason: string): ConfigText {
  return { file, problems: [{ file, line: 1, column: 1, severity: 'error', rule: 'unreadable-file', message: `the config file cannot be read (${reason})` }] };
}

/** A `config-invalid` error naming every problem's file, line and column, when there are problems. */
export function throwIfInvalid(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const details = problems.map((p) => `  ${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n');
  throw new HypoError('config-invalid', `the config file is not valid:\n${details}`, {
    hint: `fix ${CONFIG_FILE_NAME}; every key is optional, an empty file means the defaults`,
  });
}
