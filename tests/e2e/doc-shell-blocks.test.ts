// Every shell block of README.md and docs/*.md is run as a reader would run it, in order, so
// that the docs cannot drift from what hypo does. A doc's blocks share one repository: it starts
// as a copy of the bundled example (its records at the root, the example itself under examples/,
// origin/main at its first commit); a block that starts with `hypo init` starts a new, empty one.
// Each block is committed after it runs, as a person would. `hypo` lines run in process; lines
// that need a shell (pipes, redirections, `$(…)`) run in bash with `hypo` and `npx hypo` on PATH.
// A block that cannot run offline says so, with its reason, in a comment the reader never sees:
// `<!-- not run: … -->` on the line before it. `<!-- file: NAME -->` before any block makes that
// block's text a file the doc's commands use (a CSV to import).
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Prompter } from '../../src/commands/context.js';
import { runCli, TEST_ENV } from '../helpers/run-cli.js';
import { shellWords } from '../helpers/shell-words.js';
import { BIN } from '../helpers/spawn-hypo.js';
import { GIT_ENV, makeRepo, makeTempDir, type TempRepo } from '../helpers/temp-repo.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

interface Block {
  info: string;
  text: string;
  /** The `<!-- not run: … -->` or `<!-- file: … -->` comment on the line before the fence. */
  note?: { kind: 'not run' | 'file'; value: string };
  line: number;
}

function blocksOf(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)(`{3,})(\S*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith(`${indent}${fence}`); i++) body.push(lines[i]!.slice(indent!.length));
    const before = lines
      .slice(0, start)
      .reverse()
      .find((line) => line.trim() !== '');
    const comment = /^\s*<!-- (not run|file): (.+?) -->\s*$/.exec(before ?? '');
    blocks.push({
      info: info!,
      text: body.join('\n'),
      line: start + 1,
      ...(comment ? { note: { kind: comment[1] as 'not run' | 'file', value: comment[2]! } } : {}),
    });
  }
  return blocks;
}

const isShell = (block: Block) => ['sh', 'bash', 'shell'].includes(block.info);

/** The block's command lines: continuations joined, blank and comment-only lines dropped. */
function commandLines(text: string): string[] {
  return text
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** A line a shell must run: an operator outside quotes. */
function needsShell(line: string): boolean {
  const unquoted = line.replace(/"[^"]*"|'[^']*'/g, '""').replace(/\s#.*$/, '');
  return /[|<>;&`]|\$\(/.test(unquoted);
}

/** What a person at a terminal answers: the default, else something valid. */
const PERSON: Prompter = {
  input: async (options) => options.default ?? (/statement/i.test(options.message) ? 'Vi tror att de vill se färjan i realtid' : 'svar'),
  select: async (options) => options.default ?? options.choices[0]!.value,
  checkbox: async () => [],
  confirm: async (options) => options.default ?? true,
};

/** `hypo` and `npx hypo` on PATH run the build under test; `npx` of anything else would need the registry. */
function shimFolder(): string {
  const dir = makeTempDir('hypo-shims-', 'file');
  writeFileSync(path.join(dir, 'hypo'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  writeFileSync(
    path.join(dir, 'npx'),
    `#!/bin/sh\nif [ "$1" = hypo ]; then shift; exec "${process.execPath}" "${BIN}" "$@"; fi\necho "npx $1 needs the npm registry" >&2; exit 127\n`,
  );
  chmodSync(path.join(dir, 'hypo'), 0o755);
  chmodSync(path.join(dir, 'npx'), 0o755);
  return dir;
}

/** A repository as a doc's reader has it: `fresh` is empty, else a copy of the bundled example. */
function startRepository(fresh: boolean): TempRepo {
  const repo = makeRepo({}, { git: true, config: false });
  cpSync(path.join(ROOT, 'examples'), path.join(repo.root, 'examples'), { recursive: true });
  if (!fresh) cpSync(path.join(ROOT, 'examples/transit-app'), repo.root, { recursive: true });
  repo.git('config', 'user.name', 'Elin Lindqvist');
  repo.git('config', 'user.email', 'elin@example.se');
  commitAll(repo);
  return repo;
}

function commitAll(repo: TempRepo): void {
  repo.commit('what the doc did', '2026-11-24');
  // `--since origin/main` in a doc: the branch point is the repository's first commit.
  if (spawnSync('git', ['rev-parse', '--verify', '-q', 'refs/remotes/origin/main'], { cwd: repo.root }).status !== 0) {
    repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  }
}

/** Commands that report findings may exit 1 on the doc's records; any other (a write refused, a shell line) must succeed. */
function allowedExits(line: string): number[] {
  if (needsShell(line)) return [0];
  const words = shellWords(line);
  const command = words[words[0] === 'npx' ? 2 : 1];
  const args = words.slice(words[0] === 'npx' ? 3 : 2);
  const reading = command === 'check' || command === 'stale' || command === 'affected' || (command === '-C' && args[1] === 'check');
  return reading ? [0, 1] : [0];
}

interface Ran {
  line: string;
  code: number;
  stderr: string;
}

async function runLine(line: string, repo: TempRepo, shims: string, home: string): Promise<Ran> {
  if (!needsShell(line)) {
    const words = shellWords(line);
    const args = words[0] === 'npx' ? words.slice(1) : words;
    if (args[0] === 'hypo') {
      // "asks … in a terminal": a person at a terminal answers.
      const asks = /#.*\b(asks|terminal)\b/.test(line);
      const result = await runCli(args.slice(1), { cwd: repo.root, ...(asks ? { stdinIsTTY: true, prompter: PERSON } : {}) }, { tty: asks });
      return { line, code: result.code, stderr: result.stderr };
    }
  }
  const result = spawnSync('bash', ['-c', line], {
    cwd: repo.root,
    env: { ...TEST_ENV, ...GIT_ENV, PATH: `${shims}:${process.env.PATH}`, HOME: home, NO_COLOR: '1', HYPO_CACHE: '0' },
    encoding: 'utf8',
  });
  return { line, code: result.status ?? -1, stderr: result.stderr };
}

/** Each doc with the blocks it has; docs without a shell block (api.md shows TypeScript) have nothing to run. */
const WITH_SHELL = DOCS.map((doc) => ({ doc, blocks: blocksOf(readFileSync(path.join(ROOT, doc), 'utf8')) })).filter(({ blocks }) => blocks.some(isShell));

describe.each(WITH_SHELL)('$doc', ({ doc, blocks }) => {
  const shellBlocks = blocks.filter(isShell);

  it('runs every shell block as written: every command succeeds (check, stale and affected may find problems), and the records left pass check', async () => {
    const shims = shimFolder();
    const home = makeTempDir('hypo-home-');
    let repo = startRepository(false);
    const files = blocks.filter((block) => block.note?.kind === 'file');
    const writeFiles = () => {
      for (const block of files) repo.write(block.note!.value, `${block.text}\n`);
    };
    writeFiles();
    for (const block of shellBlocks) {
      if (block.note?.kind === 'not run') {
        expect(block.note.value.length, `${doc}:${block.line}: say why the block is not run`).toBeGreaterThan(10);
        continue;
      }
      const lines = commandLines(block.text);
      if (/^(npx )?hypo init\b/.test(lines[0] ?? '')) {
        repo = startRepository(true);
        writeFiles();
      }
      for (const line of lines) {
        const ran = await runLine(line, repo, shims, home);
        expect(ran.stderr, `${doc}:${block.line}: ${line}`).not.toMatch(/unexpected error|^\s+at /m);
        expect(allowedExits(line), `${doc}:${block.line}: ${line} exited ${ran.code}: ${ran.stderr}`).toContain(ran.code);
      }
      commitAll(repo);
    }
    // What the doc's commands wrote are records check accepts.
    if (existsSync(path.join(repo.root, 'learning'))) {
      const check = await runCli(['check'], { cwd: repo.root });
      expect(check.code, `${doc}: check after its blocks:\n${check.stdout}${check.stderr}`).toBe(0);
    }
  });
});

describe('the doc blocks this test reads', () => {
  it('finds the blocks of every doc, and every block it skips says why', () => {
    const all = DOCS.flatMap((doc) => blocksOf(readFileSync(path.join(ROOT, doc), 'utf8')).map((block) => ({ doc, block })));
    expect(all.filter(({ block }) => isShell(block)).length).toBeGreaterThan(15);
    for (const { doc, block } of all) if (block.note?.kind === 'not run') expect(isShell(block), `${doc}:${block.line}`).toBe(true);
    mkdirSync(makeTempDir(), { recursive: true });
  });
});
