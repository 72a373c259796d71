import type { RuleModule } from '../_kit/types';
import assetMissingFile from '../asset-missing-file';
import assetCaseMismatch from '../asset-case-mismatch';
import assetBackslash from '../asset-backslash';
import assetAbsolutePath from '../asset-absolute-path';
import assetOutsideRoot from '../asset-outside-root';
import assetInsecureHttp from '../asset-insecure-http';
import assetMissingAnchor from '../asset-missing-anchor';
import assetFileName from '../asset-file-name';
import assetUnusedFile from '../asset-unused-file';
import privacyThirdParty from '../privacy-third-party';
import imageUnreadable from '../image-unreadable';
import imageWeight from '../image-weight';
import imageBytesPerPixel from '../image-bytes-per-pixel';
import imageOversized from '../image-oversized';
import imageUnsized from '../image-unsized';
import imageCmyk from '../image-cmyk';
import imageColorProfile from '../image-color-profile';
import image16Bit from '../image-16-bit';
import imagePrintFormat from '../image-print-format';
import imageAnimatedGif from '../image-animated-gif';
import imageNextGenFormat from '../image-next-gen-format';
import imageSvgUnsafe from '../image-svg-unsafe';

/** The asset domain's rules (references, privacy, images), in the order they run. */
export const assetRules: RuleModule[] = [
  assetMissingFile, assetCaseMismatch, assetBackslash, assetAbsolutePath, assetOutsideRoot, assetInsecureHttp,
  assetMissingAnchor, assetFileName, assetUnusedFile, privacyThirdParty,
  imageUnreadable, imageWeight, imageBytesPerPixel, imageOversized, imageUnsized, imageCmyk, imageColorProfile,
  image16Bit, imagePrintFormat, imageAnimatedGif, imageNextGenFormat, imageSvgUnsafe,
];

/** Severities this domain adds to the built-in presets (merged over the preset JSON files). */
export const assetPresets: Record<string, Record<string, unknown>> = {
  recommended: {
    'asset-missing-file': 'error',
    'asset-case-mismatch': 'error',
    'asset-backslash': 'error',
    'asset-absolute-path': 'error',
    'asset-outside-root': 'error',
    'asset-insecure-http': 'warn',
    'asset-missing-anchor': 'warn',
    'asset-file-name': 'warn',
    'asset-unused-file': 'warn',
    'privacy-third-party': 'warn',
    'image-unreadable': 'error',
    'image-weight': 'warn',
    'image-bytes-per-pixel': 'warn',
    'image-oversized': 'warn',
    'image-unsized': 'warn',
    'image-cmyk': 'error',
    'image-color-profile': 'warn',
    'image-16-bit': 'warn',
    'image-print-format': 'error',
    'image-animated-gif': 'warn',
    'image-svg-unsafe': 'error',
  },
  'static-site': {},
  strict: {
    'asset-insecure-http': 'error',
    'asset-missing-anchor': 'error',
    'privacy-third-party': 'error',
    'image-next-gen-format': 'info',
    'image-weight': 'error',
  },
};
