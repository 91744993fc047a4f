// hypo journey: the journey map, exactly, on the example and on a fixture with phases,
// touchpoints and CPIs; the text within 80 columns; --as-of from git.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));

type Counts = Record<string, number>;
const statuses = (counts: Counts) => ({ total: 0, open: 0, testing: 0, supported: 0, refuted: 0, inconclusive: 0, retired: 0, ...counts });
const evidence = (counts: Counts) => ({ none: 0, weak: 0, medium: 0, strong: 0, ...counts });
const cpis = (counts: Counts) => ({ time: 0, convenience: 0, alternatives: 0, money: 0, achievement: 0, ...counts });

describe('hypo journey on the example', () => {
  it('gives the map as of 25 November exactly', async () => {
    const result = await runCli(['-C', EXAMPLE, 'journey', '--as-of', '2026-11-25', '--format', 'json']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual({
      asOf: '2026-11-25',
      stages: [
        {
          name: 'upptäcka',
          phase: 'before',
          touchpoints: [
            { name: 'hållplatsskylt', hypotheses: ['turister-hittar-appen-via-qr-kod-pa-hallplatsen'] },
            { name: 'app store', hypotheses: [] },
          ],
          hypotheses: statuses({ total: 1, retired: 1 }),
          evidence: evidence({}),
          customerMetrics: 0,
          businessMetrics: 0,
          cpis: cpis({}),
          insights: [],
          decisions: [],
          flags: ['no-hypotheses', 'guessing'],
        },
        {
          name: 'planera',
          phase: 'before',
          touchpoints: [
            { name: 'reseplaneraren', hypotheses: ['tydliga-byten-minskar-missade-anslutningar'] },
            { name: 'tidtabellen', hypotheses: [] },
            { name: 'kundtjänst', hypotheses: [] },
          ],
          hypotheses: statuses({ total: 2, open: 1, testing: 1 }),
          evidence: evidence({ none: 2 }),
          customerMetrics: 1,
          businessMetrics: 1,
          cpis: cpis({}),
          insights: [],
          decisions: [],
          flags: ['guessing'],
        },
        {
          name: 'köpa',
          phase: 'during',
          touchpoints: [
            { name: 'kassan', hypotheses: ['kop-utan-konto-okar-konverteringen', 'swish-forst-i-kassan-okar-konverteringen'] },
            { name: 'biljettautomaten', hypotheses: [] },
          ],
          hypotheses: statuses({ total: 3, supported: 1, refuted: 1, inconclusive: 1 }),
          evidence: evidence({ medium: 1, strong: 2 }),
          customerMetrics: 1,
          businessMetrics: 2,
          cpis: cpis({ convenience: 1 }),
          // The survey's insight names no stage: it counts through the hypothesis it is about.
          insights: [
            'farjeresenarer-vill-kopa-i-appen-om-biljetten-fungerar-utan-nat',
            'kop-utan-konto-gav-ingen-tydlig-skillnad',
            'swish-forst-gav-tre-procentenheter',
          ],
          decisions: [
            'farjeresenarer-vill-kopa-i-appen-om-biljetten-fungerar-utan-nat',
            'kop-utan-konto-gav-ingen-tydlig-skillnad',
            'swish-forst-gav-tre-procentenheter',
          ],
          flags: [],
        },
        {
          name: 'resa',
          phase: 'during',
          touchpoints: [
            { name: 'ombord', hypotheses: [] },
            { name: 'bryggan', hypotheses: ['offlinebiljett-minskar-oron-vid-dalig-tackning'] },
            { name: 'realtidskartan', hypotheses: ['farjeresenarer-vill-se-farjan-i-realtid'] },
            { name: 'förseningsnotiser', hypotheses: ['forseningsnotiser-for-sparade-resor'] },
          ],
          hypotheses: statuses({ total: 3, testing: 1, supported: 2 }),
          evidence: evidence({ weak: 1, strong: 2 }),
          customerMetrics: 3,
          businessMetrics: 0,
          cpis: cpis({ time: 2 }),
          insights: ['farjeresenarer-planerar-efter-var-farjan-ar', 'pilotgruppen-oppnar-fyra-av-tio-notiser'],
          decisions: ['farjeresenarer-planerar-efter-var-farjan-ar'],
          flags: [],
        },
        {
          name: 'efter resan',
          phase: 'after',
          touchpoints: [
            { name: 'kvitto', hypotheses: [] },
            { name: 'periodkortsförnyelse', hypotheses: ['pendlare-vill-bli-paminda-om-periodkortet'] },
          ],
          hypotheses: statuses({ total: 1, open: 1 }),
          evidence: evidence({ weak: 1 }),
          customerMetrics: 1,
          businessMetrics: 0,
          cpis: cpis({ convenience: 1 }),
          // Its own stage wins over its hypothesis' (resa).
          insights: ['pendlare-missar-att-periodkortet-gatt-ut'],
          decisions: ['pendlare-missar-att-periodkortet-gatt-ut'],
          flags: ['guessing'],
        },
      ],
      phasesWithoutHypotheses: [],
      skipped: [],
    });
  });

  it('prints text grouped by phase within 80 columns, the flags visible', async () => {
    const result = await runCli(['-C', EXAMPLE, 'journey', '--as-of', '2026-11-25', '--lang', 'en']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(lines.filter((line) => /^\S/.test(line))).toEqual(['Journey map as of 2026-11-25', 'Before', 'During', 'After']);
    expect(result.stdout).toContain('  planera\n    ⚠ guessing: nothing tested\n    hypotheses   2 · 1 open · 1 testing\n');
  });
});

const CONFIG = `journey:
  - name: hitta
    phase: before
    touchpoints: [sök, annons]
  - name: köpa
    phase: during
    touchpoints: [kassan]
  - name: använda
    phase: during
`;

const hypothesis = (fields: string) => `kind: hypothesis\ntitle: En tro\nstatement: Vi tror att det stämmer\n${fields}`;

describe('hypo journey on a fixture with phases, touchpoints and CPIs', () => {
  function fixture() {
    return makeRepo(
      {
        'learning/h-sok.yaml': hypothesis('status: open\njourney: hitta\ntouchpoint: sök\nmetric_type: business\n'),
        'learning/h-annons.yaml': hypothesis('status: supported\njourney: hitta\ntouchpoint: annons\nmetric_type: business\nevidence: medium\n'),
        'learning/h-kassa.yaml': hypothesis('status: supported\njourney: köpa\ntouchpoint: kassan\ncpi: money\n'),
        'learning/h-tid.yaml': hypothesis('status: testing\njourney: köpa\ntouchpoint: kassan\nmetric_type: customer\ncpi: time\n'),
        'learning/h-kö.yaml': hypothesis('status: open\njourney: köpa\ntouchpoint: kön\nmetric_type: customer\n'),
        'learning/h-gammal.yaml': hypothesis('status: retired\njourney: köpa\nmetric_type: business\n'),
        'learning/h-okand.yaml': hypothesis('status: open\njourney: betala\n'),
        'learning/e-kassa.yaml':
          'kind: experiment\ntitle: Test\ntests: [h-kassa]\nmethod: ab-test\nstatus: done\nresult:\n  summary: Fler köper\n  outcome: supports\n',
        'learning/i-kassa.yaml':
          'kind: insight\ntitle: Billigt lockar\nlearned: Fler köper\nfrom: [e-kassa]\ndecision:\n  action: persevere\n  summary: Behåll\n',
        'learning/i-hitta.yaml': 'kind: insight\ntitle: Sök\nlearned: Folk söker\njourney: hitta\n',
      },
      { config: CONFIG },
    );
  }

  it('counts each stage, appends an unknown stage and touchpoint, and names the phase with nothing', async () => {
    const repo = fixture();
    const result = await runCli(['-C', repo.root, 'journey', '--format', 'json']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual({
      asOf: '2026-11-25',
      stages: [
        {
          name: 'hitta',
          phase: 'before',
          touchpoints: [
            { name: 'sök', hypotheses: ['h-sok'] },
            { name: 'annons', hypotheses: ['h-annons'] },
          ],
          hypotheses: statuses({ total: 2, open: 1, supported: 1 }),
          evidence: evidence({ none: 1, medium: 1 }),
          customerMetrics: 0,
          businessMetrics: 2,
          cpis: cpis({}),
          insights: ['i-hitta'],
          decisions: [],
          flags: ['guessing', 'kpi-only'],
        },
        {
          name: 'köpa',
          phase: 'during',
          touchpoints: [
            { name: 'kassan', hypotheses: ['h-kassa', 'h-tid'] },
            { name: 'kön', hypotheses: ['h-kö'] },
          ],
          hypotheses: statuses({ total: 4, open: 1, testing: 1, supported: 1, retired: 1 }),
          evidence: evidence({ none: 2, medium: 1 }),
          customerMetrics: 3,
          businessMetrics: 0,
          cpis: cpis({ money: 1, time: 1 }),
          insights: ['i-kassa'],
          decisions: ['i-kassa'],
          flags: [],
        },
        {
          name: 'använda',
          phase: 'during',
          touchpoints: [],
          hypotheses: statuses({}),
          evidence: evidence({}),
          customerMetrics: 0,
          businessMetrics: 0,
          cpis: cpis({}),
          insights: [],
          decisions: [],
          flags: ['no-hypotheses', 'guessing'],
        },
        {
          name: 'betala',
          phase: null,
          touchpoints: [],
          hypotheses: statuses({ total: 1, open: 1 }),
          evidence: evidence({ none: 1 }),
          customerMetrics: 0,
          businessMetrics: 0,
          cpis: cpis({}),
          insights: [],
          decisions: [],
          flags: ['guessing', 'unknown-stage'],
        },
      ],
      phasesWithoutHypotheses: ['after'],
      skipped: [],
    });
  });

  it('shows the repository as of a past day from git', async () => {
    const repo = makeRepo({ 'learning/h-sok.yaml': hypothesis('status: open\njourney: hitta\ntouchpoint: sök\n') }, { git: true, config: CONFIG });
    repo.commit('first', '2026-10-01');
    repo.write('learning/h-kassa.yaml', hypothesis('status: open\njourney: köpa\ntouchpoint: kassan\ncpi: time\n'));
    repo.commit('second', '2026-11-01');
    const result = await runCli(['-C', repo.root, 'journey', '--as-of', '2026-10-15', '--format', 'json']);
    expect(result.code).toBe(0);
    const map = JSON.parse(result.stdout);
    expect(map.asOf).toBe('2026-10-15');
    expect(map.stages.map((stage: { name: string; hypotheses: { total: number } }) => [stage.name, stage.hypotheses.total])).toEqual([
      ['hitta', 1],
      ['köpa', 0],
      ['använda', 0],
    ]);
    expect(map.phasesWithoutHypotheses).toEqual(['during', 'after']);
  });

  it('writes the format --out names and says where', async () => {
    const repo = fixture();
    const result = await runCli(['-C', repo.root, 'journey', '--out', 'map.json']);
    expect(result).toMatchObject({ code: 0, stdout: 'wrote map.json\n' });
  });
});
