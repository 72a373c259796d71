import * as path from 'node:path';
import { defineRule } from '../_kit';
import { deliverablesOf, orderFor, type OrderDeliverable } from '../../server/src/engine/model/order';
import { mediaFactsOf } from '../../server/src/engine/facts/media-cache';
import { imageFactsOf } from '../../server/src/engine/facts/image-cache';
import { ImageReadError } from '../../server/src/engine/facts/image';
import { checkImage, checkMedia, checkWeight, sidecarExtensions, type SpecFinding } from '../_media/spec';

const KIND_BY_LANGUAGE: Record<string, string> = { media: 'audio or video', image: 'an image', zip: 'a .zip', html: 'a page' };

export default defineRule({
  meta: {
    id: 'order-deliverable-spec',
    domain: 'deliverables',
    type: 'problem',
    scope: 'file',
    languages: ['media', 'image', 'svg', 'zip', 'html'],
    cost: 'expensive',
    docs: {
      description: 'A delivered file must meet its order line and platform profile: pixel size, aspect ratio, duration, file size, container, codecs, frame rate, bitrate and captions. Each fact that differs is one problem on the file.',
      recommended: true,
    },
    messages: {
      kind: '"{{name}}" asks for {{expected}}, but this is {{actual}}.',
      dimensions: '"{{name}}" must be {{expected}} px; this file is {{actual}} px.',
      resolution: '"{{name}}": {{actual}} px; the {{source}} needs {{expected}}.',
      aspect: '"{{name}}": aspect ratio {{actual}} is not {{expected}} ({{source}}).',
      duration: '"{{name}}": duration {{actual}}; the {{source}} asks for {{expected}}.',
      weight: '"{{name}}": {{actual}} is over the {{expected}} limit ({{source}}).',
      weightMin: '"{{name}}": {{actual}} is under the {{expected}} minimum ({{source}}).',
      container: '"{{name}}": {{actual}} container; the {{source}} accepts {{expected}}.',
      codec: '"{{name}}": {{what}} codec {{actual}}; the {{source}} accepts {{expected}}.',
      format: '"{{name}}": {{actual}} image; the {{source}} accepts {{expected}}.',
      frameRate: '"{{name}}": {{actual}} fps; the {{source}} allows at most {{expected}} fps.',
      bitrate: '"{{name}}": overall bitrate {{actual}} kbps; the {{source}} needs {{expected}}.',
      sampleRate: '"{{name}}": audio sample rate {{actual}} Hz; the {{source}} needs {{expected}}.',
      captions: '"{{name}}" needs captions ({{source}}): deliver {{expected}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const file = ctx.file;
    if (file.inArchive) return;
    const order = orderFor(ctx.project, file.path);
    if (!order) return;
    const matches = deliverablesOf(ctx.project, order, file.path);
    if (!matches.length) return;
    // An exact path match is the line written for this file; otherwise the first folder or glob line.
    const rel = path.relative(order.deliveryDir, file.path).split(path.sep).join('/');
    const d: OrderDeliverable = matches.find((m) => m.path === rel) ?? matches[0];
    const findings: SpecFinding[] = [];
    if (d.type === 'video' || d.type === 'audio') {
      if (file.language !== 'media') {
        findings.push({ messageId: 'kind', data: { name: d.name, expected: d.type === 'video' ? 'a video' : 'an audio file', actual: KIND_BY_LANGUAGE[file.language] ?? file.language } });
      } else {
        const result = mediaFactsOf(file);
        // Unreadable files are media-file-unreadable's problem; one report is enough.
        if (!result.ok) return;
        const siblings = ctx.project.host.readDir(path.dirname(file.path)).filter((e) => e.isFile).map((e) => e.name);
        findings.push(...checkMedia(d, result.facts, sidecarExtensions(file.path, siblings)));
      }
    } else if (d.type === 'image') {
      if (file.language !== 'image' && file.language !== 'svg') {
        findings.push({ messageId: 'kind', data: { name: d.name, expected: 'an image', actual: KIND_BY_LANGUAGE[file.language] ?? file.language } });
      } else {
        const facts = imageFactsOf(file);
        if (facts instanceof ImageReadError) return;
        findings.push(...checkImage(d, facts));
      }
    } else if (d.type === 'banner' && file.language === 'zip') {
      findings.push(...checkWeight(d, file.size));
    } else if (d.type === 'page' && file.language === 'html' && d.path === rel) {
      findings.push(...checkWeight(d, file.size));
    }
    for (const f of findings) ctx.report({ messageId: f.messageId, data: f.data, range: { start: 0, end: 0 } });
  },
});
