import type { RuleModule } from '../_kit/types';

/** The media domain's rules, in the order they run. */
export const mediaRules: RuleModule[] = [];

/** Severities this domain adds to the built-in presets (merged over the preset JSON files). */
export const mediaPresets: Record<string, Record<string, unknown>> = { recommended: {}, strict: {} };
