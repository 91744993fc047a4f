// hypo decide, hypo link and hypo rename on small repositories.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HYPOTHESIS, VALID_FILES } from '../helpers/records.js';
import { checkJson, runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');
const INSIGHT_FILE = 'learning/insights/riders-plan-at-home.yaml';

describe('hypo decide', () => {
  it('records the decision with today as its date', async () => {
    const repo = makeRepo({ ...VALID_FILES, 'learning/hypotheses/riders-want-reminders.yaml': HYPOTHESIS });
    const result = await runCli([
      '-C',
      repo.root,
      'decide',
      'riders-plan',
      'pivot',
      '--summary',
      'Påminn i stället för realtid',
      '--next',
      'riders-want-reminders',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`riders-plan-at-home: pivot — recorded in ${INSIGHT_FILE}\n`);
    expect(read(repo.root, INSIGHT_FILE)).toContain(
      'decision:\n  action: pivot\n  summary: Påminn i stället för realtid\n  date: 2026-11-25\n  next: [riders-want-reminders]\n',
    );
    expect((await checkJson(repo.root)).code).toBe(0);
  });

  it('refuses an unknown action or a next record that does not exist', async () => {
    const repo = makeRepo(VALID_FILES);
    const before = read(repo.root, INSIGHT_FILE);
    const action = await runCli(['-C', repo.root, 'decide', 'riders-plan', 'pivt', '--summary', 's']);
    expect(action.code).toBe(1);
    expect(action.stderr).toContain('decision.action must be one of persevere, pivot, stop, iterate — got "pivt" (did you mean "pivot"?)');
    const next = await runCli(['-C', repo.root, 'decide', 'riders-plan', 'iterate', '--summary', 's', '--next', 'nothing-here']);
    expect(next.code).toBe(1);
    expect(next.stderr).toContain('decision.next names "nothing-here", but no record has that id');
    expect(read(repo.root, INSIGHT_FILE)).toBe(before);
  });

  it('takes insights only', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'decide', 'riders-want', 'stop', '--summary', 's']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no insight has the id "riders-want"');
  });

  it('requires --summary without a terminal', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'decide', 'riders-plan', 'stop']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hypo: a decision needs --summary\n');
  });
});

describe('hypo link', () => {
  it('adds a hypothesis to a flow list with one changed line', async () => {
    const repo = makeRepo({ ...VALID_FILES, 'learning/hypotheses/riders-want-maps.yaml': HYPOTHESIS });
    const before = read(repo.root, 'learning/experiments/departures-panel.yaml');
    const result = await runCli(['-C', repo.root, 'link', 'departures', 'riders-want-maps']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('departures-panel now tests riders-want-maps\n');
    expect(read(repo.root, 'learning/experiments/departures-panel.yaml')).toBe(
      before.replace('tests: [riders-want-realtime]', 'tests: [riders-want-realtime, riders-want-maps]'),
    );
  });

  it('adds one line to a block list', async () => {
    const experiment = 'kind: experiment\ntitle: Panel\ntests:\n  - riders-want-realtime\nmethod: panel\nstatus: planned\n';
    const repo = makeRepo({
      ...VALID_FILES,
      'learning/experiments/departures-panel.yaml': experiment,
      'learning/hypotheses/riders-want-maps.yaml': HYPOTHESIS,
    });
    expect((await runCli(['-C', repo.root, 'link', 'departures', 'riders-want-maps'])).code).toBe(0);
    expect(read(repo.root, 'learning/experiments/departures-panel.yaml')).toBe(
      'kind: experiment\ntitle: Panel\ntests:\n  - riders-want-realtime\n  - riders-want-maps\nmethod: panel\nstatus: planned\n',
    );
  });

  it('does nothing when the link exists', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'link', 'departures', 'riders']);
    expect(result).toMatchObject({ code: 0, stdout: 'departures-panel tests riders-want-realtime already\n' });
  });
});

describe('hypo rename', () => {
  it('renames the file and rewrites every reference, keeping comments', async () => {
    const repo = makeRepo({
      ...VALID_FILES,
      'learning/insights/riders-plan-at-home.yaml': `${VALID_FILES[INSIGHT_FILE]}# keep this comment\ndecision:\n  action: iterate\n  summary: Again\n  next:\n    - riders-want-realtime\n`,
    });
    const result = await runCli(['-C', repo.root, 'rename', 'riders-want', 'resenarer-vill-ha-realtid']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'renamed learning/hypotheses/riders-want-realtime.yaml → learning/hypotheses/resenarer-vill-ha-realtid.yaml',
        'updated references in 2 files:',
        '  learning/experiments/departures-panel.yaml',
        `  ${INSIGHT_FILE}`,
        '',
      ].join('\n'),
    );
    expect(readdirSync(path.join(repo.root, 'learning/hypotheses'))).toEqual(['resenarer-vill-ha-realtid.yaml']);
    expect(read(repo.root, 'learning/experiments/departures-panel.yaml')).toContain('tests: [resenarer-vill-ha-realtid]\n');
    const insight = read(repo.root, INSIGHT_FILE);
    expect(insight).toContain('hypotheses: [resenarer-vill-ha-realtid]\n');
    expect(insight).toContain('# keep this comment\n');
    expect(insight).toContain('  next:\n    - resenarer-vill-ha-realtid\n');
    expect((await checkJson(repo.root)).code).toBe(0);
  });

  it('refuses a taken or invalid id and changes nothing', async () => {
    const repo = makeRepo(VALID_FILES);
    const taken = await runCli(['-C', repo.root, 'rename', 'riders-want', 'departures-panel']);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('the id "departures-panel" is taken by learning/experiments/departures-panel.yaml');
    const invalid = await runCli(['-C', repo.root, 'rename', 'riders-want', '../escape']);
    expect(invalid.code).toBe(2);
    expect(existsSync(path.join(repo.root, 'learning/hypotheses/riders-want-realtime.yaml'))).toBe(true);
  });
});
