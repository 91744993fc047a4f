// The config's journey stages, one shape for every reader: a stage may be written as
// its bare name or as a mapping with a phase, touchpoints and a description, and no
// reader should have to know both forms. Types only from config-schema: a cached
// `hypo check` reads this file and must not load zod.
import type { HypoConfig } from './config-schema.js';
import type { JourneyPhase } from './vocabulary.js';

export interface JourneyStageConfig {
  name: string;
  phase: JourneyPhase | null;
  /** The places the customer meets the service at this stage; empty when the config lists none. */
  touchpoints: string[];
  description: string | null;
}

/** The stages as written in the config, in order, each in the one normalised shape; none without a `journey` key. */
export function journeyStages(journey: HypoConfig['journey']): JourneyStageConfig[] {
  return (journey ?? []).map((stage) =>
    typeof stage === 'string'
      ? { name: stage, phase: null, touchpoints: [], description: null }
      : { name: stage.name, phase: stage.phase ?? null, touchpoints: [...(stage.touchpoints ?? [])], description: stage.description ?? null },
  );
}

/** The stage names alone, in order. */
export function journeyStageNames(journey: HypoConfig['journey']): string[] {
  return journeyStages(journey).map((stage) => stage.name);
}
