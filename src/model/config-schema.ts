// hypo.config.yaml. Every key is optional: a repository needs no config file for the defaults.
import * as z from 'zod';
import { DEFAULT_ACT_WITHIN_DAYS, DEFAULT_ROOT, DEFAULT_STALE_AFTER_DAYS } from './config-defaults.js';
import { LANGS } from './lang.js';
import { QUALITY_LEVELS, QUALITY_RULES } from './quality-rules.js';
import { DateSchema } from './schemas.js';
import { EXPERIMENT_METHODS, JOURNEY_PHASES, METHOD_STRENGTHS, OBSERVES } from './vocabulary.js';

export { CONFIG_FILE_NAME, DEFAULT_ROOT, DEFAULT_STALE_AFTER_DAYS } from './config-defaults.js';

const NumberedSprintsSchema = z
  .strictObject({
    start: DateSchema.meta({ description: 'First day of sprint 1, YYYY-MM-DD.' }),
    length_days: z.int().min(1).max(366).meta({ description: 'Length of every sprint in days.' }),
  })
  .meta({ description: 'Numbered sprints of a fixed length from a start date.' });

const NamedSprintSchema = z.strictObject({
  name: z.string().min(1).meta({ description: 'The sprint’s name, e.g. "Sprint 42".' }),
  start: DateSchema.meta({ description: 'First day, YYYY-MM-DD.' }),
  end: DateSchema.meta({ description: 'Last day, YYYY-MM-DD.' }),
});

const SampleThresholdsSchema = z
  .strictObject({
    min: z.int().min(0).meta({ description: 'Below this many participants the evidence is weak.' }),
    full: z.int().min(0).meta({ description: 'From this many participants on the method gives its full strength; between min and full, one step less.' }),
  })
  .refine((sample) => sample.full >= sample.min, { message: 'sample.full must be at least sample.min', path: ['full'] })
  .meta({ description: 'How many participants the method needs before its evidence counts in full.' });

const MethodSchema = z
  .strictObject({
    observes: z.enum(OBSERVES).meta({ description: 'says: what people say (interviews, surveys); does: what they do (fake doors, A/B tests).' }).optional(),
    cost: z.int().min(1).max(5).meta({ description: 'Relative cost, 1 (cheap) to 5 (expensive).' }).optional(),
    days: z.int().min(1).meta({ description: 'Typical days from start to result.' }).optional(),
    strength: z.enum(METHOD_STRENGTHS).meta({ description: 'The strongest evidence the method can give: weak, medium or strong.' }).optional(),
    sample: SampleThresholdsSchema.optional(),
    description: z.string().min(1).meta({ description: 'What the method is, in a sentence.' }).optional(),
  })
  .meta({ description: 'One method of the catalogue: for a built-in method the fields to change, for a new one at least observes and strength.' });

/** A method name as a record writes it: lower-case letters (å, ä, ö too) and digits, words joined by hyphens. */
const METHOD_NAME = /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u;

const MethodsSchema = z
  .record(z.string().regex(METHOD_NAME, 'a method name is lower-case letters (å, ä, ö too), digits and single hyphens, e.g. förbeställning'), MethodSchema)
  .superRefine((methods, context) => {
    for (const [name, method] of Object.entries(methods)) {
      if ((EXPERIMENT_METHODS as readonly string[]).includes(name)) continue;
      for (const field of ['observes', 'strength'] as const) {
        if (method[field] === undefined)
          context.addIssue({
            code: 'custom',
            path: [name, field],
            message: `required for a new method (${field === 'observes' ? 'says or does' : 'weak, medium or strong'})`,
            input: method,
          });
      }
    }
  })
  .meta({
    description:
      'The method catalogue (`hypo methods`): change a built-in method’s fields, or add a method, which then becomes a valid `method` of experiments. E.g. {pre-sale: {observes: does, cost: 3, days: 14, strength: strong}}.',
  });

const JourneyStageShapeSchema = z
  .strictObject({
    name: z.string().min(1).meta({ description: 'The stage’s name, as records write it in `journey`, e.g. "planera".' }),
    phase: z
      .enum(JOURNEY_PHASES)
      .meta({ description: 'Where the stage sits: before the service is used (finding, planning), during it, or after it.' })
      .optional(),
    touchpoints: z
      .array(z.string().min(1))
      .meta({
        description:
          'Where the customer meets the service at this stage, e.g. [reseplaneraren, kundtjänst]. `hypo check` warns about a record whose `touchpoint` is not listed.',
      })
      .optional(),
    description: z.string().min(1).meta({ description: 'What the customer does at this stage, in a sentence.' }).optional(),
  })
  .meta({ description: 'A journey stage with its phase, touchpoints and description.' });

/** A stage is its name alone or a mapping; a name listed twice would make `journey:` and the reports ambiguous. */
const JourneySchema = z
  .array(z.union([z.string().min(1).meta({ description: 'A journey stage by name alone.' }), JourneyStageShapeSchema]))
  .superRefine((stages, context) => {
    const first = new Map<string, number>();
    for (const [index, stage] of stages.entries()) {
      const name = typeof stage === 'string' ? stage : stage.name;
      const earlier = first.get(name);
      if (earlier === undefined) first.set(name, index);
      else
        context.addIssue({
          code: 'custom',
          path: typeof stage === 'string' ? [index] : [index, 'name'],
          message: `the stage "${name}" is listed twice (first as journey[${earlier}]): give each stage once`,
          input: name,
        });
    }
  })
  .meta({
    description:
      'The customer-journey stages, in order: each a name, e.g. [upptäcka, planera, köpa, resa], or {name, phase, touchpoints, description}. `hypo check` warns about a record naming another stage, or a touchpoint its stage does not list.',
  });

const QualityLevelSchema = z.enum(QUALITY_LEVELS);
const words = (description: string) => z.array(z.string().min(1)).meta({ description }).optional();

const QualitySchema = z
  .strictObject({
    level: QualityLevelSchema.meta({ description: 'Severity of every quality rule: warn (the default), error or off.' }).optional(),
    rules: z
      .strictObject(
        Object.fromEntries(
          QUALITY_RULES.map((rule) => [rule, QualityLevelSchema.meta({ description: `Severity of ${rule}, over level.` }).optional()]),
        ) as Record<(typeof QUALITY_RULES)[number], z.ZodOptional<typeof QualityLevelSchema>>,
      )
      .meta({ description: 'Severity of single quality rules (warn, error or off), over level.' })
      .optional(),
    reason_words: words('More words that introduce a reason in a statement, besides because, since, eftersom, därför att, …'),
    measure_words: words('More words that name a quantity in a success criterion, besides digits, %, half, hälften, tre, …'),
    generic_segments: words('More segments that name no one in particular, besides users, customers, användare, kunder, …'),
  })
  .meta({ description: 'The quality rules of `hypo check`: how strict, and the team’s own words.' });

export const ConfigSchema = z
  .strictObject({
    root: z.string().min(1).meta({ description: 'Folder holding the records, relative to this file.' }).default(DEFAULT_ROOT),
    git_history: z
      .boolean()
      .meta({
        description:
          'Read dates and past states of the records from git (default true). false for a folder whose git history is not its records’ own, such as an example copied into another repository.',
      })
      .default(true),
    stale_after_days: z.int().min(1).meta({ description: 'An open hypothesis older than this many days is stale.' }).default(DEFAULT_STALE_AFTER_DAYS),
    act_within_days: z
      .int()
      .min(1)
      .meta({
        description:
          'A decision with no commit about it (touching its code, or with a `Hypo: <id>` trailer) after this many days is overdue; a stop or pivot whose code is still tracked then, code-remains (`hypo acted`).',
      })
      .default(DEFAULT_ACT_WITHIN_DAYS),
    journey: JourneySchema.optional(),
    segments: z
      .array(z.string().min(1))
      .meta({ description: 'The customer segments or personas, e.g. [pendlare, turister]. `hypo check` warns about a hypothesis naming another.' })
      .optional(),
    methods: MethodsSchema.optional(),
    sprints: z
      .union([NumberedSprintsSchema, z.array(NamedSprintSchema).min(1)])
      .meta({ description: 'Sprint cadence: {start, length_days} or a list of {name, start, end}.' })
      .optional(),
    quality: QualitySchema.optional(),
    lang: z
      .enum(LANGS)
      .meta({
        description:
          "The language of the human-readable output: en (the default) or sv: report, trend, journey, next, stale, acted, show, list and check's summary. A command's `--lang` wins over it; JSON never changes.",
      })
      .optional(),
  })
  .meta({ title: 'hypo config', description: 'Configuration of a hypo repository (hypo.config.yaml).' });

export type HypoConfig = z.infer<typeof ConfigSchema>;

/** The keys a mapping at `path` of the config may hold, for "did you mean": the top level's, a sprint cadence's, a named sprint's. */
export function configKeysAt(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(ConfigSchema.shape);
  if (path.length === 1 && path[0] === 'sprints') return Object.keys(NumberedSprintsSchema.shape);
  if (path.length === 2 && path[0] === 'sprints' && typeof path[1] === 'number') return Object.keys(NamedSprintSchema.shape);
  if (path.length === 2 && path[0] === 'journey' && typeof path[1] === 'number') return Object.keys(JourneyStageShapeSchema.shape);
  if (path.length === 2 && path[0] === 'methods') return Object.keys(MethodSchema.shape);
  if (path.length === 3 && path[0] === 'methods' && path[2] === 'sample') return ['min', 'full'];
  if (path.length === 1 && path[0] === 'quality') return Object.keys(QualitySchema.shape);
  if (path.length === 2 && path[0] === 'quality' && path[1] === 'rules') return [...QUALITY_RULES];
  return [];
}

export function defaultConfig(): HypoConfig {
  return ConfigSchema.parse({});
}
