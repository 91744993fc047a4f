// Metrics with numbers from the command line: `hypo new --cpi --baseline --target` and
// `hypo set result.value=…` write what the schema takes, and refuse what it does not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_FILES } from '../helpers/records.js';
import { checkJson, runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

describe('metrics with numbers on the command line', () => {
  it('hypo new writes cpi, baseline and target, a bare number as a number', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli([
      '-C',
      repo.root,
      'new',
      'hypothesis',
      'Pendlare sparar tid',
      '--statement',
      'Vi tror att pendlare sparar tid med realtid, eftersom de slipper vänta',
      '--metric-type',
      'customer',
      '--cpi',
      'time',
      '--baseline',
      '4 min',
      '--target',
      '2',
      '--owner',
      'Team',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = readFileSync(path.join(repo.root, 'learning/hypotheses/pendlare-sparar-tid.yaml'), 'utf8');
    expect(text).toContain('metric_type: customer\ncpi: time\nbaseline: 4 min\ntarget: 2\n');
    expect((await checkJson(repo.root)).code).toBe(0);
  });

  it('hypo new refuses an unknown cpi and a baseline that is no quantity, writing nothing', async () => {
    const repo = makeRepo(VALID_FILES);
    const cpi = await runCli(['-C', repo.root, 'new', 'hypothesis', 'H', '--statement', 's', '--cpi', 'tid']);
    expect(cpi.code).not.toBe(0);
    expect(cpi.stderr).toContain('cpi must be one of time, convenience, alternatives, money, achievement — got "tid" (did you mean "time"?)');
    const baseline = await runCli(['-C', repo.root, 'new', 'hypothesis', 'H', '--statement', 's', '--baseline', '58 % → 70 %']);
    expect(baseline.code).not.toBe(0);
    expect(baseline.stderr).toContain('baseline: "58 % → 70 %" is not a number with an optional unit');
    expect(() => readFileSync(path.join(repo.root, 'learning/hypotheses/h.yaml'))).toThrow();
  });

  it('hypo set result.value= adds the measured value inside result', async () => {
    const repo = makeRepo({
      ...VALID_FILES,
      'learning/experiments/departures-panel.yaml': `kind: experiment
title: Panel on departures
tests: [riders-want-realtime]
method: panel
status: done
result:
  summary: Most checked on the go
  outcome: supports
`,
      'learning/insights/riders-plan-at-home.yaml': 'kind: insight\ntitle: Riders plan at home\nlearned: Most plan at home\nfrom: [departures-panel]\n',
    });
    const result = await runCli(['-C', repo.root, 'set', 'departures-panel', 'result.value=64 %']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('result.value: (none) → 64 %');
    const text = readFileSync(path.join(repo.root, 'learning/experiments/departures-panel.yaml'), 'utf8');
    expect(text).toContain('  outcome: supports\n  value: 64 %\n');
    const bad = await runCli(['-C', repo.root, 'set', 'departures-panel', 'result.value=ca 64']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('result.value: "ca 64" is not a number with an optional unit');
  });
});

describe('hypo show: a metric with numbers', () => {
  const hypothesis = `kind: hypothesis
title: Pendlare vill bli påminda
statement: Vi tror att pendlare vill bli påminda, eftersom de glömmer
status: testing
metric: Andel periodkort som förnyas i tid
cpi: convenience
baseline: 58 %
target: 70 %
success: Minst 70 % förnyar i tid
`;
  const experiment = (title: string, end: string, value: string) =>
    `kind: experiment\ntitle: ${title}\ntests: [pendlare]\nmethod: survey\nstatus: done\nend: ${end}\nresult:\n  summary: s\n  outcome: supports\n  value: ${value}\n`;
  const files = {
    'learning/hypotheses/pendlare.yaml': hypothesis,
    'learning/experiments/enkat-ett.yaml': experiment('Enkät ett', '2026-09-01', '61 %'),
    'learning/experiments/enkat-tva.yaml': experiment('Enkät två', '2026-10-01', '1 200 st'),
    'learning/insights/i.yaml': 'kind: insight\ntitle: I\nlearned: l\nfrom: [enkat-ett, enkat-tva]\n',
  };

  it('shows baseline → target and what was measured, newest first, under "And measure …"', async () => {
    const repo = makeRepo(files);
    const result = await runCli(['-C', repo.root, 'show', 'pendlare']);
    expect(result.code).toBe(0);
    const block = result.stdout.split('\n\n').find((part) => part.startsWith('And measure …'));
    // A cpi without metric_type is a customer metric.
    expect(block).toBe(
      [
        'And measure …',
        '  Andel periodkort som förnyas i tid (customer metric: convenience)',
        '  58 % → 70 % · measured 1 200 st (enkat-tva) · measured 61 % (enkat-ett)',
      ].join('\n'),
    );
  });

  it('gives the metric in JSON: each number as written and parsed, measured newest first', async () => {
    const repo = makeRepo(files);
    const result = await runCli(['-C', repo.root, 'show', 'pendlare', '--format', 'json']);
    expect(JSON.parse(result.stdout).metric).toEqual({
      metric: 'Andel periodkort som förnyas i tid',
      type: 'customer',
      cpi: 'convenience',
      baseline: { text: '58 %', value: 58, unit: '%' },
      target: { text: '70 %', value: 70, unit: '%' },
      measured: [
        { experiment: 'enkat-tva', end: '2026-10-01', value: { text: '1 200 st', value: 1200, unit: 'st' } },
        { experiment: 'enkat-ett', end: '2026-09-01', value: { text: '61 %', value: 61, unit: '%' } },
      ],
    });
    const experimentJson = await runCli(['-C', repo.root, 'show', 'enkat-ett', '--format', 'json']);
    expect(JSON.parse(experimentJson.stdout).metric).toBeNull();
  });

  it('shows the measured value in an experiment’s result', async () => {
    const repo = makeRepo(files);
    const result = await runCli(['-C', repo.root, 'show', 'enkat-ett']);
    expect(result.stdout).toContain('Result\n  s\n  outcome: supports\n  measured: 61 %\n');
  });
});
