// Journey maps built by hand for the renderers' tests: one stage per phase, and one whose
// stage and touchpoint names try every trick a markdown, mermaid or HTML reader might obey.
import type { JourneyMap, JourneyMapStage } from '../../src/report/journey-model.js';

export function journeyStage(name: string, overrides: Partial<JourneyMapStage> = {}): JourneyMapStage {
  return {
    name,
    phase: null,
    touchpoints: [],
    hypotheses: { total: 0, open: 0, testing: 0, supported: 0, refuted: 0, inconclusive: 0, retired: 0 },
    evidence: { none: 0, weak: 0, medium: 0, strong: 0 },
    customerMetrics: 0,
    businessMetrics: 0,
    cpis: { time: 0, convenience: 0, alternatives: 0, money: 0, achievement: 0 },
    insights: [],
    decisions: [],
    flags: ['no-hypotheses', 'guessing'],
    ...overrides,
  };
}

/** Three stages, one a phase, with a touchpoint each; `name` is the middle stage's name and its touchpoint's. */
export function sampleJourney(name = 'köpa'): JourneyMap {
  return {
    asOf: '2026-11-25',
    stages: [
      journeyStage('hitta', {
        phase: 'before',
        touchpoints: [{ name: 'sök', hypotheses: ['h-sok'] }],
        hypotheses: { total: 1, open: 1, testing: 0, supported: 0, refuted: 0, inconclusive: 0, retired: 0 },
        evidence: { none: 1, weak: 0, medium: 0, strong: 0 },
        businessMetrics: 1,
        flags: ['guessing', 'kpi-only'],
      }),
      journeyStage(name, {
        phase: 'during',
        touchpoints: [{ name, hypotheses: ['h-kassa', 'h-tid'] }],
        hypotheses: { total: 2, open: 0, testing: 1, supported: 1, refuted: 0, inconclusive: 0, retired: 0 },
        evidence: { none: 1, weak: 0, medium: 0, strong: 1 },
        customerMetrics: 2,
        cpis: { time: 1, convenience: 0, alternatives: 0, money: 1, achievement: 0 },
        insights: ['i-kassa'],
        decisions: ['i-kassa'],
        flags: [],
      }),
      journeyStage('använda', { phase: 'during' }),
    ],
    phasesWithoutHypotheses: ['after'],
    skipped: [],
  };
}

export const HOSTILE_NAME = 'Kassan | <img src=x onerror=alert(1)>: 5: x\n"citat" `kod` ]] # ; %%{init}%% https://evil.example/x.png \u001b[2J';
