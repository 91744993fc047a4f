// The words of the closed lists (outcomes, methods, actions, evidence, acted-on states,
// statuses) where the report and the journey map print them: in Swedish in a Swedish
// report, as written in an English one. Which words to look for comes from the JSON of the
// example, and each is looked for in the place the renderer puts it, so that a title or a
// summary written in English cannot make the test pass or fail.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/markdown-escape.js';
import { type Lang, messages, type Translator } from '../../src/render/messages/index.js';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));
const PERIOD = ['--sprint', '4', '--as-of', '2026-11-25'];

interface ReportJson {
  tested: { method: string; outcome: string | null }[];
  learned: { evidence: string | null; basis: { method: string; outcome: string | null }[] }[];
  decided: { action: string }[];
  metrics: { outcomes: Record<string, number>; actedOn: { states: Record<string, number> } | null };
}

interface JourneyJson {
  stages: { hypotheses: Record<string, number>; evidence: Record<string, number> }[];
}

const report = (...args: string[]) => runCli(['-C', EXAMPLE, 'report', ...PERIOD, ...args]);
const journey = (...args: string[]) => runCli(['-C', EXAMPLE, 'journey', '--as-of', '2026-11-25', ...args]);

type Format = 'text' | 'markdown' | 'html';

/** Where each format prints the report's closed-list words: the word in its fixed surroundings. */
function reportSlots(data: ReportJson, format: Format, t: Translator): string[] {
  const md = format === 'markdown' ? escapeMarkdown : (text: string) => text;
  const outcomeCounts = Object.entries(data.metrics.outcomes).map(([outcome, n]) => `${n} ${t.word('outcome', outcome)}`);
  const acted = Object.entries(data.metrics.actedOn?.states ?? {}).map(([state, n]) => `${n} ${t.word('acted', state)}`);
  const basis = data.learned.flatMap((item) => item.basis.filter((entry) => entry.outcome !== null));
  const tested = data.tested.filter((item) => item.outcome !== null);
  const evidence = data.learned.flatMap((item) => (item.evidence ? [t.word('insightEvidence', item.evidence)] : []));
  switch (format) {
    case 'text':
      return [
        ...outcomeCounts,
        ...acted,
        ...tested.flatMap((item) => [` · ${t.word('method', item.method)} · `, ` · ${t.word('outcome', item.outcome!)}\n`]),
        ...evidence.map((level) => t('item.evidence', { level })),
        ...basis.map((entry) => `${t.word('method', entry.method)} (${t.word('outcome', entry.outcome!)})`),
        ...data.decided.map((item) => `• ${t.word('action', item.action)}: `),
      ];
    case 'markdown':
      return [
        ...acted,
        ...Object.entries(data.metrics.outcomes)
          .filter(([, n]) => n > 0)
          .map(([outcome, n]) => `"${t.word('outcome', outcome)}" : ${n}`),
        ...tested.flatMap((item) => [`| ${md(t.word('method', item.method))} |`, `| ${md(t.word('outcome', item.outcome!))} |`]),
        ...evidence.map((level) => `| ${md(level)} |`),
        ...basis.map((entry) => `${md(t.word('method', entry.method))} (${md(t.word('outcome', entry.outcome!))})`),
        ...data.decided.map((item) => `| **${md(t.word('action', item.action))}** |`),
      ];
    case 'html':
      return [
        ...outcomeCounts.map((words) => `${words}</span>`),
        ...acted.map((words) => `>${words}</span>`),
        ...tested.flatMap((item) => [
          `<p class="meta">${t.word('method', item.method)}`,
          `<span class="pill ${item.outcome}">${t.word('outcome', item.outcome!)}</span>`,
        ]),
        ...evidence.map((level) => `<span class="pill neutral">${level}</span>`),
        ...data.decided.map((item) => `<span class="pill neutral">${t.word('action', item.action)}</span>`),
        // The assumption map's key and the outcomes chart's legend.
        ...['supported', 'refuted', 'inconclusive'].map((status) => `</span>${t.word('status', status)}</span>`),
        ...['supports', 'refutes', 'inconclusive'].map((outcome) => `dominant-baseline="central">${t.word('outcome', outcome)}</text>`),
      ];
  }
}

/** The journey map's statuses and evidence levels of each stage, "1 supported", "2 strong", as every format prints them. */
function journeySlots(data: JourneyJson, t: Translator): string[] {
  return data.stages.flatMap((stage) => [
    ...Object.entries(stage.hypotheses)
      .filter(([status, n]) => status !== 'total' && n > 0)
      .map(([status, n]) => `${n} ${t.word('status', status)}`),
    ...Object.entries(stage.evidence)
      .filter(([, n]) => n > 0)
      .map(([level, n]) => `${n} ${t.word('evidence', level)}`),
  ]);
}

/** The slots of both languages side by side, those whose word the languages write differently. */
function differing(slots: (t: Translator) => string[]): { en: string; sv: string }[] {
  const [en, sv] = (['en', 'sv'] as Lang[]).map((lang) => slots(messages(lang)));
  return en!.map((text, index) => ({ en: text, sv: sv![index]! })).filter((pair) => pair.en !== pair.sv);
}

describe('the closed-list words of hypo report --lang sv on the example', () => {
  it.each(['text', 'markdown', 'html'] as const)('in %s are Swedish where English shows them as written', async (format) => {
    const data = JSON.parse((await report('--format', 'json', '--lang', 'en')).stdout) as ReportJson;
    const pairs = differing((t) => reportSlots(data, format, t));
    // Outcomes, methods, actions, evidence and acted-on states all differ between the languages: a real sample.
    expect(pairs.length).toBeGreaterThan(10);
    const [english, swedish] = await Promise.all([report('--format', format, '--lang', 'en'), report('--format', format, '--lang', 'sv')]);
    expect(pairs.filter((pair) => !english.stdout.includes(pair.en))).toEqual([]);
    expect(pairs.filter((pair) => !swedish.stdout.includes(pair.sv))).toEqual([]);
    expect(pairs.filter((pair) => swedish.stdout.includes(pair.en))).toEqual([]);
  });

  it('names the decisions, outcomes and acted-on states in Swedish', async () => {
    const text = (await report('--lang', 'sv')).stdout;
    for (const words of ['• fortsätt: ', '• iterera: ', '0 stöder · 0 motbevisar · 1 oavgjort', '1 genomfört · 0 inte än · 1 försenat', 'belägg: blandad']) {
      expect(text).toContain(words);
    }
  });
});

describe('the closed-list words of hypo journey --lang sv on the example', () => {
  it.each(['text', 'markdown', 'html'] as const)('in %s are Swedish statuses and evidence levels', async (format) => {
    const data = JSON.parse((await journey('--format', 'json', '--lang', 'en')).stdout) as JourneyJson;
    const pairs = differing((t) => journeySlots(data, t));
    expect(pairs.length).toBeGreaterThan(5);
    const [english, swedish] = await Promise.all([journey('--format', format, '--lang', 'en'), journey('--format', format, '--lang', 'sv')]);
    expect(pairs.filter((pair) => !english.stdout.includes(pair.en))).toEqual([]);
    expect(pairs.filter((pair) => !swedish.stdout.includes(pair.sv))).toEqual([]);
    expect(pairs.filter((pair) => swedish.stdout.includes(pair.en))).toEqual([]);
  });
});
