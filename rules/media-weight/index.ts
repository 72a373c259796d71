import { defineRule, formatBytes, hasAttr, parentElement, type HtmlElement } from '../_kit';
import { assetRefsOf } from '../../server/src/engine/model/assets';
import mediaDefaults from '../profiles/media/defaults.json';

interface Budget { videoBytes: number; autoplayVideoBytes: number; audioBytes: number }

export default defineRule({
  meta: {
    id: 'media-weight',
    domain: 'media',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Video and audio files a page loads must stay within the media budget (autoplaying video is held to a tighter budget, because it downloads on every visit). Budgets come from rules/profiles/media/defaults.json, settings.media.pageBudget or the rule options.',
      recommended: true,
    },
    messages: {
      video: 'Video "{{url}}" is {{actual}}, over the {{budget}} budget for page video; compress it or shorten it.',
      autoplayVideo: 'Autoplaying video "{{url}}" is {{actual}}, over the {{budget}} budget for video that loads with the page.',
      audio: 'Audio "{{url}}" is {{actual}}, over the {{budget}} budget for page audio.',
    },
    schema: {
      type: 'object',
      properties: {
        videoBytes: { type: 'integer', minimum: 1 },
        autoplayVideoBytes: { type: 'integer', minimum: 1 },
        audioBytes: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const fromSettings = ((ctx.settings.media as { pageBudget?: Partial<Budget> } | undefined)?.pageBudget) ?? {};
    const budget: Budget = { ...mediaDefaults.pageBudget, ...fromSettings, ...(ctx.options as Partial<Budget>) };
    for (const ref of assetRefsOf(ctx.project, ctx.file)) {
      if (ref.external || !ref.resolved || !ref.element) continue;
      const media = mediaElementOf(ref.kind, ref.element);
      if (!media) continue;
      const size = ctx.project.getFile(ref.resolved)?.size ?? ctx.project.host.stat(ref.resolved)?.size;
      if (size === undefined) continue;
      const isVideo = media.tagName === 'video';
      const autoplay = isVideo && hasAttr(media, 'autoplay');
      const limit = isVideo ? (autoplay ? budget.autoplayVideoBytes : budget.videoBytes) : budget.audioBytes;
      if (size <= limit) continue;
      const messageId = isVideo ? (autoplay ? 'autoplayVideo' : 'video') : 'audio';
      ctx.report({ messageId, data: { url: ref.raw, actual: formatBytes(size), budget: formatBytes(limit) }, range: ref.range });
    }
  },
});

/** The <video> or <audio> a media reference belongs to. */
function mediaElementOf(kind: string, el: HtmlElement): HtmlElement | undefined {
  if (kind === 'video-src' || kind === 'audio-src') return el.tagName === 'video' || el.tagName === 'audio' ? el : undefined;
  if (kind !== 'source' || el.tagName !== 'source') return undefined;
  const parent = parentElement(el);
  return parent && (parent.tagName === 'video' || parent.tagName === 'audio') ? parent : undefined;
}
