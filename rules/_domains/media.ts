import type { RuleModule } from '../_kit/types';
import orderFileInvalid from '../order-file-invalid';
import orderDeliverableMissing from '../order-deliverable-missing';
import orderDeliverableSpec from '../order-deliverable-spec';
import orderUnrequestedFile from '../order-unrequested-file';
import mediaFileUnreadable from '../media-file-unreadable';
import mediaAutoplaySound from '../media-autoplay-sound';
import mediaPlaysinline from '../media-playsinline';
import mediaVideoPoster from '../media-video-poster';
import mediaWeight from '../media-weight';
import mediaAudioTranscript from '../media-audio-transcript';
import mediaWebvttValid from '../media-webvtt-valid';
import mediaLoudness from '../media-loudness';
import mediaLoudnessSkipped from '../media-loudness-skipped';

/** The media and deliverables (production order) rules, in the order they run. */
export const mediaRules: RuleModule[] = [
  orderFileInvalid,
  orderDeliverableMissing,
  orderDeliverableSpec,
  orderUnrequestedFile,
  mediaFileUnreadable,
  mediaAutoplaySound,
  mediaPlaysinline,
  mediaVideoPoster,
  mediaWeight,
  mediaAudioTranscript,
  mediaWebvttValid,
  mediaLoudness,
  mediaLoudnessSkipped,
];

/** Severities this domain adds to the built-in presets (merged over the preset JSON files). */
export const mediaPresets: Record<string, Record<string, unknown>> = {
  recommended: {
    'order-file-invalid': 'error',
    'order-deliverable-missing': 'error',
    'order-deliverable-spec': 'error',
    'order-unrequested-file': 'info',
    'media-file-unreadable': 'error',
    'media-autoplay-sound': 'error',
    'media-playsinline': 'warn',
    'media-video-poster': 'warn',
    'media-weight': 'warn',
    'media-audio-transcript': 'warn',
    'media-webvtt-valid': 'error',
    'media-loudness': 'warn',
    'media-loudness-skipped': 'info',
  },
  'static-site': {
    'media-file-unreadable': 'error',
    'media-autoplay-sound': 'error',
    'media-playsinline': 'warn',
    'media-video-poster': 'warn',
    'media-weight': 'warn',
    'media-audio-transcript': 'warn',
    'media-webvtt-valid': 'error',
  },
  a11y: {
    'media-audio-transcript': 'error',
    'media-webvtt-valid': 'error',
  },
  strict: {
    'order-file-invalid': 'error',
    'order-deliverable-missing': 'error',
    'order-deliverable-spec': 'error',
    'order-unrequested-file': 'warn',
    'media-file-unreadable': 'error',
    'media-autoplay-sound': 'error',
    'media-playsinline': 'error',
    'media-video-poster': 'error',
    'media-weight': 'error',
    'media-audio-transcript': 'error',
    'media-webvtt-valid': 'error',
    'media-loudness': 'error',
    'media-loudness-skipped': 'info',
  },
};
