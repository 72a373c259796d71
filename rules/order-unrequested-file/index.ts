import * as path from 'node:path';
import picomatch from 'picomatch';
import { defineRule } from '../_kit';
import { deliverableMatches, deliveryRelative, isOrderFile, orderFor, type ProductionOrder } from '../../server/src/engine/model/order';
import mediaDefaults from '../profiles/media/defaults.json';

// Not imported from the config loader: that module loads the presets, which load this rule.
const CONFIG_FILE = /^crossmedia-lint\.config\.(json|ya?ml)$/;

const ALL: ('html' | 'css' | 'svg' | 'json' | 'yaml' | 'js' | 'image' | 'media' | 'font' | 'text' | 'zip' | 'other')[] =
  ['html', 'css', 'svg', 'json', 'yaml', 'js', 'image', 'media', 'font', 'text', 'zip', 'other'];

export default defineRule({
  meta: {
    id: 'order-unrequested-file',
    domain: 'deliverables',
    type: 'suggestion',
    scope: 'file',
    languages: ALL,
    cost: 'cheap',
    docs: {
      description: 'A file in the delivery folder that no line of the production order asks for: a leftover, a wrong name, or a deliverable the order forgot. Caption sidecars of ordered videos and the assets of ordered page folders count as ordered.',
      recommended: true,
    },
    messages: {
      unrequested: '"{{path}}" is in the delivery folder but no line of the order asks for it; add it to the order, list it under `ignore`, or remove it.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const file = ctx.file;
    if (file.inArchive || isOrderFile(file.path) || CONFIG_FILE.test(path.basename(file.path))) return;
    const order = orderFor(ctx.project, file.path);
    if (!order) return;
    const rel = deliveryRelative(order, file.path);
    if (rel === undefined || rel.split('/').some((part) => part.startsWith('.'))) return;
    if (order.ignore.length && picomatch(order.ignore, { dot: true })(rel)) return;
    if (isRequested(order, rel, (p) => !!ctx.project.host.stat(path.join(order.deliveryDir, p))?.isDirectory)) return;
    ctx.report({ messageId: 'unrequested', data: { path: rel }, range: { start: 0, end: 0 } });
  },
});

function isRequested(order: ProductionOrder, rel: string, isFolder: (p: string) => boolean): boolean {
  if (order.deliverables.some((d) => deliverableMatches(d, rel, isFolder))) return true;
  // A page ordered by its HTML file brings its own folder of assets along (unless it sits at the top).
  const dir = path.posix.dirname(rel);
  for (const d of order.deliverables) {
    if (d.type !== 'page' || !/\.html?$/i.test(d.path)) continue;
    const pageDir = path.posix.dirname(d.path);
    if (pageDir !== '.' && (dir === pageDir || dir.startsWith(pageDir + '/'))) return true;
  }
  // Caption sidecars (clip.vtt, clip.en.srt) of an ordered video.
  const ext = path.posix.extname(rel).slice(1).toLowerCase();
  if (mediaDefaults.captionSidecarExtensions.includes(ext)) {
    const stem = path.posix.basename(rel).split('.')[0];
    for (const d of order.deliverables) {
      if (d.type !== 'video') continue;
      for (const videoExt of ['mp4', 'mov', 'm4v', 'webm', 'mkv']) {
        if (deliverableMatches(d, `${dir === '.' ? '' : dir + '/'}${stem}.${videoExt}`, isFolder)) return true;
      }
    }
  }
  return false;
}
