// Metrics with numbers: a CPI (what the customer gains) belongs to a customer metric, and a
// hypothesis' baseline, target and the values its experiments measured are in one unit, so
// that "58 % → 70 %, measured 64 %" can be read at all. Warnings: the record is valid, only
// probably not what was meant. On the raw data, so they run even when another field is wrong;
// free of zod, as a cached `hypo check` runs the rules without loading it.
import type { RecordGraph } from '../model/graph.js';
import { type Problem, problemAt } from '../model/problem.js';
import { quantityOf } from '../model/quantity.js';
import type { CheckableFile } from './check-graph.js';

export function checkMetrics(files: readonly CheckableFile[], graph: RecordGraph): Problem[] {
  const problems: Problem[] = [];
  for (const loaded of files) {
    const data = loaded.data;
    if (!data) continue;
    if (loaded.kind === 'hypothesis') problems.push(...checkHypothesisMetric(loaded, data));
    else if (loaded.kind === 'experiment') problems.push(...checkMeasuredUnit(loaded, data, graph));
  }
  return problems;
}

function checkHypothesisMetric(loaded: CheckableFile, data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  // A CPI with no metric_type is not warned about: naming what the customer gains already says the
  // metric is the customer's, so the report counts it as a customer metric (report/metric-view.ts).
  // Only a metric declared a business KPI contradicts it.
  if (typeof data.cpi === 'string' && data.metric_type === 'business') {
    problems.push(
      problemAt(
        loaded,
        ['cpi'],
        'cpi-on-business-metric',
        `cpi "${data.cpi}" says what the customer gains, but metric_type is business: make metric_type customer, or remove cpi from a company KPI`,
        { severity: 'warning' },
      ),
    );
  }
  const baseline = unitOf(data.baseline);
  const target = unitOf(data.target);
  if (baseline && target && !sameUnit(baseline, target)) {
    problems.push(
      problemAt(
        loaded,
        ['target'],
        'quantity-unit-mismatch',
        `target is in "${target}" but baseline in "${baseline}": write both in one unit, so that a result can be read against them`,
        { severity: 'warning' },
      ),
    );
  }
  return problems;
}

/** A measured value in another unit than a tested hypothesis' target (else baseline) says nothing about it. */
function checkMeasuredUnit(loaded: CheckableFile, data: Record<string, unknown>, graph: RecordGraph): Problem[] {
  const result = data.result;
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return [];
  const measured = unitOf((result as Record<string, unknown>).value);
  if (!measured || !Array.isArray(data.tests)) return [];
  for (const id of data.tests) {
    const hypothesis = typeof id === 'string' ? graph.records.get(id)?.record : undefined;
    if (hypothesis?.kind !== 'hypothesis') continue;
    const [field, unit] = hypothesis.target !== undefined ? ['target', unitOf(hypothesis.target)] : ['baseline', unitOf(hypothesis.baseline)];
    if (unit && !sameUnit(unit, measured)) {
      return [
        problemAt(
          loaded,
          ['result', 'value'],
          'quantity-unit-mismatch',
          `result.value is in "${measured}" but the hypothesis "${id}" has its ${field} in "${unit}": measure in the hypothesis' unit, so that the result can be read against it`,
          { severity: 'warning' },
        ),
      ];
    }
  }
  return [];
}

/** The unit of a valid quantity that has one; a bare number fits any unit (the unit went without saying). */
function unitOf(value: unknown): string | undefined {
  return quantityOf(value)?.unit ?? undefined;
}

function sameUnit(a: string, b: string): boolean {
  const normal = (unit: string) => unit.toLowerCase().replace(/\s+/g, ' ');
  return normal(a) === normal(b);
}
