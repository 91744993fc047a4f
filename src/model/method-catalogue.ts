// The method catalogue: for each way of testing a hypothesis, what it observes, what it
// costs and the strongest evidence it can give. The defaults follow the experiment library
// of Bland & Osterwalder, *Testing Business Ideas* (2019): what people say (interviews,
// surveys) is weaker evidence than what they do (fake doors, concierge, A/B tests). The
// config's `methods` overrides any field of a default and adds new methods. Plain data,
// no zod: a cached `hypo check` reads the method names through this file.
import { EXPERIMENT_METHODS, type MethodStrength, type Observes } from './vocabulary.js';

/** How many participants a method needs before its evidence counts in full. */
export interface SampleThresholds {
  /** Below this the evidence is weak, whatever the method. */
  min: number;
  /** From this on the method gives its full strength; between min and full one step less. */
  full: number;
}

export interface MethodEntry {
  method: string;
  observes: Observes;
  /** Relative cost, 1 (an afternoon of calls) to 5 (a build and weeks of traffic). */
  cost: number;
  /** Typical days from start to result. */
  days: number;
  /** The strongest evidence the method gives, with a clear outcome and a large enough sample. */
  strength: MethodStrength;
  /** Absent: the sample does not change the evidence (the method is weak anyway, or has no participants). */
  sample?: SampleThresholds;
  description: string;
}

/** What the config may say about one method: any field, all required only for a new method. */
export type MethodOverride = Partial<Omit<MethodEntry, 'method'>>;

export type MethodCatalogue = ReadonlyMap<string, MethodEntry>;

const entry = (
  method: (typeof EXPERIMENT_METHODS)[number],
  observes: Observes,
  cost: number,
  days: number,
  strength: MethodStrength,
  sample: SampleThresholds | undefined,
  description: string,
): MethodEntry => ({ method, observes, cost, days, strength, ...(sample ? { sample } : {}), description });

/** In the order of EXPERIMENT_METHODS, so every built-in method has exactly one entry. */
export const DEFAULT_METHODS: readonly MethodEntry[] = [
  entry('interview', 'says', 1, 7, 'weak', undefined, 'Talk to customers one by one about their jobs, pains and gains.'),
  entry('survey', 'says', 2, 7, 'medium', { min: 30, full: 100 }, 'Ask many customers the same questions.'),
  entry('panel', 'says', 2, 14, 'weak', undefined, 'Ask a standing group of customers, again over time.'),
  entry('usability-test', 'does', 2, 7, 'medium', { min: 3, full: 5 }, 'Watch customers try to do a task with the product or a prototype.'),
  entry('prototype', 'does', 3, 14, 'medium', { min: 5, full: 15 }, 'Let customers use a clickable or paper prototype.'),
  entry('ab-test', 'does', 4, 21, 'strong', { min: 100, full: 1000 }, 'Show two versions to comparable customers and compare what they do.'),
  entry('fake-door', 'does', 2, 14, 'medium', { min: 30, full: 100 }, 'Offer what does not exist yet and count who tries to take it.'),
  entry('concierge', 'does', 3, 21, 'strong', { min: 3, full: 10 }, 'Deliver the value by hand to a few customers and see if they keep using and paying.'),
  entry('analytics', 'does', 1, 3, 'strong', { min: 100, full: 1000 }, 'Read what customers already do in the product’s data.'),
  entry('focus-group', 'says', 2, 7, 'weak', undefined, 'Discuss with a group of customers together.'),
  entry('eye-tracking', 'does', 3, 7, 'medium', { min: 5, full: 30 }, 'Record where customers look on a page or screen.'),
  entry('other', 'says', 3, 14, 'weak', undefined, 'A method the catalogue does not name.'),
];

/** The defaults with the config's overrides and additions; new methods after the built-ins, in the config's order. */
export function methodCatalogue(overrides: Readonly<Record<string, MethodOverride>> | undefined): MethodCatalogue {
  const catalogue = new Map(DEFAULT_METHODS.map((method) => [method.method, method]));
  for (const [method, override] of Object.entries(overrides ?? {})) {
    const base = catalogue.get(method) ?? NEW_METHOD;
    const merged: MethodEntry = { ...base, ...override, method };
    // A default's thresholds do not carry over to a method the config calls weak without any.
    if (override.sample === undefined && !catalogue.has(method)) delete merged.sample;
    catalogue.set(method, merged);
  }
  return catalogue;
}

/** What a new method has where the config leaves a field out (the config schema requires `observes` and `strength`). */
const NEW_METHOD: MethodEntry = { method: '', observes: 'says', cost: 3, days: 14, strength: 'weak', description: '' };

/** The valid `method` values: the built-ins and the config's own. */
export function methodNames(overrides: Readonly<Record<string, MethodOverride>> | undefined): string[] {
  return [...EXPERIMENT_METHODS, ...Object.keys(overrides ?? {}).filter((method) => !(EXPERIMENT_METHODS as readonly string[]).includes(method))];
}

/** The entry for a method; one the catalogue does not know (a record `check` flags) counts as `other`. */
export function methodEntry(catalogue: MethodCatalogue, method: string): MethodEntry {
  return catalogue.get(method) ?? { ...(catalogue.get('other') ?? DEFAULT_METHODS[DEFAULT_METHODS.length - 1]!), method };
}
