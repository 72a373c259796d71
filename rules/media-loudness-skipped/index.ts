import { defineRule } from '../_kit';
import { findFfmpeg } from '../_media/ffmpeg';
import { filesWithAudio } from '../_media/loudness';

export default defineRule({
  meta: {
    id: 'media-loudness-skipped',
    domain: 'media',
    type: 'suggestion',
    scope: 'project',
    languages: ['media'],
    cost: 'expensive',
    docs: {
      description: 'Says once per run that loudness was not measured and why (no ffmpeg on the PATH, settings.media.ffmpeg unusable or set to false), so a clean result is not mistaken for a passed loudness check. crossmedia-lint never downloads ffmpeg.',
      recommended: true,
    },
    messages: {
      skipped: 'Loudness of {{count}} audio/video file(s) was not checked: {{reason}}. Install ffmpeg or set settings.media.ffmpeg to its path.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const configured = (ctx.settings.media as { ffmpeg?: unknown } | undefined)?.ffmpeg;
    // Turning ffmpeg off on purpose is an answer, not something to remind about.
    if (configured === false) return;
    const files = filesWithAudio(ctx.project);
    if (!files.length) return;
    const ffmpeg = findFfmpeg(configured, ctx.project.roots);
    if (ffmpeg.path) return;
    ctx.report({ file: files[0], messageId: 'skipped', data: { count: files.length, reason: ffmpeg.reason }, range: { start: 0, end: 0 } });
  },
});
