import type { RuleModule } from '../_kit/types';
import altTextQuality from '../alt-text-quality';
import langMatchesContent from '../lang-matches-content';
import textContrastMinimum from '../text-contrast-minimum';
import textContrastEnhanced from '../text-contrast-enhanced';
import metaRefresh from '../meta-refresh';
import duplicateAttribute from '../duplicate-attribute';
import duplicateId from '../duplicate-id';
import ariaHiddenFocusable from '../aria-hidden-focusable';
import ariaIdReference from '../aria-id-reference';
import summaryName from '../summary-name';
import labelInName from '../label-in-name';
import letterSpacingImportant from '../letter-spacing-important';
import wordSpacingImportant from '../word-spacing-important';
import lineHeightImportant from '../line-height-important';
import bypassBlocks from '../bypass-blocks';
import mainLandmark from '../main-landmark';
import mainHeading from '../main-heading';
import skipLink from '../skip-link';
import repeatedContentCollapsible from '../repeated-content-collapsible';
import objectName from '../object-name';
import orientationLock from '../orientation-lock';
import autoplayAudioDuration from '../autoplay-audio-duration';
import autoplayAudioControl from '../autoplay-audio-control';
import iframeFocusableContent from '../iframe-focusable-content';
import mediaCaptions from '../media-captions';
import svgImgName from '../svg-img-name';
import iframeIdenticalNames from '../iframe-identical-names';
import audioAlternative from '../audio-alternative';
import metaRefreshNoException from '../meta-refresh-no-exception';
import videoAlternative from '../video-alternative';
import linkPurposeIdenticalNames from '../link-purpose-identical-names';
import scrollableRegionFocusable from '../scrollable-region-focusable';
import textClipped from '../text-clipped';
import imageOfText from '../image-of-text';
import elementLangMatchesContent from '../element-lang-matches-content';
import videoVisualOnlyAlternative from '../video-visual-only-alternative';
import linkPurposeInContext from '../link-purpose-in-context';
import audioMediaAlternative from '../audio-media-alternative';
import focusVisible from '../focus-visible';
import linkTextDescriptive from '../link-text-descriptive';
import documentTitlePlaceholder from '../document-title-placeholder';
import altTextFileName from '../alt-text-file-name';
import ariaRequiredControls from '../aria-required-controls';

/** The a11y domain's rules, in the order they run. */
export const a11yRules: RuleModule[] = [
  altTextQuality, langMatchesContent, textContrastMinimum, textContrastEnhanced, metaRefresh, duplicateAttribute, duplicateId, ariaHiddenFocusable, ariaIdReference, summaryName, labelInName, letterSpacingImportant, wordSpacingImportant, lineHeightImportant,
  bypassBlocks, mainLandmark, mainHeading, skipLink, repeatedContentCollapsible, objectName, orientationLock, autoplayAudioDuration, autoplayAudioControl, iframeFocusableContent,
  mediaCaptions, svgImgName, iframeIdenticalNames, audioAlternative, metaRefreshNoException, videoAlternative,
  linkPurposeIdenticalNames, scrollableRegionFocusable, textClipped, imageOfText, elementLangMatchesContent, videoVisualOnlyAlternative, linkPurposeInContext, audioMediaAlternative,
  focusVisible, linkTextDescriptive, documentTitlePlaceholder, altTextFileName, ariaRequiredControls,
];

/**
 * axe-core rules (run on jsdom, expensive tier) for WCAG A/AA success criteria. Left out: the ones
 * our own static rules implement without jsdom (image-alt → img-alt, html-has-lang and
 * html-lang-valid → html-lang, document-title, meta-refresh), and the layout-dependent ones the
 * adapter never runs.
 */
const AXE_WCAG = [
  'area-alt', 'aria-allowed-attr', 'aria-braille-equivalent', 'aria-command-name', 'aria-conditional-attr',
  'aria-deprecated-role', 'aria-hidden-body', 'aria-hidden-focus', 'aria-input-field-name', 'aria-meter-name',
  'aria-progressbar-name', 'aria-prohibited-attr', 'aria-required-attr', 'aria-required-children',
  'aria-required-parent', 'aria-roles', 'aria-tab-name', 'aria-toggle-field-name', 'aria-tooltip-name',
  'aria-valid-attr-value', 'aria-valid-attr', 'autocomplete-valid', 'avoid-inline-spacing', 'blink',
  'button-name', 'bypass', 'definition-list', 'dlitem', 'duplicate-id-aria', 'form-field-multiple-labels',
  'frame-focusable-content', 'frame-title-unique', 'frame-title', 'html-xml-lang-mismatch', 'input-button-name',
  'input-image-alt', 'label-content-name-mismatch', 'label', 'link-name', 'list', 'listitem', 'marquee',
  'meta-viewport', 'nested-interactive', 'no-autoplay-audio', 'object-alt', 'role-img-alt', 'select-name',
  'server-side-image-map', 'summary-name', 'svg-img-alt', 'td-headers-attr', 'th-has-data-cells', 'valid-lang',
  'video-caption',
];
/** axe best practices that find real barriers on deliverables (empty headings, role conflicts). */
const AXE_BEST_PRACTICE_RECOMMENDED = ['empty-heading', 'presentation-role-conflict', 'aria-dialog-name', 'aria-treeitem-name', 'aria-text', 'scope-attr-valid', 'empty-table-header'];
/** Page-structure best practices: right for pages and sites, noise for banners. */
const AXE_BEST_PRACTICE_PAGES = [
  'accesskeys', 'aria-allowed-role', 'heading-order', 'image-redundant-alt', 'label-title-only',
  'landmark-banner-is-top-level', 'landmark-contentinfo-is-top-level', 'landmark-main-is-top-level',
  'landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo', 'landmark-no-duplicate-main',
  'landmark-one-main', 'landmark-unique', 'meta-viewport-large', 'page-has-heading-one', 'region', 'skip-link',
  'tabindex', 'table-duplicate-name',
];

const severities = (ids: string[], severity: string): Record<string, string> =>
  Object.fromEntries(ids.map((id) => [`axe/${id}`, severity]));

/** Severities this domain adds to the built-in presets (merged over the preset JSON files). */
export const a11yPresets: Record<string, Record<string, unknown>> = {
  recommended: {
    'alt-text-quality': 'warn',
    'lang-matches-content': 'warn',
    'text-contrast-minimum': 'error',
    'text-contrast-enhanced': 'info',
    'meta-refresh': 'error',
    'duplicate-attribute': 'error',
    'duplicate-id': 'error',
    'aria-hidden-focusable': 'error',
    'aria-id-reference': 'error',
    'summary-name': 'error',
    'label-in-name': 'error',
    'letter-spacing-important': 'error',
    'word-spacing-important': 'error',
    'line-height-important': 'error',
    'bypass-blocks': 'error',
    'main-landmark': 'warn',
    'main-heading': 'warn',
    'skip-link': 'info',
    'repeated-content-collapsible': 'info',
    'object-name': 'error',
    'orientation-lock': 'error',
    'autoplay-audio-duration': 'warn',
    'autoplay-audio-control': 'error',
    'iframe-focusable-content': 'error',
    'media-captions': 'error',
    'svg-img-name': 'error',
    'iframe-identical-names': 'error',
    'audio-alternative': 'error',
    'video-alternative': 'error',
    'meta-refresh-no-exception': 'info',
    'link-purpose-identical-names': 'info',
    'scrollable-region-focusable': 'error',
    'text-clipped': 'error',
    'image-of-text': 'warn',
    'element-lang-matches-content': 'warn',
    'video-visual-only-alternative': 'error',
    'link-purpose-in-context': 'warn',
    'audio-media-alternative': 'warn',
    'focus-visible': 'error',
    'link-text-descriptive': 'warn',
    'document-title-placeholder': 'warn',
    'alt-text-file-name': 'warn',
    'aria-required-controls': 'error',
    'axe/skipped': 'info',
    ...severities(AXE_WCAG, 'error'),
    ...severities(AXE_BEST_PRACTICE_RECOMMENDED, 'warn'),
  },
  a11y: {
    'text-contrast-enhanced': 'warn',
    'meta-refresh-no-exception': 'warn',
    'skip-link': 'warn',
    'repeated-content-collapsible': 'warn',
    'link-purpose-identical-names': 'warn',
    ...severities(AXE_BEST_PRACTICE_PAGES, 'warn'),
  },
  strict: {},
};
