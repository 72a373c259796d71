import * as path from 'node:path';
import { defineRule } from '../_kit';
import { mediaFactsOf } from '../../server/src/engine/facts/media-cache';

/** Containers a file name promises; ISO-BMFF brands overlap, so .mp4/.mov/.m4a/.m4v accept each other. */
const EXPECTED: Record<string, string[]> = {
  '.mp4': ['mp4', 'mov', 'm4a'], '.m4v': ['mp4', 'mov'], '.mov': ['mov', 'mp4'], '.m4a': ['m4a', 'mp4'],
  '.webm': ['webm', 'mkv'], '.mkv': ['mkv', 'webm'], '.mp3': ['mp3'], '.wav': ['wav'],
  '.ogg': ['ogg'], '.oga': ['ogg'], '.ogv': ['ogg'],
};

export default defineRule({
  meta: {
    id: 'media-file-unreadable',
    domain: 'media',
    type: 'problem',
    scope: 'file',
    languages: ['media'],
    cost: 'cheap',
    docs: {
      description: 'An audio or video file whose headers cannot be read: cut off during upload or copy, damaged, in a format players do not support, or another kind of file renamed to .mp4/.mp3.',
      recommended: true,
    },
    messages: {
      truncated: 'This media file is incomplete ({{detail}}); copy or export it again.',
      corrupt: 'This media file cannot be read: {{detail}}.',
      unsupported: 'This media file is in a format browsers and platforms do not play: {{detail}}.',
      extension: 'This file is named {{ext}} but contains {{container}}; rename it or convert it.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const ext = path.extname(ctx.file.path).toLowerCase();
    const result = mediaFactsOf(ctx.file);
    const range = { start: 0, end: 0 };
    if (!result.ok) {
      // Raw AAC (ADTS) in a .aac file is what the name says; it only lacks a container these readers parse.
      if (result.error.kind === 'unsupported' && ext === '.aac') return;
      ctx.report({ messageId: result.error.kind, data: { detail: result.error.message }, range });
      return;
    }
    const expected = EXPECTED[ext];
    const container = result.facts.container;
    if (expected && container !== 'unknown' && !expected.includes(container)) {
      ctx.report({ messageId: 'extension', data: { ext, container: container.toUpperCase() }, range });
    }
  },
});
