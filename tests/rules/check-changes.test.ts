import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.js';
import type { Problem } from '../../src/model/problem.js';
import { checkChanges } from '../../src/rules/check-changes.js';
import { type CheckInput, checkRepository } from '../../src/rules/check-repository.js';
import { loadFile, loadFiles } from '../helpers/load-files.js';
import { EXPERIMENT, HYPOTHESIS, INSIGHT, VALID_FILES } from '../helpers/records.js';

// VALID_FILES: the hypothesis riders-want-realtime, the experiment departures-panel
// testing it and the insight riders-plan-at-home about it.
const HYPOTHESIS_FILE = 'learning/hypotheses/riders-want-realtime.yaml';
const EXPERIMENT_FILE = 'learning/experiments/departures-panel.yaml';
const INSIGHT_FILE = 'learning/insights/riders-plan-at-home.yaml';

function repository(files: Record<string, string>, problems: Problem[] = []): CheckInput {
  const loaded = loadFiles(files);
  // The quality group has tests of its own (check-quality.test.ts): off here, so each case shows only the rule it is about.
  return { files: loaded, problems, graph: buildGraph(loaded), config: { quality: { level: 'off' } } };
}

/** A problem as one line: where, how bad, which rule. */
const brief = (problem: Problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.rule}`;
const briefly = (findings: { inChanged: Problem[]; newElsewhere: Problem[] }) => ({
  inChanged: findings.inChanged.map(brief),
  newElsewhere: findings.newElsewhere.map(brief),
});

const DONE = (outcome: string) =>
  `kind: experiment\ntitle: Panel on departures\ntests: [riders-want-realtime]\nmethod: panel\nstatus: done\nresult:\n  summary: s\n  outcome: ${outcome}\n`;

describe('checkChanges: the changed files', () => {
  it('finds nothing when the change leaves the repository clean', () => {
    const changed = [
      loadFile(EXPERIMENT_FILE, EXPERIMENT.replace('status: planned', 'status: running')),
      loadFile('learning/hypotheses/new-one.yaml', HYPOTHESIS),
    ];
    expect(checkChanges(repository(VALID_FILES), changed)).toEqual({ inChanged: [], newElsewhere: [] });
  });

  it('reports every problem of a changed file, warnings as well as errors', () => {
    const text = 'kind: experiment\ntitle: Panel on departures\ntests: [riders-want-realtim]\nmethod: panel\nstatus: done\nresult:\n  summary: s\n';
    const findings = checkChanges(repository(VALID_FILES), [loadFile(EXPERIMENT_FILE, text)]);
    expect(findings).toEqual({
      inChanged: [
        {
          file: EXPERIMENT_FILE,
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 28,
          severity: 'error',
          rule: 'unknown-reference',
          message: 'tests names "riders-want-realtim", but no record has that id (did you mean "riders-want-realtime"?)',
        },
        {
          file: EXPERIMENT_FILE,
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 7,
          severity: 'warning',
          rule: 'done-without-outcome',
          message: 'the experiment is done but its result has no outcome (supports, refutes or inconclusive)',
        },
      ],
      newElsewhere: [],
    });
  });

  it('reports the problems a changed file already had, not only new ones', () => {
    // Editing a file does not make its old errors someone else's: they are the change's to fix.
    const broken = `${HYPOTHESIS}colour: red\n`;
    const findings = checkChanges(repository({ ...VALID_FILES, [HYPOTHESIS_FILE]: broken }), [
      loadFile(HYPOTHESIS_FILE, broken.replace('status: open', 'status: testing')),
    ]);
    expect(briefly(findings)).toEqual({ inChanged: [`${HYPOTHESIS_FILE}:5:1 error unknown-field`], newElsewhere: [] });
  });

  it('judges the new version of a file, not the one it replaces', () => {
    const current = repository({ ...VALID_FILES, [HYPOTHESIS_FILE]: `${HYPOTHESIS}colour: red\n` });
    expect(checkChanges(current, [loadFile(HYPOTHESIS_FILE, HYPOTHESIS)])).toEqual({ inChanged: [], newElsewhere: [] });
  });

  it('reports a reference to a record of the wrong kind in the changed file', () => {
    const findings = checkChanges(repository(VALID_FILES), [loadFile(EXPERIMENT_FILE, EXPERIMENT.replace('[riders-want-realtime]', '[riders-plan-at-home]'))]);
    expect(briefly(findings)).toEqual({ inChanged: [`${EXPERIMENT_FILE}:3:9 error wrong-reference-kind`], newElsewhere: [] });
  });
});

describe('checkChanges: new problems elsewhere', () => {
  it('reports the references a deleted record leaves broken, in the files that hold them', () => {
    const findings = checkChanges(repository(VALID_FILES), [], new Set([HYPOTHESIS_FILE]));
    expect(findings).toEqual({
      inChanged: [],
      newElsewhere: [
        {
          file: EXPERIMENT_FILE,
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 29,
          severity: 'error',
          rule: 'unknown-reference',
          message: 'tests names "riders-want-realtime", but no record has that id',
        },
        {
          file: INSIGHT_FILE,
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 34,
          severity: 'error',
          rule: 'unknown-reference',
          message: 'hypotheses names "riders-want-realtime", but no record has that id',
        },
      ],
    });
  });

  it('reports a rename that leaves references behind, suggesting the new id', () => {
    const findings = checkChanges(repository(VALID_FILES), [loadFile('learning/hypotheses/riders-want-live.yaml', HYPOTHESIS)], new Set([HYPOTHESIS_FILE]));
    expect(findings.inChanged).toEqual([]);
    expect(findings.newElsewhere.map((problem) => [problem.file, problem.message])).toEqual([
      [EXPERIMENT_FILE, 'tests names "riders-want-realtime", but no record has that id (did you mean "riders-want-live"?)'],
      [INSIGHT_FILE, 'hypotheses names "riders-want-realtime", but no record has that id (did you mean "riders-want-live"?)'],
    ]);
  });

  it('reports a duplicate id in the added file and, as new, in the file that had the id first', () => {
    const added = 'learning/insights/riders-want-realtime.yaml';
    const findings = checkChanges(repository(VALID_FILES), [loadFile(added, INSIGHT)]);
    expect(findings).toEqual({
      inChanged: [
        {
          file: added,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'duplicate-id',
          message: `the id "riders-want-realtime" is also used by ${HYPOTHESIS_FILE}: ids are unique across all kinds, rename one of the files`,
        },
      ],
      newElsewhere: [
        {
          file: HYPOTHESIS_FILE,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'duplicate-id',
          message: `the id "riders-want-realtime" is also used by ${added}: ids are unique across all kinds, rename one of the files`,
        },
      ],
    });
  });

  it('reports the references a duplicate takes over when it sorts before the record they meant', () => {
    // The graph keeps the first file by path: here the new insight, so "tests" now names an insight.
    const findings = checkChanges(repository(VALID_FILES), [loadFile('learning/a/riders-want-realtime.yaml', INSIGHT)]);
    expect(briefly(findings)).toEqual({
      inChanged: ['learning/a/riders-want-realtime.yaml:1:1 error duplicate-id'],
      newElsewhere: [
        `${EXPERIMENT_FILE}:3:9 error wrong-reference-kind`,
        `${HYPOTHESIS_FILE}:1:1 error duplicate-id`,
        `${INSIGHT_FILE}:4:14 error wrong-reference-kind`,
      ],
    });
  });

  it('leaves out the warnings a change causes elsewhere', () => {
    // The hypothesis is supported by a done experiment and an insight draws on it: no problems.
    const files = {
      ...VALID_FILES,
      [HYPOTHESIS_FILE]: HYPOTHESIS.replace('status: open', 'status: supported'),
      [EXPERIMENT_FILE]: DONE('supports'),
      'learning/insights/from-panel.yaml': `${INSIGHT}from: [departures-panel]\n`,
    };
    expect(checkRepository(repository(files)).problems).toEqual([]);
    // Running again: the hypothesis is now supported without evidence and the insight draws on an experiment not done.
    const running = EXPERIMENT.replace('status: planned', 'status: running');
    expect(checkRepository(repository({ ...files, [EXPERIMENT_FILE]: running })).problems.map(brief)).toEqual([
      `${HYPOTHESIS_FILE}:4:9 warning status-without-evidence`,
      'learning/insights/from-panel.yaml:4:8 warning experiment-not-done',
    ]);
    expect(checkChanges(repository(files), [loadFile(EXPERIMENT_FILE, running)])).toEqual({ inChanged: [], newElsewhere: [] });
  });

  it('does not report again the errors other files had before the change', () => {
    const files = {
      ...VALID_FILES,
      'learning/experiments/orphan.yaml': EXPERIMENT.replace('[riders-want-realtime]', '[nobody-at-all]'),
      'learning/hypotheses/odd.yaml': `${HYPOTHESIS}colour: red\n`,
    };
    const findings = checkChanges(repository(files), [loadFile(INSIGHT_FILE, `${INSIGHT}hypotheses: [riders-want-realtime]\nowner: Åsa\n`)]);
    expect(findings).toEqual({ inChanged: [], newElsewhere: [] });
  });

  it('reports nothing for a change that fixes an error elsewhere', () => {
    const current = repository({ ...VALID_FILES, 'learning/experiments/e.yaml': EXPERIMENT.replace('[riders-want-realtime]', '[riders-want-cheaper]') });
    expect(checkChanges(current, [loadFile('learning/hypotheses/riders-want-cheaper.yaml', HYPOTHESIS)])).toEqual({ inChanged: [], newElsewhere: [] });
  });

  it('does not report problems found outside the record files that were there before', () => {
    const badLink: Problem = { file: 'learning/link.yaml', line: 1, column: 1, severity: 'error', rule: 'bad-link', message: 'outside' };
    const findings = checkChanges(repository(VALID_FILES, [badLink]), [loadFile('learning/hypotheses/new-one.yaml', HYPOTHESIS)]);
    expect(findings).toEqual({ inChanged: [], newElsewhere: [] });
  });
});
