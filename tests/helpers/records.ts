// Small valid records to build test repositories from.

export const HYPOTHESIS = `kind: hypothesis
title: Riders want real-time departures
statement: We believe that riders check departures on the go
status: open
`;

export const EXPERIMENT = `kind: experiment
title: Panel on departures
tests: [riders-want-realtime]
method: panel
status: planned
`;

export const INSIGHT = `kind: insight
title: Riders plan at home
learned: Most riders plan the trip before they leave home
`;

/** A repository with one valid record of each kind, linked. */
export const VALID_FILES: Record<string, string> = {
  'learning/hypotheses/riders-want-realtime.yaml': HYPOTHESIS,
  'learning/experiments/departures-panel.yaml': EXPERIMENT,
  'learning/insights/riders-plan-at-home.yaml': `${INSIGHT}hypotheses: [riders-want-realtime]\n`,
};
