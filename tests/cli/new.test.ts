// hypo new: flags, defaults, the slug, refusals, the interactive path with scripted
// answers, and a race for one id between real processes.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRecordText } from '../../src/store/read-record-file.js';
import { VALID_FILES } from '../helpers/records.js';
import { checkJson, runCli, TEST_ENV } from '../helpers/run-cli.js';
import { scriptedPrompter } from '../helpers/scripted-prompter.js';
import { makeRepo } from '../helpers/temp-repo.js';

const TTY = { stdinIsTTY: true, stdout: { write: () => true, isTTY: true } } as const;

describe('hypo new, without a terminal', () => {
  it('writes a hypothesis from flags with the defaults, and prints its path', async () => {
    const repo = makeRepo({}, { git: true });
    repo.git('config', 'user.name', 'Åsa Öberg');
    const result = await runCli([
      '-C',
      repo.root,
      'new',
      'hypothesis',
      'Färjeresenärer vill ha realtid',
      '--statement',
      'Vi tror att färjeresenärer vill se var färjan är, eftersom avgångarna flyttas',
      '--importance',
      'high',
      '--metric-type',
      'customer',
      '--tags',
      'färja, realtid',
      '--code',
      'src/ferry/**',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('learning/hypotheses/farjeresenarer-vill-ha-realtid.yaml\n');
    const text = readFileSync(path.join(repo.root, 'learning/hypotheses/farjeresenarer-vill-ha-realtid.yaml'), 'utf8');
    expect(text).toBe(
      [
        '# yaml-language-server: $schema=../../node_modules/hypo/schemas/hypothesis.schema.json',
        'kind: hypothesis',
        'title: Färjeresenärer vill ha realtid',
        'statement: Vi tror att färjeresenärer vill se var färjan är, eftersom avgångarna flyttas',
        'status: open',
        'metric_type: customer',
        'importance: high',
        'owner: Åsa Öberg',
        'created: 2026-11-25',
        'tags: [färja, realtid]',
        'code: [src/ferry/**]',
        '',
      ].join('\n'),
    );
    expect((await checkJson(repo.root)).code).toBe(0);
  });

  it('writes an experiment and an insight linked to existing records', async () => {
    const repo = makeRepo(VALID_FILES);
    const experiment = await runCli([
      '-C',
      repo.root,
      'new',
      'exp',
      'Kundpanel hösten',
      '--tests',
      'riders',
      '--method',
      'panel',
      '--sample',
      '12',
      '--owner',
      'Team Färja',
      '--format',
      'json',
    ]);
    expect(experiment.stderr).toBe('');
    expect(JSON.parse(experiment.stdout)).toEqual({ id: 'kundpanel-hosten', kind: 'experiment', file: 'learning/experiments/kundpanel-hosten.yaml' });
    const data = parseRecordText(readFileSync(path.join(repo.root, 'learning/experiments/kundpanel-hosten.yaml'), 'utf8'), 'x.yaml');
    expect(data.problems).toEqual([]);
    expect(data.record).toMatchObject({
      kind: 'experiment',
      status: 'planned',
      method: 'panel',
      sample: 12,
      tests: ['riders-want-realtime'],
      owner: 'Team Färja',
    });
    const insight = await runCli(['-C', repo.root, 'new', 'insight', 'Panelen vill ha realtid', '--learned', 'De vill', '--from', 'kundpanel-hosten', '--yes']);
    expect(insight.code).toBe(0);
    expect((await checkJson(repo.root)).json.problems.map((problem) => problem.rule)).toEqual(['experiment-not-done']);
  });

  it('names every missing required flag and writes nothing', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'new', 'experiment', 'Panel']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hypo: a new experiment needs --tests, --method');
    expect(readdirSync(path.join(repo.root, 'learning/experiments'))).toEqual(['departures-panel.yaml']);
  });

  it('asks nothing with --yes even in a terminal', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'new', 'hypothesis', 'X', '--yes'], { ...TTY, stderr: { write: () => true } });
    expect(result.code).toBe(2);
  });

  it('refuses an id that exists in any kind', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'new', 'hypothesis', 'Departures panel', '--statement', 's']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the id "departures-panel" is taken by learning/experiments/departures-panel.yaml');
    expect(existsSync(path.join(repo.root, 'learning/hypotheses/departures-panel.yaml'))).toBe(false);
  });

  it('takes --id, and refuses one that is not a valid id', async () => {
    const repo = makeRepo();
    expect((await runCli(['-C', repo.root, 'new', 'hypothesis', 'Title', '--id', 'my-id', '--statement', 's'])).stdout).toBe(
      'learning/hypotheses/my-id.yaml\n',
    );
    const bad = await runCli(['-C', repo.root, 'new', 'hypothesis', 'Title', '--id', 'My Id', '--statement', 's']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"My Id" cannot be an id');
  });

  it('refuses a record that check would reject, with the same message, and writes nothing', async () => {
    const repo = makeRepo(VALID_FILES);
    const result = await runCli(['-C', repo.root, 'new', 'experiment', 'Panel', '--tests', 'riders-want-realtime,nobody', '--method', 'panle']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('learning/experiments/panel.yaml:5:9 error method must be one of interview, survey, panel');
    expect(result.stderr).toContain('(did you mean "panel"?) [invalid-value]');
    expect(result.stderr).toContain('tests names "nobody", but no record has that id [unknown-reference]');
    expect(result.stderr).toContain('nothing was written');
    expect(existsSync(path.join(repo.root, 'learning/experiments/panel.yaml'))).toBe(false);
  });

  it('refuses a flag that does not belong to the kind', async () => {
    const repo = makeRepo();
    const result = await runCli(['-C', repo.root, 'new', 'insight', 'X', '--learned', 'y', '--method', 'panel']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--method does not apply to a new insight');
  });
});

describe('hypo new with a journey stage and a touchpoint', () => {
  const CONFIG = 'journey:\n  - planera\n  - name: köpa\n    phase: during\n    touchpoints: [kassan, biljettautomaten]\n';

  it('writes them on an experiment and an insight from flags, after the sample and after the hypotheses', async () => {
    const repo = makeRepo(VALID_FILES, { config: CONFIG });
    const experiment = await runCli([
      '-C',
      repo.root,
      'new',
      'experiment',
      'Panel i kassan',
      '--tests',
      'riders-want-realtime',
      '--method',
      'panel',
      '--sample',
      '12',
      '--journey',
      'köpa',
      '--touchpoint',
      'kassan',
      '--plan',
      'Vi visar kassan för tolv resenärer',
    ]);
    expect(experiment).toMatchObject({ code: 0, stderr: '', stdout: 'learning/experiments/panel-i-kassan.yaml\n' });
    const text = readFileSync(path.join(repo.root, 'learning/experiments/panel-i-kassan.yaml'), 'utf8');
    expect(text).toContain('sample: 12\njourney: köpa\ntouchpoint: kassan\nplan: Vi visar kassan för tolv resenärer\n');
    const insight = await runCli([
      '-C',
      repo.root,
      'new',
      'insight',
      'Kassan förvirrar',
      '--learned',
      'Vi lärde oss att kassan förvirrar',
      '--journey',
      'köpa',
      '--touchpoint',
      'biljettautomaten',
    ]);
    expect(insight).toMatchObject({ code: 0, stderr: '' });
    const record = parseRecordText(readFileSync(path.join(repo.root, 'learning/insights/kassan-forvirrar.yaml'), 'utf8'), 'x.yaml').record;
    expect(record).toMatchObject({ journey: 'köpa', touchpoint: 'biljettautomaten' });
  });

  it('writes a touchpoint its stage does not list, and warns as check does', async () => {
    const repo = makeRepo(VALID_FILES, { config: CONFIG });
    const result = await runCli([
      '-C',
      repo.root,
      'new',
      'hypothesis',
      'Kassan',
      '--statement',
      'Vi tror att kassan är svår eftersom den har många steg',
      '--journey',
      'köpa',
      '--touchpoint',
      'kasan',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'touchpoint "kasan" is not one of the touchpoints of the journey stage "köpa" in hypo.config.yaml (did you mean "kassan"?) [unknown-touchpoint]',
    );
    expect((await checkJson(repo.root)).json.problems.map((problem) => problem.rule)).toContain('unknown-touchpoint');
  });

  it('in a terminal, asks for a touchpoint among the chosen stage’s, and not for a stage that lists none', async () => {
    const repo = makeRepo(VALID_FILES, { config: CONFIG });
    const answers = {
      statement: 'Vi tror att pendlare köper i kassan eftersom den är snabb',
      'segment (optional)': '',
      'metric (optional)': '',
      'metric type (optional)': '',
      'success (optional)': '',
      'importance (optional)': '',
    };
    const prompter = scriptedPrompter({ ...answers, 'journey (optional)': 'köpa', 'touchpoint (optional)': 'kassan' });
    expect((await runCli(['-C', repo.root, 'new', 'hypothesis', 'I kassan'], { ...TTY, prompter })).code).toBe(0);
    expect(prompter.offered['touchpoint (optional)']!.map((choice) => choice.value)).toEqual(['', 'kassan', 'biljettautomaten']);
    const record = parseRecordText(readFileSync(path.join(repo.root, 'learning/hypotheses/i-kassan.yaml'), 'utf8'), 'x.yaml').record;
    expect(record).toMatchObject({ journey: 'köpa', touchpoint: 'kassan' });
    const planning = scriptedPrompter({ ...answers, 'journey (optional)': 'planera' });
    expect((await runCli(['-C', repo.root, 'new', 'hypothesis', 'Planering'], { ...TTY, prompter: planning })).code).toBe(0);
    expect(planning.asked).not.toContain('touchpoint (optional)');
  });
});

describe('hypo new, in a terminal', () => {
  it('asks for the title and the missing fields, with lists for the enums and links', async () => {
    const repo = makeRepo(VALID_FILES, { config: 'journey: [planera, resa]\n' });
    const prompter = scriptedPrompter({
      'Title of the hypothesis': 'Pendlare vill få påminnelser',
      statement: 'Vi tror att pendlare glömmer periodkortet',
      'segment (optional)': 'pendlare',
      'journey (optional)': 'resa',
      'metric (optional)': '',
      'metric type (optional)': 'customer',
      'success (optional)': '',
      'importance (optional)': 'high',
    });
    let stdout = '';
    const result = await runCli(['-C', repo.root, 'new', 'hypothesis'], {
      stdinIsTTY: true,
      stdout: { write: (text: string) => (stdout += text), isTTY: true },
      prompter,
    });
    expect(result.code).toBe(0);
    expect(stdout).toBe('learning/hypotheses/pendlare-vill-fa-paminnelser.yaml\n');
    expect(prompter.asked).toEqual([
      'Title of the hypothesis',
      'statement',
      'segment (optional)',
      'journey (optional)',
      'metric (optional)',
      'metric type (optional)',
      'success (optional)',
      'importance (optional)',
    ]);
    const record = parseRecordText(readFileSync(path.join(repo.root, 'learning/hypotheses/pendlare-vill-fa-paminnelser.yaml'), 'utf8'), 'x.yaml').record;
    expect(record).toMatchObject({ segment: 'pendlare', journey: 'resa', metric_type: 'customer', importance: 'high', status: 'open' });
    expect(record).not.toHaveProperty('metric');
  });

  it('offers the configured segments as a list, like the journey stages', async () => {
    const repo = makeRepo(VALID_FILES, { config: 'segments: [pendlare, turister]\n' });
    const scripted = scriptedPrompter({
      'Title of the hypothesis': 'Turister hittar appen',
      statement: 'Vi tror att turister skannar QR-koden',
      'segment (optional)': 'turister',
      'journey (optional)': 'upptäcka',
    });
    const offered: Record<string, unknown[]> = {};
    const prompter: typeof scripted = {
      ...scripted,
      select: (options) => {
        offered[options.message] = options.choices.map((choice) => choice.value);
        return scripted.select(options);
      },
    };
    const flags = ['--metric', 'm', '--metric-type', 'customer', '--success', 's', '--importance', 'low'];
    const result = await runCli(['-C', repo.root, 'new', 'hypothesis', ...flags], { stdinIsTTY: true, stdout: { write: () => true, isTTY: true }, prompter });
    expect(result.code).toBe(0);
    // Listed segments are a choice; the journey, with no stages listed, is typed.
    expect(offered).toEqual({ 'segment (optional)': ['', 'pendlare', 'turister'] });
    const record = parseRecordText(readFileSync(path.join(repo.root, 'learning/hypotheses/turister-hittar-appen.yaml'), 'utf8'), 'x.yaml').record;
    expect(record).toMatchObject({ segment: 'turister', journey: 'upptäcka' });
  });

  it('offers the existing hypotheses for an experiment’s tests and asks nothing already given', async () => {
    const repo = makeRepo(VALID_FILES);
    const prompter = scriptedPrompter({
      tests: ['riders-want-realtime'],
      'plan (optional)': 'Fråga panelen',
      'measure (optional)': '',
      'start (optional)': '',
      'end (optional)': '',
      'sample (optional)': '',
    });
    const result = await runCli(['-C', repo.root, 'new', 'experiment', 'Panel två', '--method', 'panel'], {
      stdinIsTTY: true,
      stdout: { write: () => true, isTTY: true },
      prompter,
    });
    expect(result.code).toBe(0);
    expect(prompter.asked).toEqual(['tests', 'plan (optional)', 'measure (optional)', 'start (optional)', 'end (optional)', 'sample (optional)']);
  });

  it('exits 130 and writes nothing when the person cancels', async () => {
    const repo = makeRepo();
    const cancelled = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    const prompter = { ...scriptedPrompter({}), input: async () => Promise.reject(cancelled) };
    const result = await runCli(['-C', repo.root, 'new', 'hypothesis'], { stdinIsTTY: true, stdout: { write: () => true, isTTY: true }, prompter });
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('hypo: cancelled; nothing was written\n');
    expect(readdirSync(path.join(repo.root, 'learning'))).toEqual([]);
  });
});

describe('hypo new, racing', () => {
  it('lets exactly one of several processes create the same id, and the file is whole', async () => {
    const repo = makeRepo();
    const bin = fileURLToPath(new URL('../../bin/hypo.js', import.meta.url));
    const runs = Array.from(
      { length: 6 },
      (_, index) =>
        new Promise<{ code: number | null; index: number }>((resolve) => {
          const child = spawn(process.execPath, [bin, '-C', repo.root, 'new', 'hypothesis', 'Same title', '--statement', `run ${index}`], {
            env: { ...TEST_ENV },
            stdio: 'ignore',
          });
          child.on('close', (code) => resolve({ code, index }));
        }),
    );
    const results = await Promise.all(runs);
    const winners = results.filter((result) => result.code === 0);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.code !== 0).every((result) => result.code === 2)).toBe(true);
    const text = readFileSync(path.join(repo.root, 'learning/hypotheses/same-title.yaml'), 'utf8');
    expect(parseRecordText(text, 'x.yaml').record).toMatchObject({ statement: `run ${winners[0]!.index}` });
    expect(readdirSync(path.join(repo.root, 'learning/hypotheses'))).toEqual(['same-title.yaml']);
  });
});
