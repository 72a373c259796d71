import * as path from 'node:path';
import { defineRule } from '../_kit';
import { imageFactsOf, ImageReadError, FILE_START } from '../_assets';

/** Extensions each format is saved with. */
const EXTENSIONS: Record<string, string[]> = {
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'], png: ['png', 'apng'], gif: ['gif'], webp: ['webp'], avif: ['avif'], heic: ['heic', 'heif'],
  svg: ['svg'], tiff: ['tif', 'tiff'], bmp: ['bmp', 'dib'], psd: ['psd', 'psb'], ico: ['ico', 'cur'], eps: ['eps', 'epsf', 'ai'],
};

export default defineRule({
  meta: {
    id: 'image-unreadable',
    domain: 'image',
    type: 'problem',
    scope: 'file',
    languages: ['image'],
    cost: 'cheap',
    docs: {
      description: 'An image file that is truncated, corrupt, not an image at all, or an image of another format than its extension says: browsers show a broken picture or sniff the wrong type.',
      recommended: true,
    },
    messages: {
      unreadable: 'This image cannot be read: {{reason}}.',
      wrongExtension: 'This file is a {{format}} image but is named .{{ext}}; servers send the wrong Content-Type and some ad servers reject it.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const facts = imageFactsOf(ctx.file);
    if (facts instanceof ImageReadError) {
      ctx.report({ messageId: 'unreadable', data: { reason: facts.message }, range: FILE_START });
      return;
    }
    const ext = path.extname(ctx.file.path).slice(1).toLowerCase();
    const expected = EXTENSIONS[facts.format];
    if (expected && !expected.includes(ext)) ctx.report({ messageId: 'wrongExtension', data: { format: facts.format.toUpperCase(), ext }, range: FILE_START });
  },
});
