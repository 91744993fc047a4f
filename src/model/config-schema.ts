// hypo.config.yaml. Every key is optional: a repository needs no config file for the defaults.
import * as z from 'zod';
import { DEFAULT_ROOT, DEFAULT_STALE_AFTER_DAYS } from './config-defaults.js';
import { QUALITY_LEVELS, QUALITY_RULES } from './quality-rules.js';
import { DateSchema } from './schemas.js';

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
    journey: z
      .array(z.string().min(1))
      .meta({
        description: 'The customer-journey stages, in order, e.g. [upptäcka, planera, köpa, resa]. `hypo check` warns about a hypothesis naming another.',
      })
      .optional(),
    segments: z
      .array(z.string().min(1))
      .meta({ description: 'The customer segments or personas, e.g. [pendlare, turister]. `hypo check` warns about a hypothesis naming another.' })
      .optional(),
    sprints: z
      .union([NumberedSprintsSchema, z.array(NamedSprintSchema).min(1)])
      .meta({ description: 'Sprint cadence: {start, length_days} or a list of {name, start, end}.' })
      .optional(),
    quality: QualitySchema.optional(),
  })
  .meta({ title: 'hypo config', description: 'Configuration of a hypo repository (hypo.config.yaml).' });

export type HypoConfig = z.infer<typeof ConfigSchema>;

/** The keys a mapping at `path` of the config may hold, for "did you mean": the top level's, a sprint cadence's, a named sprint's. */
export function configKeysAt(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(ConfigSchema.shape);
  if (path.length === 1 && path[0] === 'sprints') return Object.keys(NumberedSprintsSchema.shape);
  if (path.length === 2 && path[0] === 'sprints' && typeof path[1] === 'number') return Object.keys(NamedSprintSchema.shape);
  if (path.length === 1 && path[0] === 'quality') return Object.keys(QualitySchema.shape);
  if (path.length === 2 && path[0] === 'quality' && path[1] === 'rules') return [...QUALITY_RULES];
  return [];
}

export function defaultConfig(): HypoConfig {
  return ConfigSchema.parse({});
}
