// The config's word lists: a hypothesis' journey and segment outside them are warnings at
// the value, with a suggestion that ignores case and diacritics; without a list, nothing.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.js';
import { compareProblems } from '../../src/model/problem.js';
import { checkChanges } from '../../src/rules/check-changes.js';
import { checkRepository } from '../../src/rules/check-repository.js';
import { checkVocabulary, type Vocabulary } from '../../src/rules/check-vocabulary.js';
import { loadFile, loadFiles } from '../helpers/load-files.js';
import { EXPERIMENT, HYPOTHESIS, INSIGHT, VALID_FILES } from '../helpers/records.js';

const JOURNEY = ['upptäcka', 'planera', 'köpa', 'resa', 'efter resan'];
const SEGMENTS = ['pendlare', 'färjeresenärer', 'turister och sommarbesökare'];
const CONFIG: Vocabulary = { journey: JOURNEY, segments: SEGMENTS };
const FILE = 'learning/hypotheses/h.yaml';

/** A hypothesis with these extra lines after the four of HYPOTHESIS (so they start at line 5). */
function hypothesis(...lines: string[]): string {
  return `${HYPOTHESIS}${lines.map((line) => `${line}\n`).join('')}`;
}

function check(text: string, vocabulary: Vocabulary | undefined = CONFIG) {
  return checkVocabulary(loadFiles({ [FILE]: text }), vocabulary).sort(compareProblems);
}

describe('checkVocabulary: journey stages', () => {
  it('accepts a stage written as configured', () => {
    expect(check(hypothesis('journey: köpa', 'segment: pendlare'))).toEqual([]);
    expect(check(hypothesis('journey: efter resan'))).toEqual([]);
  });

  it('warns at the value, suggesting the stage with å, ä and ö: kopa → köpa', () => {
    expect(check(hypothesis('segment: pendlare', 'journey: kopa'))).toEqual([
      {
        file: FILE,
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 14,
        severity: 'warning',
        rule: 'unknown-journey-stage',
        message: 'journey "kopa" is not one of the journey stages in hypo.config.yaml (did you mean "köpa"?)',
      },
    ]);
  });

  it('suggests the configured spelling when only case differs', () => {
    const [upper] = check(hypothesis('journey: KÖPA'));
    expect(upper).toMatchObject({ line: 5, column: 10, rule: 'unknown-journey-stage', severity: 'warning' });
    expect(upper!.message).toBe('journey "KÖPA" is not one of the journey stages in hypo.config.yaml (did you mean "köpa"?)');
    expect(check(hypothesis('journey: Planera'))[0]!.message).toContain('(did you mean "planera"?)');
    expect(check(hypothesis('journey: Efter Resan'))[0]!.message).toContain('(did you mean "efter resan"?)');
  });

  it('points at a quoted value and a value in a flow mapping', () => {
    expect(check(hypothesis('journey: "Resa"'))[0]).toMatchObject({ line: 5, column: 10, endColumn: 16 });
    expect(check(hypothesis('x-notes: {}', 'journey:   upptacka  # a comment'))[0]).toMatchObject({
      line: 6,
      column: 12,
      endColumn: 20,
      message: 'journey "upptacka" is not one of the journey stages in hypo.config.yaml (did you mean "upptäcka"?)',
    });
  });

  it('gives no suggestion for a stage far from every configured one', () => {
    expect(check(hypothesis('journey: betalning'))).toEqual([
      expect.objectContaining({
        line: 5,
        column: 10,
        rule: 'unknown-journey-stage',
        message: 'journey "betalning" is not one of the journey stages in hypo.config.yaml: use one of them, or add it to the list',
      }),
    ]);
  });
});

describe('checkVocabulary: segments', () => {
  it('warns at the value, with the same suggestions', () => {
    const problems = check(hypothesis('segment: farjeresenarer', 'journey: resa'));
    expect(problems).toEqual([
      {
        file: FILE,
        line: 5,
        column: 10,
        endLine: 5,
        endColumn: 24,
        severity: 'warning',
        rule: 'unknown-segment',
        message: 'segment "farjeresenarer" is not one of the segments in hypo.config.yaml (did you mean "färjeresenärer"?)',
      },
    ]);
    expect(check(hypothesis('segment: Pendlare'))[0]!.message).toContain('(did you mean "pendlare"?)');
    expect(check(hypothesis('segment: Turister och sommarbesokare'))[0]!.message).toContain('(did you mean "turister och sommarbesökare"?)');
  });

  it('gives no suggestion for a segment far from every configured one', () => {
    expect(check(hypothesis('segment: lastbilsförare'))).toEqual([
      expect.objectContaining({
        line: 5,
        column: 10,
        rule: 'unknown-segment',
        message: 'segment "lastbilsförare" is not one of the segments in hypo.config.yaml: use one of them, or add it to the list',
      }),
    ]);
  });

  it('reports journey and segment of one record each at its own line', () => {
    const problems = check(hypothesis('segment: pendlar', 'journey: köp'));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.rule}`)).toEqual(['5:10 unknown-segment', '6:10 unknown-journey-stage']);
  });
});

describe('checkVocabulary: what it leaves alone', () => {
  it('checks nothing without the config keys, or with empty lists', () => {
    const text = hypothesis('segment: anyone', 'journey: anywhere');
    expect(checkVocabulary(loadFiles({ [FILE]: text }), undefined)).toEqual([]);
    expect(check(text, {})).toEqual([]);
    expect(check(text, { journey: [], segments: [] })).toEqual([]);
  });

  it('checks only the lists the config gives', () => {
    const text = hypothesis('segment: anyone', 'journey: anywhere');
    expect(check(text, { journey: JOURNEY }).map((p) => p.rule)).toEqual(['unknown-journey-stage']);
    expect(check(text, { segments: SEGMENTS }).map((p) => p.rule)).toEqual(['unknown-segment']);
  });

  it('leaves a value that is no text to the schema, and extension keys alone', () => {
    expect(check(hypothesis('journey: [köpa]', 'segment: 3'))).toEqual([]);
    expect(check(`${EXPERIMENT}x-journey: kopa\n`)).toEqual([]);
  });

  it('still checks a hypothesis with other errors', () => {
    const problems = check('kind: hypothesis\ntitle: T\nstatus: testin\njourney: kopa\n');
    expect(problems).toEqual([expect.objectContaining({ line: 4, column: 10, rule: 'unknown-journey-stage' })]);
  });
});

describe('checkRepository with the config', () => {
  const files = { ...VALID_FILES, 'learning/hypotheses/h.yaml': hypothesis('journey: kopa') };

  it('counts the warnings, ok unless strict', () => {
    const loaded = loadFiles(files);
    const input = { files: loaded, problems: [], graph: buildGraph(loaded), config: CONFIG };
    const result = checkRepository(input);
    expect(result).toMatchObject({ ok: true, errors: 0, warnings: 1 });
    expect(result.problems[0]).toMatchObject({ file: FILE, line: 5, column: 10, rule: 'unknown-journey-stage' });
    expect(checkRepository(input, { strict: true }).ok).toBe(false);
    expect(checkRepository({ ...input, config: undefined }).problems).toEqual([]);
  });

  it('reports them in a changed file, as a write would', () => {
    const loaded = loadFiles(VALID_FILES);
    const current = { files: loaded, problems: [], graph: buildGraph(loaded), config: CONFIG };
    const findings = checkChanges(current, [loadFile(FILE, hypothesis('segment: turister'))]);
    expect(findings.inChanged).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 5,
        column: 10,
        severity: 'warning',
        rule: 'unknown-segment',
        message: 'segment "turister" is not one of the segments in hypo.config.yaml (did you mean "turister och sommarbesökare"?)',
      }),
    ]);
    expect(findings.newElsewhere).toEqual([]);
  });
});

/** Stages in both forms: köpa and resa list touchpoints, planera lists none, upptäcka is a name alone. */
const SHAPED: Vocabulary = {
  journey: [
    'upptäcka',
    { name: 'planera', phase: 'before' },
    { name: 'köpa', phase: 'during', touchpoints: ['kassan', 'biljettautomaten'] },
    { name: 'resa', phase: 'during', touchpoints: ['ombord', 'bryggan', 'realtidskartan'] },
    { name: 'efter resan', phase: 'after', touchpoints: ['kvitto', 'periodkortsförnyelse'] },
  ],
};

describe('checkVocabulary: journey stages written as mappings', () => {
  it('checks a stage name against the mappings’ names too', () => {
    expect(check(hypothesis('journey: köpa'), SHAPED)).toEqual([]);
    expect(check(hypothesis('journey: planer'), SHAPED)[0]).toMatchObject({
      rule: 'unknown-journey-stage',
      message: 'journey "planer" is not one of the journey stages in hypo.config.yaml (did you mean "planera"?)',
    });
  });

  it('checks the journey of experiments and insights as of hypotheses', () => {
    const experiment = check(`${EXPERIMENT}journey: kopa\n`, SHAPED);
    expect(experiment).toEqual([expect.objectContaining({ line: 6, column: 10, rule: 'unknown-journey-stage', severity: 'warning' })]);
    expect(experiment[0]!.message).toBe('journey "kopa" is not one of the journey stages in hypo.config.yaml (did you mean "köpa"?)');
    expect(check(`${INSIGHT}journey: Resa\n`, SHAPED)).toEqual([expect.objectContaining({ line: 4, column: 10, rule: 'unknown-journey-stage' })]);
    expect(check(`${EXPERIMENT}journey: resa\ntouchpoint: ombord\n`, SHAPED)).toEqual([]);
    expect(check(`${INSIGHT}journey: efter resan\ntouchpoint: kvitto\n`, SHAPED)).toEqual([]);
  });
});

describe('checkVocabulary: touchpoints', () => {
  it('accepts a touchpoint its stage lists', () => {
    expect(check(hypothesis('journey: köpa', 'touchpoint: kassan'), SHAPED)).toEqual([]);
    expect(check(hypothesis('journey: efter resan', 'touchpoint: periodkortsförnyelse'), SHAPED)).toEqual([]);
  });

  it('warns at the touchpoint’s value about one its stage does not list, suggesting the listed one: perodkortsfornyelse → periodkortsförnyelse', () => {
    expect(check(hypothesis('journey: efter resan', 'touchpoint: perodkortsfornyelse'), SHAPED)).toEqual([
      {
        file: FILE,
        line: 6,
        column: 13,
        endLine: 6,
        endColumn: 32,
        severity: 'warning',
        rule: 'unknown-touchpoint',
        message:
          'touchpoint "perodkortsfornyelse" is not one of the touchpoints of the journey stage "efter resan" in hypo.config.yaml (did you mean "periodkortsförnyelse"?)',
      },
    ]);
    expect(check(`${EXPERIMENT}journey: resa\ntouchpoint: Bryggan\n`, SHAPED)[0]!.message).toContain('(did you mean "bryggan"?)');
  });

  it('names the stage’s touchpoints when none is close', () => {
    expect(check(hypothesis('journey: köpa', 'touchpoint: kundtjänst'), SHAPED)[0]!.message).toBe(
      'touchpoint "kundtjänst" is not one of the touchpoints of the journey stage "köpa" in hypo.config.yaml: use one of kassan, biljettautomaten, or add it to the stage\'s touchpoints',
    );
  });

  it('checks a touchpoint only against the stage named: another stage’s touchpoint is unknown here', () => {
    expect(check(hypothesis('journey: köpa', 'touchpoint: ombord'), SHAPED).map((p) => p.rule)).toEqual(['unknown-touchpoint']);
  });

  it('takes any touchpoint where the stage lists none', () => {
    expect(check(hypothesis('journey: planera', 'touchpoint: reseplaneraren'), SHAPED)).toEqual([]);
    expect(check(hypothesis('journey: upptäcka', 'touchpoint: hållplatsskylt'), SHAPED)).toEqual([]);
  });

  it('leaves the touchpoint of a stage the config does not have to unknown-journey-stage', () => {
    expect(check(hypothesis('journey: kopa', 'touchpoint: kasan'), SHAPED).map((p) => p.rule)).toEqual(['unknown-journey-stage']);
  });

  it('warns about a touchpoint with no journey stage, naming the stage that lists it', () => {
    expect(check(`${INSIGHT}touchpoint: kassan\n`, SHAPED)).toEqual([
      expect.objectContaining({
        line: 4,
        column: 13,
        rule: 'unknown-touchpoint',
        severity: 'warning',
        message: 'touchpoint "kassan" names no journey stage: add journey: köpa',
      }),
    ]);
    expect(check(`${INSIGHT}touchpoint: kundtjänst\n`, SHAPED)[0]!.message).toBe(
      'touchpoint "kundtjänst" names no journey stage: add the journey stage it belongs to',
    );
  });

  it('checks no touchpoint without journey stages in the config, nor one that is no text', () => {
    expect(check(hypothesis('touchpoint: anywhere'), {})).toEqual([]);
    expect(check(hypothesis('journey: köpa', 'touchpoint: [kassan]'), SHAPED)).toEqual([]);
  });
});
