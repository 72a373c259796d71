import type { RuleModule } from '../_kit/types';

/** The banner domain's rules, in the order they run. */
export const bannerRules: RuleModule[] = [];

/** Severities this domain adds to the built-in presets (merged over the preset JSON files). */
export const bannerPresets: Record<string, Record<string, unknown>> = { recommended: {}, strict: {} };
