// The one shape every reader of the config's journey gets, whichever form a stage is written in.
import { describe, expect, it } from 'vitest';
import { journeyStageNames, journeyStages } from '../../src/model/journey-stages.js';

describe('journeyStages', () => {
  it('gives none without a journey', () => {
    expect(journeyStages(undefined)).toEqual([]);
    expect(journeyStages([])).toEqual([]);
  });

  it('gives a stage written as its name no phase, touchpoints or description', () => {
    expect(journeyStages(['planera'])).toEqual([{ name: 'planera', phase: null, touchpoints: [], description: null }]);
  });

  it('keeps a mapping’s phase, touchpoints and description, filling in what it leaves out, in the configured order', () => {
    const stages = journeyStages([
      'upptäcka',
      { name: 'köpa', phase: 'during', touchpoints: ['kassan', 'biljettautomaten'], description: 'Väljer biljett och betalar.' },
      { name: 'efter resan' },
    ]);
    expect(stages).toEqual([
      { name: 'upptäcka', phase: null, touchpoints: [], description: null },
      { name: 'köpa', phase: 'during', touchpoints: ['kassan', 'biljettautomaten'], description: 'Väljer biljett och betalar.' },
      { name: 'efter resan', phase: null, touchpoints: [], description: null },
    ]);
    expect(journeyStageNames(['upptäcka', { name: 'köpa', phase: 'during' }])).toEqual(['upptäcka', 'köpa']);
  });

  it('copies the touchpoints, so a reader cannot change the config', () => {
    const touchpoints = ['kassan'];
    journeyStages([{ name: 'köpa', touchpoints }])[0]!.touchpoints.push('ombord');
    expect(touchpoints).toEqual(['kassan']);
  });
});
