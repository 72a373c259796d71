import type { RuleModule } from '../_kit/types';
import houseColourPalette from '../house-colour-palette';
import houseDesignToken from '../house-design-token';
import houseFontFamily from '../house-font-family';
import houseFontWeight from '../house-font-weight';
import houseFontFallback from '../house-font-fallback';
import houseTextSize from '../house-text-size';
import houseLogo from '../house-logo';
import brandWordSpelling from '../brand-word-spelling';
import copyDoubledWord from '../copy-doubled-word';
import copyTextBudget from '../copy-text-budget';
import copySpelling from '../copy-spelling';

/** The house-style domain's rules, in the order they run. */
export const houseStyleRules: RuleModule[] = [
  houseColourPalette,
  houseDesignToken,
  houseFontFamily,
  houseFontWeight,
  houseFontFallback,
  houseTextSize,
  houseLogo,
  brandWordSpelling,
  copyDoubledWord,
  copyTextBudget,
  copySpelling,
];

/**
 * Severities this domain adds to the built-in presets. Every house-style rule reports nothing until
 * a `houseStyle` block is configured, so they can be on in `recommended` without noise elsewhere.
 */
export const houseStylePresets: Record<string, Record<string, unknown>> = {
  recommended: {
    'house-colour-palette': 'warn',
    'house-design-token': 'warn',
    'house-font-family': 'error',
    'house-font-weight': 'warn',
    'house-font-fallback': 'warn',
    'house-text-size': 'error',
    'house-logo': 'error',
    'brand-word-spelling': 'error',
    'copy-doubled-word': 'warn',
    'copy-text-budget': 'warn',
    'copy-spelling': 'warn',
  },
  strict: {
    'house-colour-palette': 'error',
    'house-design-token': 'error',
    'house-font-weight': 'error',
    'house-font-fallback': 'error',
    'copy-doubled-word': 'error',
    'copy-text-budget': 'error',
    'copy-spelling': 'error',
  },
};
