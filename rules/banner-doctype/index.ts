import { defineRule } from '../_kit';
import { bannerContext } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-doctype',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'The primary HTML of a banner must be a complete document: <!DOCTYPE html>, then <html>, <head> and <body>, written out (Google Ads rejects "badly formed HTML").',
      recommended: true,
    },
    messages: {
      doctype: 'The banner HTML has no <!DOCTYPE html>; {{profile}} rejects incomplete documents.',
      notHtml5: 'The doctype is not <!DOCTYPE html>.',
      missingTag: 'The banner HTML has no <{{tag}}> tag; {{profile}} expects <html>, <head> and <body> written out, in that order.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    const html = ctx.file.html;
    if (!b || b.unit.primary !== ctx.file || !b.profile.html.requireDoctype || !html) return;
    const profile = b.profileIds.join(' + ');
    const doctype = html.document.childNodes.find((n) => n.nodeName === '#documentType');
    if (!doctype) {
      const at = /^\s*/.exec(ctx.file.text)![0].length;
      ctx.report({ messageId: 'doctype', data: { profile }, range: { start: at, end: at }, fix: (f) => f.insertBefore(at, '<!DOCTYPE html>\n') });
    } else if ((doctype as { name?: string; publicId?: string }).name?.toLowerCase() !== 'html' || (doctype as { publicId?: string }).publicId) {
      const loc = (doctype as { sourceCodeLocation?: { startOffset: number; endOffset: number } }).sourceCodeLocation;
      if (loc) ctx.report({ messageId: 'notHtml5', range: { start: loc.startOffset, end: loc.endOffset }, fix: (f) => f.replace({ start: loc.startOffset, end: loc.endOffset }, '<!DOCTYPE html>') });
    }
    for (const tag of ['html', 'head', 'body']) {
      const el = html.elements.find((e) => e.tagName === tag);
      if (!el?.sourceCodeLocation?.startTag) ctx.report({ messageId: 'missingTag', data: { tag, profile }, range: { start: 0, end: 0 } });
    }
  },
});
