// A metric's numbers in the words every renderer uses: baseline → target, then what was
// measured, each as written ("58 % → 70 % · measured 64 %"). Renderers escape the result
// their own way; these words only join.
import { CPI_TYPES } from '../model/vocabulary.js';
import type { LearningLoopReport, TestedItem } from '../report/loop-model.js';
import type { QuantityView } from '../report/metric-view.js';
import { messages, type Translator } from './messages/index.js';

const EN = messages('en');

/** "58 % → 70 %", or "baseline 58 %" / "target 70 %" when only one is stated; undefined for neither. */
export function rangeWords(baseline: QuantityView | null, target: QuantityView | null, t: Translator = EN): string | undefined {
  if (baseline && target) return `${baseline.text} → ${target.text}`;
  if (baseline) return t('metric.baseline', { value: baseline.text });
  return target ? t('metric.target', { value: target.text }) : undefined;
}

/**
 * A done experiment's numbers: the tested hypotheses' baseline → target, then the value it
 * measured: "58 % → 70 % · measured 64 %". With several hypotheses stating numbers each names
 * its hypothesis. Undefined when there is nothing to show.
 */
export function testedValueWords(item: Pick<TestedItem, 'value' | 'metrics'>, t: Translator = EN): string | undefined {
  const several = item.metrics.length > 1;
  const ranges = item.metrics.flatMap((metric) => {
    const range = rangeWords(metric.baseline, metric.target, t);
    return range ? [several ? `${range} (${metric.hypothesis})` : range] : [];
  });
  const words = [...ranges, ...(item.value ? [t('metric.measured', { value: item.value.text })] : [])];
  return words.length > 0 ? words.join(' · ') : undefined;
}

/** "CPI: time 2 · money 1 · convenience 1", most first; undefined when no customer metric names a CPI. */
export function cpiWords(focus: LearningLoopReport['customerFocus'], t: Translator = EN): string | undefined {
  const counts = CPI_TYPES.map((cpi) => [cpi, focus.cpi[cpi]] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
  if (counts.length === 0) return undefined;
  const named = counts.reduce((sum, [, count]) => sum + count, 0);
  const unnamed = focus.customer - named;
  return `${t('figures.cpi')}: ${[...counts.map(([cpi, count]) => `${t.word('cpi', cpi)} ${count}`), ...(unnamed > 0 ? [t('figures.cpiNotSet', { n: unnamed })] : [])].join(' · ')}`;
}
