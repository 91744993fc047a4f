// `code-matches-nothing`: a `code:` glob that matches no tracked file is a warning at its
// list item, one per glob, with the tracked folder it likely meant; a glob that matches,
// and any glob when no tracked files are given (no git), says nothing.
import { describe, expect, it } from 'vitest';
import { codeIndex } from '../../src/model/code-globs.js';
import { buildGraph } from '../../src/model/graph.js';
import type { Problem } from '../../src/model/problem.js';
import { checkRepository } from '../../src/rules/check-repository.js';
import { checkCodeGlobs, codeGlobsMayApply } from '../../src/rules/code-matches-nothing.js';
import { loadFiles } from '../helpers/load-files.js';
import { EXPERIMENT, HYPOTHESIS, INSIGHT } from '../helpers/records.js';

const H = 'learning/hypotheses/riders-want-realtime.yaml';

const TRACKED = [
  'src/checkout/payment-step.ts',
  'src/checkout/guest/gästköp.ts',
  'src/betalning/swish/swish-knapp.ts',
  'src/färja/position.ts',
  'src/åkattraktioner/index.ts',
  'README.md',
  '.github/workflows/ci.yml',
];

function run(files: Record<string, string>, tracked: readonly string[] = TRACKED): Problem[] {
  const loaded = loadFiles(files);
  for (const file of loaded) expect(file.problems, file.file).toEqual([]);
  return checkCodeGlobs(loaded, buildGraph(loaded), codeIndex(tracked));
}

/** The hypothesis (four lines) with these `code:` items from line 6 on. */
const withCode = (...globs: string[]) => `${HYPOTHESIS}code:\n${globs.map((glob) => `  - ${glob}\n`).join('')}`;

describe('code-matches-nothing', () => {
  it('fires on a misspelled folder, at the list item, naming the glob and the folder it likely meant', () => {
    expect(run({ [H]: withCode('src/chekout/**') })).toEqual([
      {
        file: H,
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 19,
        severity: 'warning',
        rule: 'code-matches-nothing',
        message: '"src/chekout/**" matches no file git tracks (did you mean "src/checkout/**"?): fix the glob, or remove it if the code is gone',
      },
    ]);
  });

  it('says nothing of globs that match: folders, files, dotfiles, Swedish names', () => {
    expect(
      run({
        [H]: withCode(
          'src/checkout/**',
          'src/checkout/guest/gästköp.ts',
          'src/färja/**',
          'src/åkattraktioner/*.ts',
          '.github/**',
          '"**/*.md"',
          'src/{checkout,x}/**',
        ),
      }),
    ).toEqual([]);
  });

  it('reports each glob that matches nothing, at its own item, and only those', () => {
    const problems = run({ [H]: withCode('src/checkout/**', 'src/farja/**', 'src/betalning/swish/**', 'src/biljetter/offline/**') });
    expect(problems.map((problem) => [problem.line, problem.column, problem.message])).toEqual([
      [7, 5, '"src/farja/**" matches no file git tracks (did you mean "src/färja/**"?): fix the glob, or remove it if the code is gone'],
      [9, 5, '"src/biljetter/offline/**" matches no file git tracks: fix the glob, or remove it if the code is gone'],
    ]);
  });

  it('points at items of a flow list, quoted ones included', () => {
    const text = `${HYPOTHESIS}code: [src/checkout/**, "src/akattraktioner/**"]\n`;
    expect(run({ [H]: text })).toEqual([
      expect.objectContaining({
        line: 5,
        column: 25,
        message: '"src/akattraktioner/**" matches no file git tracks (did you mean "src/åkattraktioner/**"?): fix the glob, or remove it if the code is gone',
      }),
    ]);
  });

  it('checks every kind of record', () => {
    const files = {
      'learning/hypotheses/riders-want-realtime.yaml': HYPOTHESIS,
      'learning/experiments/departures-panel.yaml': `${EXPERIMENT}code: [src/panel/**]\n`,
      'learning/insights/riders-plan-at-home.yaml': `${INSIGHT}code: [src/planering/**]\n`,
    };
    expect(run(files).map((problem) => `${problem.file}:${problem.line}:${problem.column}`)).toEqual([
      'learning/experiments/departures-panel.yaml:6:8',
      'learning/insights/riders-plan-at-home.yaml:4:8',
    ]);
  });

  it('suggests the `/**` a tracked folder named alone lacks, and nothing far from every tracked name', () => {
    const [folder, far] = run({ [H]: withCode('src/checkout', 'lib/**') });
    expect(folder!.message).toContain('(did you mean "src/checkout/**"?)');
    expect(far!.message).toBe('"lib/**" matches no file git tracks: fix the glob, or remove it if the code is gone');
  });

  it('fires on every glob when git tracks no file at all', () => {
    expect(run({ [H]: withCode('src/**') }, [])).toEqual([expect.objectContaining({ line: 6, column: 5, rule: 'code-matches-nothing' })]);
  });

  it('runs in checkRepository only with the tracked files, as a warning that fails only --strict', () => {
    const loaded = loadFiles({ [H]: withCode('src/chekout/**') });
    const graph = buildGraph(loaded);
    const input = { files: loaded, problems: [], graph, config: { quality: { level: 'off' as const } } };
    expect(checkRepository(input).problems).toEqual([]);
    const checked = checkRepository({ ...input, trackedCode: codeIndex(TRACKED) });
    expect(checked).toMatchObject({ ok: true, errors: 0, warnings: 1, problems: [{ rule: 'code-matches-nothing', severity: 'warning' }] });
    expect(checkRepository({ ...input, trackedCode: codeIndex(TRACKED) }, { strict: true }).ok).toBe(false);
  });

  it('applies only when some record names code, so that git is not asked otherwise', () => {
    const without = loadFiles({ [H]: HYPOTHESIS, 'learning/hypotheses/b.yaml': `${HYPOTHESIS}code: []\n` });
    expect(codeGlobsMayApply(buildGraph(without))).toBe(false);
    const withGlobs = loadFiles({ [H]: withCode('src/**') });
    expect(codeGlobsMayApply(buildGraph(withGlobs))).toBe(true);
  });
});
