import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config-schema.js';
import { loadConfig, parseConfigText } from '../../src/store/load-config.js';
import { makeRepo } from '../helpers/temp-repo.js';

const FILE = 'hypo.config.yaml';

describe('loadConfig', () => {
  it('gives the defaults when there is no config file', async () => {
    expect(await loadConfig('/anywhere', undefined)).toEqual({ config: defaultConfig(), problems: [] });
  });

  it('reads a config file relative to the root', async () => {
    const repo = makeRepo({}, { config: 'stale_after_days: 14\n' });
    const loaded = await loadConfig(repo.root, `${repo.root}/hypo.config.yaml`);
    expect(loaded).toEqual({ config: { root: 'learning', git_history: true, stale_after_days: 14, act_within_days: 14 }, file: FILE, problems: [] });
  });

  it('reports a config file that is not UTF-8', async () => {
    const repo = makeRepo({}, { config: false });
    repo.write(FILE, Buffer.from([0x72, 0x6f, 0xff]));
    const loaded = await loadConfig(repo.root, `${repo.root}/${FILE}`);
    expect(loaded.problems).toEqual([expect.objectContaining({ rule: 'invalid-encoding', file: FILE })]);
    expect(loaded.config).toEqual(defaultConfig());
  });

  it('reports a config file that cannot be read', async () => {
    const repo = makeRepo({}, { config: false });
    const loaded = await loadConfig(repo.root, `${repo.root}/${FILE}`);
    expect(loaded.problems).toEqual([expect.objectContaining({ rule: 'unreadable-file', file: FILE })]);
  });
});

describe('parseConfigText', () => {
  it.each(['', '# nothing here yet\n', '\n'])('gives the defaults for %j', (text) => {
    expect(parseConfigText(text, FILE)).toEqual({ config: defaultConfig(), file: FILE, problems: [] });
  });

  it('reads every key', () => {
    const loaded = parseConfigText(
      'root: records\ngit_history: false\nstale_after_days: 7\nact_within_days: 10\njourney: [upptäcka, planera, köpa]\nsegments: [pendlare, turister]\n',
      FILE,
    );
    expect(loaded.problems).toEqual([]);
    expect(loaded.config).toEqual({
      root: 'records',
      git_history: false,
      stale_after_days: 7,
      act_within_days: 10,
      journey: ['upptäcka', 'planera', 'köpa'],
      segments: ['pendlare', 'turister'],
    });
  });

  it('rejects segments that are not a list of non-empty texts, at the item', () => {
    expect(parseConfigText('segments: pendlare\n', FILE).problems).toEqual([expect.objectContaining({ rule: 'wrong-type', line: 1, column: 11 })]);
    expect(parseConfigText("segments: [pendlare, '']\n", FILE).problems).toEqual([expect.objectContaining({ line: 1, column: 22 })]);
    expect(parseConfigText('segment: [pendlare]\n', FILE).problems[0]!.message).toContain('did you mean "segments"');
  });

  it('rejects an unknown key at its position, with a suggestion', () => {
    const loaded = parseConfigText('root: learning\nstale_after_day: 3\n', FILE);
    expect(loaded.problems).toEqual([expect.objectContaining({ rule: 'unknown-field', file: FILE, line: 2, column: 1, endColumn: 16 })]);
    expect(loaded.problems[0]!.message).toContain('did you mean "stale_after_days"');
    expect(loaded.config).toEqual(defaultConfig());
  });

  it('rejects a stale_after_days that is not a number', () => {
    const loaded = parseConfigText('stale_after_days: many\n', FILE);
    expect(loaded.problems).toEqual([expect.objectContaining({ rule: 'wrong-type', line: 1, column: 19 })]);
    expect(loaded.problems[0]!.message).toMatch(/^stale_after_days must be .* — got "many"$/);
  });

  it('rejects a stale_after_days that is not whole', () => {
    expect(parseConfigText('stale_after_days: 2.5\n', FILE).problems).toEqual([expect.objectContaining({ rule: 'wrong-type', line: 1, column: 19 })]);
  });

  it.each(['../outside', '/etc', 'learning/../../outside'])('rejects root %j outside the repository', (root) => {
    const loaded = parseConfigText(`root: ${root}\n`, FILE);
    expect(loaded.problems).toEqual([expect.objectContaining({ rule: 'invalid-value', line: 1, column: 7 })]);
    expect(loaded.problems[0]!.message).toBe(`root must be a folder inside the repository — got "${root}"`);
    expect(loaded.config.root).toBe('learning');
  });

  it('accepts a root that stays inside after normalising', () => {
    expect(parseConfigText('root: docs/../learning-records\n', FILE).problems).toEqual([]);
  });

  it('accepts numbered sprints', () => {
    const loaded = parseConfigText('sprints:\n  start: 2026-01-05\n  length_days: 14\n', FILE);
    expect(loaded.problems).toEqual([]);
    expect(loaded.config.sprints).toEqual({ start: '2026-01-05', length_days: 14 });
  });

  it('accepts named sprints', () => {
    const loaded = parseConfigText('sprints:\n  - name: Sprint 1\n    start: 2026-01-05\n    end: 2026-01-18\n', FILE);
    expect(loaded.problems).toEqual([]);
    expect(loaded.config.sprints).toEqual([{ name: 'Sprint 1', start: '2026-01-05', end: '2026-01-18' }]);
  });

  it('rejects an impossible date in a sprint, at the date', () => {
    const loaded = parseConfigText('sprints:\n  - name: Sprint 1\n    start: 2026-02-30\n    end: 2026-03-10\n', FILE);
    expect(loaded.problems).toEqual([expect.objectContaining({ rule: 'invalid-date', line: 3, column: 12 })]);
    expect(loaded.problems[0]!.message).toBe('sprints[0].start: "2026-02-30" is not a real calendar date');
  });

  it('reports YAML problems of the config text', () => {
    expect(parseConfigText('- a\n', FILE).problems).toEqual([expect.objectContaining({ rule: 'not-a-mapping' })]);
  });
});

describe('parseConfigText: journey stages', () => {
  const STAGES =
    'journey:\n  - upptäcka\n  - name: köpa\n    phase: during\n    touchpoints: [kassan, biljettautomaten]\n    description: Väljer biljett och betalar.\n';

  it('reads stages written as names and as mappings', () => {
    const loaded = parseConfigText(STAGES, FILE);
    expect(loaded.problems).toEqual([]);
    expect(loaded.config.journey).toEqual([
      'upptäcka',
      { name: 'köpa', phase: 'during', touchpoints: ['kassan', 'biljettautomaten'], description: 'Väljer biljett och betalar.' },
    ]);
  });

  it('rejects a phase outside before, during and after, at the value, with a suggestion', () => {
    const loaded = parseConfigText('journey:\n  - name: köpa\n    phase: durin\n', FILE);
    expect(loaded.problems).toEqual([
      expect.objectContaining({
        rule: 'invalid-value',
        line: 3,
        column: 12,
        message: 'journey[0].phase must be one of before, during, after — got "durin" (did you mean "during"?)',
      }),
    ]);
  });

  it('rejects an unknown key of a stage at the key, with a suggestion', () => {
    const loaded = parseConfigText('journey:\n  - name: köpa\n    touchpoint: [kassan]\n', FILE);
    expect(loaded.problems).toEqual([
      expect.objectContaining({
        rule: 'unknown-field',
        line: 3,
        column: 5,
        message: 'unknown field "touchpoint" in journey[0] (did you mean "touchpoints"?); team extensions must start with "x-"',
      }),
    ]);
  });

  it('requires a stage’s name, and non-empty touchpoints', () => {
    expect(parseConfigText('journey:\n  - phase: before\n', FILE).problems).toEqual([
      expect.objectContaining({ rule: 'missing-field', message: 'journey[0].name is required' }),
    ]);
    expect(parseConfigText("journey:\n  - name: köpa\n    touchpoints: [kassan, '']\n", FILE).problems).toEqual([
      expect.objectContaining({ line: 3, column: 27, message: 'journey[0].touchpoints[1] must not be empty' }),
    ]);
  });

  it('rejects a stage that is neither a name nor a mapping', () => {
    expect(parseConfigText('journey:\n  - [köpa]\n', FILE).problems).toEqual([
      expect.objectContaining({ rule: 'wrong-type', line: 2, column: 5, message: 'journey[0] must be a text or a mapping — got a list' }),
    ]);
  });

  it('rejects a stage listed twice, whichever form either is written in, at the second', () => {
    expect(parseConfigText('journey: [köpa, resa, köpa]\n', FILE).problems).toEqual([
      expect.objectContaining({
        rule: 'invalid-value',
        line: 1,
        column: 23,
        message: 'journey[2]: the stage "köpa" is listed twice (first as journey[0]): give each stage once',
      }),
    ]);
    expect(parseConfigText('journey:\n  - köpa\n  - name: köpa\n    phase: during\n', FILE).problems).toEqual([
      expect.objectContaining({
        line: 3,
        column: 11,
        message: 'journey[1].name: the stage "köpa" is listed twice (first as journey[0]): give each stage once',
      }),
    ]);
  });
});
