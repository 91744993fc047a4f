// The bundled example, examples/transit-app, for tests that copy it. Its config says
// `lang: sv`: a test of the default language (English when nothing says otherwise) needs a
// copy whose config does not, and a test of `lang:` in the config compares the two.
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRepo, type TempRepo } from './temp-repo.js';

export const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));

/** The example config's own line, a line of its own at the top level. */
const LANG_LINE = /^lang: sv\n/m;

/**
 * The example's hypo.config.yaml without its `lang: sv` line: a team that never chose a
 * language. Throws when the line is gone, so that the tests built on it say why they fail.
 */
export function exampleConfigWithoutLang(): string {
  const config = readFileSync(path.join(EXAMPLE, 'hypo.config.yaml'), 'utf8');
  if (!LANG_LINE.test(config)) throw new Error('examples/transit-app/hypo.config.yaml no longer says `lang: sv`');
  return config.replace(LANG_LINE, '');
}

/** Copies the example into `root`; with `lang: false`, its config without the `lang: sv` line. */
export function copyExample(root: string, options: { lang?: boolean } = {}): void {
  cpSync(EXAMPLE, root, { recursive: true });
  if (options.lang === false) writeFileSync(path.join(root, 'hypo.config.yaml'), exampleConfigWithoutLang());
}

/** The example as a git repository of its own (not yet committed), with `git_history` on: its records' past read from git. */
export function exampleGitRepo(): TempRepo {
  const files: Record<string, string> = {};
  for (const file of readdirSync(EXAMPLE, { recursive: true, encoding: 'utf8' })) {
    const absolute = path.join(EXAMPLE, file);
    if (statSync(absolute).isFile() && file !== 'README.md') files[file.split(path.sep).join('/')] = readFileSync(absolute, 'utf8');
  }
  const config = files['hypo.config.yaml']!.replace(/^git_history: false\n/m, '');
  if (/^git_history:/m.test(config)) throw new Error('examples/transit-app/hypo.config.yaml no longer says `git_history: false` on a line of its own');
  delete files['hypo.config.yaml'];
  return makeRepo(files, { git: true, config });
}
