import type { RuleModule } from '../_kit/types';

/** The house-style domain's rules, in the order they run. */
export const houseStyleRules: RuleModule[] = [];

/** Severities this domain adds to the built-in presets (merged over the preset JSON files). */
export const houseStylePresets: Record<string, Record<string, unknown>> = { recommended: {}, strict: {} };
