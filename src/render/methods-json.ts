// `hypo methods --format json`: every key present for every method (sample null when the
// sample does not change the evidence), so consumers get one shape.
import type { MethodList } from '../report/method-list.js';
import { toJson } from './json-text.js';

export function renderMethodsJson(list: MethodList): string {
  return toJson({
    configFile: list.configFile,
    methods: list.methods.map((entry) => ({
      method: entry.method,
      observes: entry.observes,
      cost: entry.cost,
      days: entry.days,
      strength: entry.strength,
      sample: entry.sample ? { min: entry.sample.min, full: entry.sample.full } : null,
      description: entry.description,
      source: entry.source,
    })),
  });
}
