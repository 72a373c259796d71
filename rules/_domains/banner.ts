import type { RuleModule } from '../_kit/types';
import { platformSeverity } from '../../server/src/engine/model/banner';
import checks from '../profiles/banner-checks.json';
import bannerArchiveInvalid from '../banner-archive-invalid';
import bannerPrimaryHtml from '../banner-primary-html';
import bannerSizeMeta from '../banner-size-meta';
import bannerSizeAllowed from '../banner-size-allowed';
import bannerSizeMismatch from '../banner-size-mismatch';
import bannerWeight from '../banner-weight';
import bannerFileCount from '../banner-file-count';
import bannerFileTypes from '../banner-file-types';
import bannerJunkFiles from '../banner-junk-files';
import bannerFileNames from '../banner-file-names';
import bannerNestedZip from '../banner-nested-zip';
import bannerOrphanFiles from '../banner-orphan-files';
import bannerDoctype from '../banner-doctype';
import bannerClicktag from '../banner-clicktag';
import bannerExternalRequests from '../banner-external-requests';
import bannerSdk from '../banner-sdk';
import bannerWebStorage from '../banner-web-storage';
import bannerDocumentWrite from '../banner-document-write';
import bannerAnimation from '../banner-animation';
import bannerMediaAutoplay from '../banner-media-autoplay';
import bannerIframe from '../banner-iframe';
import bannerBackupImage from '../banner-backup-image';
import bannerInitialLoad from '../banner-initial-load';
import bannerAdformManifest from '../banner-adform-manifest';
import bannerFlashtalkingManifest from '../banner-flashtalking-manifest';

const CHECKS = checks as Record<string, string>;

/** A banner rule whose reports are never more severe than the platform makes their check. */
function withPlatformSeverity(rule: RuleModule): RuleModule {
  return {
    ...rule,
    severityCap(report, ctx) {
      const check = CHECKS[`${rule.meta.id}/${report.messageId}`] ?? CHECKS[rule.meta.id];
      return check ? platformSeverity(ctx.project, ctx.file, ctx.settings, check) : undefined;
    },
  };
}

/** The banner domain's rules, in the order they run. They report only on files of a banner unit. */
export const bannerRules: RuleModule[] = [
  bannerArchiveInvalid,
  bannerPrimaryHtml,
  bannerSizeMeta,
  bannerSizeAllowed,
  bannerSizeMismatch,
  bannerWeight,
  bannerFileCount,
  bannerFileTypes,
  bannerJunkFiles,
  bannerFileNames,
  bannerNestedZip,
  bannerOrphanFiles,
  bannerDoctype,
  bannerClicktag,
  bannerExternalRequests,
  bannerSdk,
  bannerWebStorage,
  bannerDocumentWrite,
  bannerAnimation,
  bannerMediaAutoplay,
  bannerIframe,
  bannerBackupImage,
  bannerInitialLoad,
  bannerAdformManifest,
  bannerFlashtalkingManifest,
].map(withPlatformSeverity);

/**
 * Severities this domain adds to the built-in presets (merged over the preset JSON files). Limits come
 * from the unit's platform profile; a rule whose check the profile does not make reports nothing.
 */
const recommended: Record<string, unknown> = {
  'banner-archive-invalid': 'error',
  'banner-primary-html': 'error',
  'banner-size-meta': 'error',
  'banner-size-allowed': 'error',
  'banner-size-mismatch': 'warn',
  'banner-weight': 'error',
  'banner-file-count': 'error',
  'banner-file-types': 'error',
  'banner-junk-files': 'warn',
  'banner-file-names': 'error',
  'banner-nested-zip': 'error',
  'banner-orphan-files': 'warn',
  'banner-doctype': 'warn',
  'banner-clicktag': 'error',
  'banner-external-requests': 'error',
  'banner-sdk': 'error',
  'banner-web-storage': 'error',
  'banner-document-write': 'info',
  'banner-animation': 'warn',
  'banner-media-autoplay': 'warn',
  'banner-iframe': 'error',
  'banner-backup-image': 'warn',
  'banner-initial-load': 'warn',
  'banner-adform-manifest': 'error',
  'banner-flashtalking-manifest': 'error',
};
const strict: Record<string, unknown> = {
  'banner-archive-invalid': 'error',
  'banner-primary-html': 'error',
  'banner-size-meta': 'error',
  'banner-size-allowed': 'error',
  'banner-size-mismatch': 'error',
  'banner-weight': 'error',
  'banner-file-count': 'error',
  'banner-file-types': 'error',
  'banner-junk-files': 'error',
  'banner-file-names': 'error',
  'banner-nested-zip': 'error',
  'banner-orphan-files': 'error',
  'banner-doctype': 'error',
  'banner-clicktag': 'error',
  'banner-external-requests': 'error',
  'banner-sdk': 'error',
  'banner-web-storage': 'error',
  'banner-document-write': 'warn',
  'banner-animation': 'error',
  'banner-media-autoplay': 'error',
  'banner-iframe': 'error',
  'banner-backup-image': 'error',
  'banner-initial-load': 'error',
  'banner-adform-manifest': 'error',
  'banner-flashtalking-manifest': 'error',
};
export const bannerPresets: Record<string, Record<string, unknown>> = { recommended, strict };
