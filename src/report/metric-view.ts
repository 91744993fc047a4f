// A hypothesis' metric with its numbers, for `hypo show` and the report: what is measured, for
// whom (customer or business, and the CPI), baseline → target, and what its done experiments
// measured, newest first. Pure: the graph in, data out.
import { experimentsTesting, type RecordGraph } from '../model/graph.js';
import { formatQuantity, quantityOf } from '../model/quantity.js';
import type { Experiment, Hypothesis } from '../model/schemas.js';
import type { CpiType, MetricType } from '../model/vocabulary.js';

/** A valid quantity: as written (for people) and parsed (for programs). */
export interface QuantityView {
  text: string;
  value: number;
  unit: string | null;
}

export interface MeasuredValue {
  experiment: string;
  /** The experiment's end day, when it states one. */
  end: string | null;
  value: QuantityView;
}

export interface MetricView {
  metric: string | null;
  /** metric_type, or customer when only a cpi is given (a CPI is the customer's by definition). */
  type: MetricType | null;
  cpi: CpiType | null;
  baseline: QuantityView | null;
  target: QuantityView | null;
  /** The result.value of the done experiments testing it, newest end first (no end last), then by id. */
  measured: MeasuredValue[];
}

/** A cpi says the metric is the customer's: the check does not warn about a cpi without metric_type, and the report counts it. */
export function metricTypeOf(hypothesis: Pick<Hypothesis, 'metric_type' | 'cpi'>): MetricType | undefined {
  return hypothesis.metric_type ?? (hypothesis.cpi ? 'customer' : undefined);
}

export function quantityView(value: unknown): QuantityView | null {
  const quantity = quantityOf(value);
  return quantity ? { text: formatQuantity(value), ...quantity } : null;
}

export function metricView(id: string, hypothesis: Hypothesis, graph: RecordGraph): MetricView {
  const measured: MeasuredValue[] = [];
  for (const { id: experimentId, record: experiment } of experimentsTesting(graph, id)) {
    if (experiment.status !== 'done') continue;
    const value = measuredValue(experiment);
    if (value) measured.push({ experiment: experimentId, end: experiment.end ?? null, value });
  }
  measured.sort((a, b) => compareEnds(a.end, b.end) || (a.experiment < b.experiment ? -1 : a.experiment > b.experiment ? 1 : 0));
  return {
    metric: hypothesis.metric ?? null,
    type: metricTypeOf(hypothesis) ?? null,
    cpi: hypothesis.cpi ?? null,
    baseline: quantityView(hypothesis.baseline),
    target: quantityView(hypothesis.target),
    measured,
  };
}

export function measuredValue(experiment: Experiment): QuantityView | null {
  return quantityView(experiment.result?.value);
}

/** Newest first; an experiment without an end day after those with one. */
function compareEnds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
