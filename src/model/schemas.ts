// Format v1 of hypo's records, as zod schemas: the one source for the TypeScript
// types, the runtime check and the JSON Schemas in schemas/ (see scripts/generate-schemas.ts).
import * as z from 'zod';
import { ID_MAX_LENGTH, ID_PATTERN } from './ids.js';
import { parseQuantity, QUANTITY_EXAMPLES } from './quantity.js';
import {
  CPI_TYPES,
  DECISION_ACTIONS,
  EVIDENCE_LEVELS,
  EXPERIMENT_METHODS,
  EXPERIMENT_STATUSES,
  HYPOTHESIS_STATUSES,
  IMPORTANCE_LEVELS,
  INSIGHT_EVIDENCE,
  type Kind,
  METRIC_TYPES,
  OUTCOMES,
  RISK_TYPES,
} from './vocabulary.js';

/** A `YYYY-MM-DD` calendar date (zod's ISO date also rejects 2023-02-29 and month 13). */
export const DateSchema = z.iso.date();

/** One pattern for shape and length, so a malformed or over-long id is one `invalid-reference` issue. */
export const RecordIdSchema = z.string().regex(new RegExp(`^(?=.{1,${ID_MAX_LENGTH}}$)${ID_PATTERN.source.slice(1)}`));

/**
 * The text form of a quantity ("58 %", "1 200 kr"); model/quantity.ts parses it, so check, editors
 * (json-schemas.ts adds its pattern) and the renderers read a value the same way.
 */
export const QuantityTextSchema = z.string().check((ctx) => {
  const parsed = parseQuantity(ctx.value);
  if (!parsed.ok) ctx.issues.push({ code: 'custom', message: parsed.problem, input: ctx.value });
});

/** A number with an optional unit: a YAML number, or text with the number first. */
export const QuantitySchema = z.union([z.number(), QuantityTextSchema]);

const quantity = (description: string) => QuantitySchema.meta({ description: `${description} A number with an optional unit, e.g. ${QUANTITY_EXAMPLES}.` });

const text = (description: string) => z.string().min(1).meta({ description });
const date = (description: string) => DateSchema.meta({ description });
const ids = (description: string) => z.array(RecordIdSchema).meta({ description });

const common = {
  owner: text('Who looks after this record: a person or a team.').optional(),
  created: date('The day the record was written, YYYY-MM-DD. Ages count from here (else from its first commit).').optional(),
  review_by: date('Look at this record again by this day, YYYY-MM-DD; `hypo stale` flags it once the day has passed.').optional(),
  tags: z.array(z.string().min(1)).meta({ description: 'Free labels for filtering, e.g. [checkout, mobile].' }).optional(),
  code: z.array(z.string().min(1)).meta({ description: 'Globs of code paths that rest on this record, e.g. ["src/checkout/**"].' }).optional(),
};

export const HypothesisSchema = z
  .strictObject({
    kind: z.literal('hypothesis').meta({ description: 'A belief about customers that can be tested.' }),
    title: text('A short name for the belief.'),
    statement: text('The belief itself: "We believe that …".'),
    status: z.enum(HYPOTHESIS_STATUSES).meta({
      description:
        'open: not tested yet; testing: an experiment is under way; supported / refuted / inconclusive: what the evidence says; retired: no longer relevant.',
    }),
    segment: text('The customer segment or persona the belief is about.').optional(),
    journey: text('The customer-journey stage the belief is about, e.g. "planera resa".').optional(),
    touchpoint: text('Where in that stage the customer meets the service, e.g. "reseplaneraren": one of the stage’s touchpoints in the config.').optional(),
    metric: text('What is measured to test the belief.').optional(),
    metric_type: z
      .enum(METRIC_TYPES)
      .meta({
        description: 'customer: a measure the customer values (time or money saved); business: a company KPI (conversion, NPS).',
      })
      .optional(),
    cpi: z
      .enum(CPI_TYPES)
      .meta({
        description:
          'For a customer metric: what the customer gains. time (saved), convenience, alternatives (more to choose from), money (saved), achievement (a goal reached).',
      })
      .optional(),
    baseline: quantity('The metric today, before the change.').optional(),
    target: quantity('The value of the metric that would make the belief true.').optional(),
    success: text('The result that would make the belief true: "We are right if …".').optional(),
    importance: z.enum(IMPORTANCE_LEVELS).meta({ description: 'How much depends on the belief being true.' }).optional(),
    risk: z
      .enum(RISK_TYPES)
      .meta({
        description:
          'Which risk the belief carries: desirability (do customers want it), viability (should we: does it pay), feasibility (can we build and run it), usability (can customers use it).',
      })
      .optional(),
    evidence: z
      .enum(EVIDENCE_LEVELS)
      .meta({ description: 'How much evidence there is, when the team wants to state it rather than have hypo grade it from the done experiments.' })
      .optional(),
    ...common,
  })
  .meta({ title: 'hypo hypothesis', description: 'A belief about customers, with who, where in the journey, what is measured and what would prove it.' });

export const ExperimentResultSchema = z
  .strictObject({
    summary: text('What came out of the experiment.'),
    outcome: z.enum(OUTCOMES).meta({ description: 'What the result says about the hypotheses tested: supports, refutes or inconclusive.' }).optional(),
    value: quantity("The measured value of the hypotheses' metric, in the unit of their baseline and target.").optional(),
  })
  .meta({ description: 'The result; required once the experiment is done.' });

export const ExperimentSchema = z
  .strictObject({
    kind: z.literal('experiment').meta({ description: 'A test of one or more hypotheses.' }),
    title: text('A short name for the experiment.'),
    tests: ids('Ids of the hypotheses the experiment tests.').min(1),
    // Free text to the schema: the config's catalogue adds methods, and `hypo check` checks the
    // value against the catalogue (rules/check-vocabulary.ts). Editors suggest the built-ins.
    method: z
      .string()
      .min(1)
      .meta({
        description: `How the hypotheses are tested: ${EXPERIMENT_METHODS.join(', ')}, or a method the config's \`methods\` adds (\`hypo methods\` lists them).`,
        examples: [...EXPERIMENT_METHODS],
      }),
    status: z.enum(EXPERIMENT_STATUSES).meta({ description: 'planned, running, done or cancelled.' }),
    start: date('First day of the experiment, YYYY-MM-DD.').optional(),
    end: date('Last day of the experiment, YYYY-MM-DD.').optional(),
    sample: z.int().min(0).meta({ description: 'Number of participants.' }).optional(),
    journey: text('The customer-journey stage the experiment looks at, e.g. "köpa".').optional(),
    touchpoint: text('Where in that stage the experiment meets the customer, e.g. "kassan": one of the stage’s touchpoints in the config.').optional(),
    plan: text('What will be done: "To verify that, we will …".').optional(),
    measure: text('What will be measured.').optional(),
    result: ExperimentResultSchema.optional(),
    ...common,
  })
  .meta({ title: 'hypo experiment', description: 'An interview, survey, panel, A/B test, prototype, fake door, … that tests hypotheses.' });

export const DecisionSchema = z
  .strictObject({
    action: z.enum(DECISION_ACTIONS).meta({ description: 'persevere, pivot, stop or iterate.' }),
    summary: text('What was decided and why: "Therefore we will …".'),
    date: date('The day of the decision, YYYY-MM-DD.').optional(),
    owner: text('Who decided.').optional(),
    next: ids('Ids of the records the decision starts (new hypotheses, experiments).').optional(),
  })
  .meta({ description: 'The decision taken on what was learned.' });

export const InsightSchema = z
  .strictObject({
    kind: z.literal('insight').meta({ description: 'A learning card: what was observed, learned and decided.' }),
    title: text('A short name for the insight.'),
    learned: text('What was learned: "We learned …".'),
    observed: text('What was observed: "We observed …".').optional(),
    from: ids('Ids of the experiments the insight comes from.').optional(),
    hypotheses: ids('Ids of the hypotheses the insight is about.').optional(),
    journey: text('The customer-journey stage the insight is about, e.g. "resa".').optional(),
    touchpoint: text('Where in that stage the insight was seen, e.g. "ombord": one of the stage’s touchpoints in the config.').optional(),
    evidence: z.enum(INSIGHT_EVIDENCE).meta({ description: 'The kind of evidence behind the insight.' }).optional(),
    date: date('The day the insight was drawn, YYYY-MM-DD.').optional(),
    decision: DecisionSchema.optional(),
    ...common,
  })
  .meta({ title: 'hypo insight', description: 'A learning card: observed, learned, and the decision taken.' });

export type Hypothesis = z.infer<typeof HypothesisSchema>;
export type Experiment = z.infer<typeof ExperimentSchema>;
export type Insight = z.infer<typeof InsightSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type HypoRecord = Hypothesis | Experiment | Insight;

export const RECORD_SCHEMAS = {
  hypothesis: HypothesisSchema,
  experiment: ExperimentSchema,
  insight: InsightSchema,
} as const satisfies Record<Kind, z.ZodType>;

/** Keys starting with `x-` are team extensions: allowed anywhere, never checked. */
export function isExtensionKey(key: string): boolean {
  return key.startsWith('x-');
}

/** A copy of the data without `x-` keys, at any depth of nested mappings. */
export function withoutExtensions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExtensions);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) if (!isExtensionKey(key)) copy[key] = withoutExtensions(inner);
  return copy;
}
