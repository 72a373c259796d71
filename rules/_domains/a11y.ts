import type { RuleModule } from '../_kit/types';

/** The a11y domain's rules, in the order they run. */
export const a11yRules: RuleModule[] = [];

/** Severities this domain adds to the built-in presets (merged over the preset JSON files). */
export const a11yPresets: Record<string, Record<string, unknown>> = { recommended: {}, strict: {} };
