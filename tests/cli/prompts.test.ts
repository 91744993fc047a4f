// The questions hypo asks in a terminal keep what was typed: each answer is checked as it
// is given, nothing is written before the last one, pickers name records by id and title,
// and a write ends with the obvious next step. Scripted answers, in process.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Prompter } from '../../src/commands/context.js';
import { EXPERIMENT_METHODS } from '../../src/model/vocabulary.js';
import { parseRecordText } from '../../src/store/read-record-file.js';
import { EXPERIMENT, HYPOTHESIS, VALID_FILES } from '../helpers/records.js';
import { checkJson, runCli } from '../helpers/run-cli.js';
import { scriptedPrompter } from '../helpers/scripted-prompter.js';
import { makeRepo } from '../helpers/temp-repo.js';

/** `hypo -C root …argv` with a terminal on both ends, answering from `prompter`. */
async function inTerminal(root: string, argv: string[], prompter: Prompter) {
  let stdout = '';
  const result = await runCli(['-C', root, ...argv], { stdinIsTTY: true, stdout: { write: (text: string) => (stdout += text), isTTY: true }, prompter });
  return { ...result, stdout };
}

const recordAt = (root: string, file: string) => parseRecordText(readFileSync(path.join(root, file), 'utf8'), file).record as Record<string, unknown>;

const CANCELLED = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });

describe('hypo new asks again at once for an answer it cannot take', () => {
  it('a blank title, a title whose id is taken, a bad number, an end before the start: each is asked again, and every answer is kept', async () => {
    const repo = makeRepo(VALID_FILES);
    const prompter = scriptedPrompter({
      'Title of the experiment': ['   ', 'Departures panel', 'Panel på färjan'],
      tests: ['riders-want-realtime'],
      'plan (optional)': 'Fråga panelen på Storö',
      'measure (optional)': 'Hur ofta de kollar',
      'start (optional)': '2026-12-10',
      'end (optional)': ['2026-12-01', '2026-12-20'],
      'sample (optional)': ['tolv', '12'],
    });
    const result = await inTerminal(repo.root, ['new', 'experiment', '--method', 'panel'], prompter);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(prompter.rejected).toEqual([
      'the title is required: a short name for the experiment',
      'the id "departures-panel" is taken by learning/experiments/departures-panel.yaml: choose another title',
      'the end must not be before the start, 2026-12-10',
      'a whole number, e.g. 12',
    ]);
    expect(recordAt(repo.root, 'learning/experiments/panel-pa-farjan.yaml')).toMatchObject({
      title: 'Panel på färjan',
      plan: 'Fråga panelen på Storö',
      start: '2026-12-10',
      end: '2026-12-20',
      sample: 12,
    });
  });

  it('refuses a start after an --end given as a flag, when the start is asked', async () => {
    const repo = makeRepo(VALID_FILES);
    const prompter = scriptedPrompter({
      tests: ['riders-want-realtime'],
      'plan (optional)': '',
      'measure (optional)': '',
      'start (optional)': ['2027-01-05', '2026-12-01'],
      'sample (optional)': '',
    });
    const result = await inTerminal(repo.root, ['new', 'experiment', 'Vinterpanel', '--method', 'panel', '--end', '2026-12-31'], prompter);
    expect(result.code).toBe(0);
    expect(prompter.rejected).toEqual(['the start must not be after the end, 2026-12-31']);
  });

  it('offers the catalogue’s methods as a list, those the config adds included', async () => {
    const repo = makeRepo(VALID_FILES, { config: 'methods:\n  förbeställning:\n    observes: does\n    strength: strong\n' });
    const prompter = scriptedPrompter({
      'Title of the experiment': 'Förbeställ färjekortet',
      tests: ['riders-want-realtime'],
      method: 'förbeställning',
      'plan (optional)': '',
      'measure (optional)': '',
      'start (optional)': '',
      'end (optional)': '',
      'sample (optional)': '',
    });
    const result = await inTerminal(repo.root, ['new', 'experiment'], prompter);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(prompter.offered.method?.map((choice) => choice.value)).toEqual([...EXPERIMENT_METHODS, 'förbeställning']);
    expect(recordAt(repo.root, 'learning/experiments/forbestall-farjekortet.yaml')).toMatchObject({ method: 'förbeställning' });
  });

  it('refuses a flag it could not take before the first question, not after the last', async () => {
    const repo = makeRepo(VALID_FILES);
    const prompter = scriptedPrompter({});
    const badDate = await inTerminal(repo.root, ['new', 'experiment', '--start', '2026-13-01'], prompter);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('hypo: --start: "2026-13-01" is not a real calendar date\n');
    const badMethod = await inTerminal(repo.root, ['new', 'experiment', '--method', 'panle'], prompter);
    expect(badMethod.code).toBe(2);
    expect(badMethod.stderr).toContain('--method "panle": one of interview, survey, panel');
    expect(badMethod.stderr).toContain('(did you mean "panel"?)');
    const taken = await inTerminal(repo.root, ['new', 'experiment', 'Departures panel'], prompter);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('the id "departures-panel" is taken');
    expect(prompter.asked).toEqual([]);
  });
});

describe('hypo new insight asks for the hypotheses, the evidence and the decision', () => {
  it('ticks the hypotheses its experiments test, and writes the decision taken', async () => {
    const repo = makeRepo({
      ...VALID_FILES,
      'learning/experiments/departures-panel.yaml': `${EXPERIMENT.replace('planned', 'done')}result:\n  summary: Most check at home\n  outcome: supports\n`,
      'learning/hypotheses/riders-want-reminders.yaml': HYPOTHESIS.replace('real-time departures', 'reminders'),
    });
    const prompter = scriptedPrompter({
      'Title of the insight': 'Resenärer kollar före avgång',
      from: ['departures-panel'],
      hypotheses: ['riders-want-realtime'],
      'observed (optional)': '17 av 21 kollar hemma',
      learned: 'Ögonblicket som räknas är före avgång',
      'evidence (optional)': 'qualitative',
      'Decision (optional)': 'iterate',
      'Summary: what was decided and why': 'Testa en påminnelse',
      'Next: records the decision starts': ['riders-want-reminders'],
    });
    const result = await inTerminal(repo.root, ['new', 'insight'], prompter);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(prompter.asked).toEqual([
      'Title of the insight',
      'from (optional)',
      'hypotheses (optional)',
      'observed (optional)',
      'learned',
      'evidence (optional)',
      'Decision (optional)',
      'Summary: what was decided and why',
      'Next: records the decision starts (optional)',
    ]);
    // The hypotheses the chosen experiment tests start ticked; each record is named by id and title.
    expect(prompter.offered['hypotheses (optional)']).toEqual([
      { value: 'riders-want-realtime', name: 'riders-want-realtime — Riders want real-time departures', checked: true },
      { value: 'riders-want-reminders', name: 'riders-want-reminders — Riders want reminders' },
    ]);
    expect(recordAt(repo.root, 'learning/insights/resenarer-kollar-fore-avgang.yaml')).toMatchObject({
      from: ['departures-panel'],
      hypotheses: ['riders-want-realtime'],
      evidence: 'qualitative',
      decision: { action: 'iterate', summary: 'Testa en påminnelse', date: '2026-11-25', next: ['riders-want-reminders'] },
    });
  });

  it('writes no decision when none was taken yet', async () => {
    const repo = makeRepo(VALID_FILES);
    const prompter = scriptedPrompter({
      from: [],
      hypotheses: [],
      'observed (optional)': '',
      learned: 'Inget nytt',
      'evidence (optional)': '',
      'Decision (optional)': '',
    });
    const result = await inTerminal(repo.root, ['new', 'insight', 'Ett utkast'], prompter);
    expect(result.code).toBe(0);
    expect(prompter.asked.at(-1)).toBe('Decision (optional)');
    expect(recordAt(repo.root, 'learning/insights/ett-utkast.yaml')).not.toHaveProperty('decision');
  });
});

describe('hypo init asks before it writes', () => {
  it('writes nothing when the VS Code question is cancelled, so "nothing was written" is true', async () => {
    const dir = makeRepo({}, { config: false }).root;
    const before = readdirSync(dir).sort();
    const prompter = { ...scriptedPrompter({}), confirm: async () => Promise.reject(CANCELLED) };
    const result = await inTerminal(dir, ['init'], prompter);
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('hypo: cancelled; nothing was written\n');
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(path.join(dir, 'hypo.config.yaml'))).toBe(false);
  });
});

describe('hypo decide in a terminal', () => {
  const FILES = {
    ...VALID_FILES,
    'learning/insights/riders-ignore-ads.yaml':
      'kind: insight\ntitle: Riders ignore ads\nlearned: Nobody looks\ndecision:\n  action: stop\n  summary: No more ads\n',
  };

  it('offers the insights undecided first with their titles, then asks the action, the summary and what it starts', async () => {
    const repo = makeRepo(FILES);
    const prompter = scriptedPrompter({
      'Insight to decide on': 'riders-plan-at-home',
      Decision: 'pivot',
      'Summary: what was decided and why': ['  ', 'Påminn i stället för realtid'],
      'Next: records the decision starts': ['riders-want-realtime'],
    });
    const result = await inTerminal(repo.root, ['decide'], prompter);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('riders-plan-at-home: pivot — recorded in learning/insights/riders-plan-at-home.yaml\n');
    expect(prompter.offered['Insight to decide on']).toEqual([
      { value: 'riders-plan-at-home', name: 'riders-plan-at-home — Riders plan at home' },
      { value: 'riders-ignore-ads', name: 'riders-ignore-ads — Riders ignore ads (decided: stop)' },
    ]);
    expect(prompter.offered['Next: records the decision starts (optional)']?.map((choice) => choice.value)).toEqual([
      'riders-want-realtime',
      'departures-panel',
    ]);
    expect(prompter.rejected).toEqual(['the summary is required']);
    expect(recordAt(repo.root, 'learning/insights/riders-plan-at-home.yaml')).toMatchObject({
      decision: { action: 'pivot', summary: 'Påminn i stället för realtid', date: '2026-11-25', next: ['riders-want-realtime'] },
    });
  });

  it('asks only what the flags left out', async () => {
    const repo = makeRepo(VALID_FILES);
    const prompter = scriptedPrompter({ 'Summary: what was decided and why': 'Vi slutar' });
    const result = await inTerminal(repo.root, ['decide', 'riders-plan', 'stop', '--next', 'riders-want-realtime'], prompter);
    expect(result.code).toBe(0);
    expect(prompter.asked).toEqual(['Summary: what was decided and why']);
  });

  it('asks nothing without a terminal or with --yes, and names what is missing', async () => {
    const repo = makeRepo(VALID_FILES);
    const plain = await runCli(['-C', repo.root, 'decide', 'riders-plan']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('hypo: a decision needs the action (an argument), --summary\nhint: hypo decide <insight> <action> --summary "…"');
    const yes = await inTerminal(repo.root, ['decide', '--yes'], scriptedPrompter({}));
    expect(yes.code).toBe(2);
    expect(yes.stderr).toContain('a decision needs the insight (an argument), the action (an argument), --summary');
  });

  it('says how to create a --next record that does not exist yet', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'decide', 'riders-plan', 'pivot', '--summary', 's', '--next', 'riders-want-maps']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('decision.next names "riders-want-maps", but no record has that id');
    expect(result.stderr).toContain(
      'hint: riders-want-maps does not exist yet: create it first, e.g. hypo new hypothesis "…" --id riders-want-maps (or experiment), then decide again\n',
    );
  });
});

describe('after an experiment is done with an outcome', () => {
  const DONE =
    'kind: experiment\ntitle: Panel on departures\ntests: [riders-want-realtime]\nmethod: panel\nstatus: running\nresult:\n  summary: Most check\n  outcome: refutes\n';

  it('suggests the status of each hypothesis it tests', async () => {
    const repo = makeRepo({ ...VALID_FILES, 'learning/experiments/departures-panel.yaml': DONE });
    const result = await runCli(['-C', repo.root, 'status', 'departures-panel', 'done']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'updated learning/experiments/departures-panel.yaml',
        '  status: running → done',
        'Next: the outcome refutes the hypothesis it tests:',
        '  hypo status riders-want-realtime refuted   # open: Riders want real-time depa…', // cut to 80 columns,
        '',
      ].join('\n'),
    );
    // The suggestion works as printed, and then there is nothing left to suggest.
    expect((await runCli(['-C', repo.root, 'status', 'riders-want-realtime', 'refuted'])).code).toBe(0);
    expect((await runCli(['-C', repo.root, 'set', 'departures-panel', 'result.outcome=refutes', 'tags=panel'])).stdout).not.toContain('Next:');
    expect((await checkJson(repo.root)).json.problems.map((problem) => problem.rule)).toEqual(['experiment-without-insight']);
  });

  it('suggests nothing for an edit that does not touch the status or the result', async () => {
    const repo = makeRepo({ ...VALID_FILES, 'learning/experiments/departures-panel.yaml': DONE.replace('running', 'done') });
    const result = await runCli(['-C', repo.root, 'set', 'departures-panel', 'tags=panel']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Next:');
  });
});

describe('pickers name records by id and title', () => {
  it('shows a title with escape sequences as text, not as commands to the terminal', async () => {
    const repo = makeRepo({ 'learning/hypotheses/evil.yaml': 'kind: hypothesis\ntitle: "Ren\\e[2Jsa"\nstatement: s\nstatus: open\n' });
    const prompter = scriptedPrompter({
      tests: ['evil'],
      'plan (optional)': '',
      'measure (optional)': '',
      'start (optional)': '',
      'end (optional)': '',
      'sample (optional)': '',
    });
    const result = await inTerminal(repo.root, ['new', 'experiment', 'Panel', '--method', 'panel'], prompter);
    expect(result.code).toBe(0);
    expect(prompter.offered.tests).toEqual([{ value: 'evil', name: 'evil — Ren\\x1b[2Jsa' }]);
  });
});
