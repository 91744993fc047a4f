// `hypo methods` prints the method catalogue, the config's changes and methods included;
// a method the config adds is a valid `method`, any other is an error of `hypo check`.
import { describe, expect, it } from 'vitest';
import { EXPERIMENT_METHODS } from '../../src/model/vocabulary.js';
import { EXPERIMENT, VALID_FILES } from '../helpers/records.js';
import { checkJson, runCli } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const CONFIG = `methods:
  pre-sale:
    observes: does
    cost: 3
    days: 10
    strength: strong
    sample: {min: 10, full: 50}
    description: Sälj innan det finns – räkna förbeställningar.
  survey:
    cost: 1
`;
const PANEL = 'learning/experiments/departures-panel.yaml';

describe('hypo methods', () => {
  it('prints the default catalogue as a table, outside a hypo repository too', async () => {
    const { code, stdout, stderr } = await runCli(['-C', makeTempDir(), 'methods']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('METHOD          OBSERVES  COST  DAYS  STRENGTH  SAMPLE');
    expect(lines).toContain('interview       says         1     7  weak      –');
    expect(lines).toContain('ab-test         does         4    21  strong    100–1000');
    expect(lines).toContain('fake-door       does         2    14  medium    30–100');
    expect(stdout).not.toContain('*');
  });

  it('gives every method with the same keys as JSON, the config’s changes and additions marked', async () => {
    const repo = makeRepo(VALID_FILES, { config: CONFIG });
    const { code, stdout } = await runCli(['-C', repo.root, 'methods', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.configFile).toBe('hypo.config.yaml');
    expect(json.methods.map((entry: { method: string }) => entry.method)).toEqual([...EXPERIMENT_METHODS, 'pre-sale']);
    expect(json.methods[0]).toEqual({
      method: 'interview',
      observes: 'says',
      cost: 1,
      days: 7,
      strength: 'weak',
      sample: null,
      description: 'Talk to customers one by one about their jobs, pains and gains.',
      source: 'default',
    });
    expect(json.methods[1]).toMatchObject({ method: 'survey', cost: 1, strength: 'medium', sample: { min: 30, full: 100 }, source: 'config' });
    expect(json.methods.at(-1)).toEqual({
      method: 'pre-sale',
      observes: 'does',
      cost: 3,
      days: 10,
      strength: 'strong',
      sample: { min: 10, full: 50 },
      description: 'Sälj innan det finns – räkna förbeställningar.',
      source: 'config',
    });
    const text = await runCli(['-C', repo.root, 'methods']);
    expect(text.stdout).toContain('pre-sale *      does         3    10  strong    10–50\n');
    expect(text.stdout).toContain('* changed or added in hypo.config.yaml');
  });

  it('stops with exit 2 at a config method that lacks what a new method needs, naming the line', async () => {
    const repo = makeRepo(VALID_FILES, { config: 'methods:\n  pre-sale:\n    cost: 3\n' });
    const { code, stdout, stderr } = await runCli(['-C', repo.root, 'methods']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain('hypo.config.yaml:2:3');
    expect(stderr).toContain('hypo.config.yaml:2:3: methods.pre-sale.observes: required for a new method (says or does)');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('hypo check of an experiment’s method', () => {
  it('accepts a method the config adds, and grades evidence from it', async () => {
    const repo = makeRepo(
      {
        ...VALID_FILES,
        [PANEL]: EXPERIMENT.replace('method: panel', 'method: pre-sale').replace(
          'status: planned',
          'status: done\nsample: 80\nresult:\n  summary: 80 förbeställningar\n  outcome: supports',
        ),
      },
      { config: CONFIG },
    );
    const { code, json } = await checkJson(repo.root);
    // The method is no error; the done experiment draws a quality warning (no insight yet), which is no concern here.
    expect(json.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    const shown = JSON.parse((await runCli(['-C', repo.root, 'show', 'riders-want-realtime', '--format', 'json'])).stdout);
    expect(shown.evidence).toEqual({ level: 'strong', stated: false });
  });

  it('is an error at the value for a method neither built in nor in the config, with a suggestion', async () => {
    const repo = makeRepo({ ...VALID_FILES, [PANEL]: EXPERIMENT.replace('method: panel', 'method: pre-sael') }, { config: CONFIG });
    const { code, json } = await checkJson(repo.root);
    expect(code).toBe(1);
    expect(json.problems).toEqual([
      expect.objectContaining({
        file: PANEL,
        line: 4,
        column: 9,
        severity: 'error',
        rule: 'invalid-value',
        message: expect.stringMatching(/^method must be one of interview, survey, .*, other, pre-sale — got "pre-sael" \(did you mean "pre-sale"\?\)$/),
      }),
    ]);
  });

  it('tells where to add a method without a near match', async () => {
    const repo = makeRepo({ ...VALID_FILES, [PANEL]: EXPERIMENT.replace('method: panel', 'method: dagbok') });
    const { code, json } = await checkJson(repo.root);
    expect(code).toBe(1);
    expect(json.problems[0]?.message).toMatch(/ — got "dagbok"; or add it to methods in hypo\.config\.yaml$/);
  });
});

describe('hypo new with a risk', () => {
  it('writes the risk a hypothesis carries, and refuses one not in the list', async () => {
    const repo = makeRepo(VALID_FILES);
    const made = await runCli(['-C', repo.root, 'new', 'hypothesis', 'Pendlare betalar för förseningsbesked', '--statement', 's', '--risk', 'viability']);
    expect(made.code).toBe(0);
    const shown = await runCli(['-C', repo.root, 'show', 'pendlare-betalar-for-forseningsbesked']);
    expect(shown.stdout).toContain('risk viability');
    const refused = await runCli(['-C', repo.root, 'new', 'hypothesis', 'Annat', '--statement', 's', '--risk', 'cost']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('risk must be one of desirability, viability, feasibility, usability');
  });
});
