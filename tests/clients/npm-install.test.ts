// hypo installed the ways the README gives while it has no registry release: from its git
// repository at a tag into a project, globally from the tarball `npm pack` makes of the git URL,
// and from a tarball packed in a clone; and `npm install -g <git url>`, which npm cannot build
// (npm/cli#8440), fails at once saying so. Each is npm itself, on the bare repository of the
// checkout under test; they run side by side.
import { readFileSync, realpathSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { VALID_FILES } from '../helpers/records.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';
import { mustSucceed, runClient } from './client-process.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { url, tag, version } = inject('hypoGit');

const BROKEN = {
  'learning/hypotheses/pendlare.yaml': 'kind: hypothesis\ntitle: Pendlare vill ha påminnelser\nstatement: Vi tror att pendlare glömmer\nstatus: kanske\n',
};
const BROKEN_MESSAGE = 'learning/hypotheses/pendlare.yaml:4:9 error status must be one of';

// The cases run at once, so their folders last until the file ends: a folder removed after one case would go under another.

/** A project with a package.json and three valid records, the way a team starts using hypo. */
function consumerProject() {
  const repo = makeRepo(VALID_FILES, { lifetime: 'file' });
  repo.write('package.json', `${JSON.stringify({ name: 'konsument', version: '1.0.0', private: true }, null, 2)}\n`);
  return repo;
}

const npm = (args: string[], cwd: string) => mustSucceed('npm', args, { cwd });

/** `npx --no --`: the project's own hypo or a failure, never a package of that name fetched from the registry (and its --version, not npm's). */
const npx = (args: string[], cwd: string) => runClient('npx', ['--no', '--', 'hypo', ...args], { cwd });

describe.concurrent('npm installs hypo', () => {
  it(`into a project from git at a tag: npm install -D git+file://…#${tag}`, async () => {
    const project = consumerProject();
    await npm(['install', '--save-dev', `git+${url}#${tag}`], project.root);
    const saved = JSON.parse(readFileSync(path.join(project.root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
    expect(saved.devDependencies?.hypo).toBe(`git+${url}#${tag}`);
    expect((await npx(['--version'], project.root)).stdout.trim()).toBe(version);
    const clean = await npx(['check'], project.root);
    expect(clean.code, clean.output).toBe(0);
    project.write('learning/hypotheses/pendlare.yaml', BROKEN['learning/hypotheses/pendlare.yaml']);
    const broken = await npx(['check'], project.root);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(BROKEN_MESSAGE);
  });

  it(`for every project: npm pack git+file://…#${tag}, then npm install -g --prefix <folder> ./hypo-${version}.tgz`, async () => {
    const here = makeTempDir('hypo-packed-', 'file');
    await npm(['pack', `git+${url}#${tag}`], here);
    const tarball = path.join(here, `hypo-${version}.tgz`);
    expect(statSync(tarball).isFile()).toBe(true);
    const prefix = makeTempDir('hypo-global-', 'file');
    const project = consumerProject();
    await npm(['install', '--global', '--prefix', prefix, tarball], project.root);
    const hypo = path.join(prefix, 'bin', 'hypo');
    expect((await runClient(hypo, ['--version'], { cwd: project.root })).stdout.trim()).toBe(version);
    // --version answers before any dependency loads; check imports them all.
    const clean = await runClient(hypo, ['check'], { cwd: project.root });
    expect(clean.code, clean.output).toBe(0);
    project.write('learning/hypotheses/pendlare.yaml', BROKEN['learning/hypotheses/pendlare.yaml']);
    expect((await runClient(hypo, ['check'], { cwd: project.root })).stdout).toContain(BROKEN_MESSAGE);
  });

  it('npm install -g git+file://… stops at once, saying the two commands that work (npm/cli#8440)', async () => {
    const prefix = makeTempDir('hypo-global-', 'file');
    const failed = await runClient('npm', ['install', '--global', '--prefix', prefix, `git+${url}`], { cwd: consumerProject().root });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('npm pack <git url>');
    expect(failed.output).toContain('npm install -g ./hypo-<version>.tgz');
    expect(statSync(path.join(prefix, 'bin', 'hypo'), { throwIfNoEntry: false })).toBeUndefined();
  });

  it('from the tarball npm pack makes in a clone, without building it again', async () => {
    const clone = path.join(makeTempDir('hypo-clone-', 'file'), 'hypo');
    await mustSucceed('git', ['clone', '-q', '--branch', tag, url, clone], { cwd: ROOT });
    // The clone's `npm install`, as the lock file has it: this checkout's own packages, installed by `npm ci`.
    symlinkSync(realpathSync(path.join(ROOT, 'node_modules')), path.join(clone, 'node_modules'));
    const packed = await npm(['pack'], clone);
    // Only the tarball's name on stdout (.npmrc keeps the prepare step's output off it): pre-commit reads it.
    expect(packed.stdout).toBe(`hypo-${version}.tgz\n`);
    const project = consumerProject();
    await npm(['install', '--save-dev', path.join(clone, `hypo-${version}.tgz`)], project.root);
    expect(statSync(path.join(project.root, 'node_modules', 'typescript'), { throwIfNoEntry: false })).toBeUndefined();
    expect((await npx(['--version'], project.root)).stdout.trim()).toBe(version);
    const clean = await npx(['check'], project.root);
    expect(clean.code, clean.output).toBe(0);
  });
});
