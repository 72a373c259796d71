import type { RuleModule } from '../_kit/types';

/** The licence domain's rules, in the order they run. */
export const licenceRules: RuleModule[] = [];

/** Severities this domain adds to the built-in presets (merged over the preset JSON files). */
export const licencePresets: Record<string, Record<string, unknown>> = { recommended: {}, strict: {} };
