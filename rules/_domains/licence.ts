import type { RuleModule } from '../_kit/types';
import licenceFileInvalid from '../licence-file-invalid';
import licenceMissing from '../licence-missing';
import licenceExpired from '../licence-expired';
import licenceExpiring from '../licence-expiring';
import licenceChannel from '../licence-channel';
import licenceFontEmbedding from '../licence-font-embedding';
import licenceMetadataConflict from '../licence-metadata-conflict';
import licenceRequiredFields from '../licence-required-fields';

/** The licence domain's rules, in the order they run. */
export const licenceRules: RuleModule[] = [
  licenceFileInvalid,
  licenceMissing,
  licenceExpired,
  licenceExpiring,
  licenceChannel,
  licenceFontEmbedding,
  licenceMetadataConflict,
  licenceRequiredFields,
];

/**
 * Severities this domain adds to the built-in presets (merged over the preset JSON files).
 * Nobody without a licence file is flooded: licence-missing only checks projects that declare
 * licences (a licence file or a `licences` setting) unless strict; the other rules only speak when
 * there is licence information to judge (an end date, channels, fsType, house rules).
 */
export const licencePresets: Record<string, Record<string, unknown>> = {
  recommended: {
    'licence-file-invalid': 'error',
    'licence-missing': 'warn',
    'licence-expired': 'error',
    'licence-expiring': 'warn',
    'licence-channel': 'error',
    'licence-font-embedding': 'error',
    'licence-metadata-conflict': 'warn',
    'licence-required-fields': 'warn',
  },
  strict: {
    'licence-missing': ['error', { when: 'always' }],
    'licence-metadata-conflict': 'error',
    'licence-required-fields': 'error',
  },
};
