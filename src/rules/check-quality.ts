// The quality group of `hypo check` (see docs/format.md): a hypothesis worth testing
// gives a reason (without one, a failed test teaches nothing), names someone in
// particular, and states beforehand a success criterion with a number in it; the loop
// closes honestly (no decision against every result, no done experiment left unread).
// Warnings by default; `quality` in the config sets the level per rule and adds words.
import type { HypoConfig } from '../model/config-schema.js';
import type { RecordGraph } from '../model/graph.js';
import { type Problem, problemAt, type Severity } from '../model/problem.js';
import { QUALITY_RULES, type QualityRule } from '../model/quality-rules.js';
import type { Experiment, Hypothesis, Insight } from '../model/schemas.js';
import type { CheckableFile } from './check-graph.js';
import { hypothesisVerdicts, successDue } from './hypothesis-criteria.js';
import { type TextTests, textTests } from './quality-text.js';
import { type SuccessHistory, successChangedAfterTest } from './success-after-test.js';

export type QualityConfig = HypoConfig['quality'];

/** The severity of each rule that is on. */
export function qualitySeverities(config: QualityConfig): Map<QualityRule, Severity> {
  const severities = new Map<QualityRule, Severity>();
  for (const rule of QUALITY_RULES) {
    const level = config?.rules?.[rule] ?? config?.level ?? 'warn';
    if (level !== 'off') severities.set(rule, level === 'error' ? 'error' : 'warning');
  }
  return severities;
}

export function checkQuality(files: readonly CheckableFile[], graph: RecordGraph, config: QualityConfig, history?: SuccessHistory): Problem[] {
  const severities = qualitySeverities(config);
  if (severities.size === 0) return [];
  const tests = textTests(config);
  const problems: Problem[] = [];
  const report = (loaded: CheckableFile, path: (string | number)[], rule: QualityRule, message: string) => {
    const severity = severities.get(rule);
    if (severity) problems.push(problemAt(loaded, path, rule, message, { severity }));
  };
  for (const loaded of files) {
    const record = loaded.record;
    // A record that is not the graph's (a duplicate id) is judged by the duplicate-id error alone.
    if (!record || graph.records.get(loaded.id)?.file !== loaded.file) continue;
    if (record.kind === 'hypothesis') {
      checkHypothesis(loaded, record, graph, tests, report);
      if (history && severities.has('success-after-test')) {
        const late = successChangedAfterTest(loaded, record, graph, history);
        if (late) report(loaded, [late.field], 'success-after-test', late.message);
      }
    } else if (record.kind === 'experiment') checkExperiment(loaded, record, graph, report);
    else checkInsight(loaded, record, graph, report);
  }
  return problems;
}

type Report = (loaded: CheckableFile, path: (string | number)[], rule: QualityRule, message: string) => void;

function checkHypothesis(loaded: CheckableFile, hypothesis: Hypothesis, graph: RecordGraph, tests: TextTests, report: Report) {
  const verdicts = hypothesisVerdicts(loaded.id, hypothesis, graph, tests);
  if (verdicts['statement-no-reason'] === false) {
    report(
      loaded,
      ['statement'],
      'statement-no-reason',
      'the statement gives no reason: say why you believe it ("because …", "eftersom …"), so that a failed test shows which reason was wrong',
    );
  }
  const due = verdicts['success-missing'] === false ? successDue(loaded.id, hypothesis, graph) : undefined;
  if (due) {
    const why = 'status' in due ? `the hypothesis is ${due.status}` : `"${due.testedBy}" tests it`;
    report(loaded, ['status'], 'success-missing', `${why}, but it has no success: write down before the test what result would prove it right`);
  }
  if (verdicts['success-not-measurable'] === false) {
    report(
      loaded,
      ['success'],
      'success-not-measurable',
      'the success names no number, share or quantity: say how much ("at least 10 of 14", "30 %", "hälften"), so that the result can be read against it',
    );
  }
  if (verdicts['generic-segment'] === false) {
    report(loaded, ['segment'], 'generic-segment', `the segment "${hypothesis.segment}" names no one in particular: say which people, in which situation`);
  }
}

function checkExperiment(loaded: CheckableFile, experiment: Experiment, graph: RecordGraph, report: Report) {
  if (experiment.status === 'done' && (graph.insightsFrom.get(loaded.id) ?? []).length === 0) {
    report(
      loaded,
      ['status'],
      'experiment-without-insight',
      'the experiment is done, but no insight draws on it: write down what was learned (hypo new insight)',
    );
  }
}

function checkInsight(loaded: CheckableFile, insight: Insight, graph: RecordGraph, report: Report) {
  const action = insight.decision?.action;
  if ((action !== 'persevere' && action !== 'stop') || !insight.from?.length) return;
  const outcomes = insight.from.map((id) => {
    const experiment = graph.records.get(id)?.record;
    return experiment?.kind === 'experiment' ? experiment.result?.outcome : undefined;
  });
  const against = action === 'persevere' ? 'refutes' : 'supports';
  if (outcomes.every((outcome) => outcome === against)) {
    const every = outcomes.length === 1 ? 'the experiment behind the insight' : `all ${outcomes.length} experiments behind the insight`;
    report(
      loaded,
      ['decision', 'action'],
      'decision-against-evidence',
      `the decision is to ${action}, but ${every} ${outcomes.length === 1 ? against : against.replace(/s$/, '')}: say in the summary why, or reconsider`,
    );
  }
}
