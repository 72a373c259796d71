import type { RuleModule } from '../_kit/types';

/** The asset domain's rules, in the order they run. */
export const assetRules: RuleModule[] = [];

/** Severities this domain adds to the built-in presets (merged over the preset JSON files). */
export const assetPresets: Record<string, Record<string, unknown>> = { recommended: {}, strict: {} };
