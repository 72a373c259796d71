import { defineRule } from '../_kit';
import { bannerContext, unitTotals, fileBytes, inProfileKB, limitBytesOf, FILE_START } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-weight',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'zip'],
    cost: 'expensive',
    docs: {
      description: 'The package must stay within the profile\'s weight limits: ZIP size (Google Ads 150 KB, CM360 9.5 MB, TTD 5 MB), unzipped size (Adform) and primary HTML size (TTD).',
      recommended: true,
    },
    messages: {
      zipped: 'The ZIP is {{actual}}; {{profile}} accepts at most {{limit}}.',
      zippedEstimate: 'Zipped, this folder would be about {{actual}}; {{profile}} accepts at most {{limit}}.',
      unzipped: 'The package is {{actual}} unzipped ({{files}} files); {{profile}} accepts at most {{limit}}.',
      primaryHtml: 'The primary HTML {{name}} is {{actual}}; {{profile}} accepts at most {{limit}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || b.unit.anchor !== ctx.file) return;
    const p = b.profile;
    const profile = b.profileIds.join(' + ');
    const totals = unitTotals(b.unit);
    const zipLimit = limitBytesOf(p, p.weight.zippedMaxKB);
    if (zipLimit !== undefined && totals.zippedBytes > zipLimit) {
      ctx.report({ messageId: totals.zippedEstimated ? 'zippedEstimate' : 'zipped', data: { actual: inProfileKB(p, totals.zippedBytes), limit: inProfileKB(p, zipLimit), profile }, range: FILE_START });
    }
    const unzippedLimit = limitBytesOf(p, p.weight.unzippedMaxKB);
    if (unzippedLimit !== undefined && totals.unzippedBytes > unzippedLimit) {
      ctx.report({ messageId: 'unzipped', data: { actual: inProfileKB(p, totals.unzippedBytes), limit: inProfileKB(p, unzippedLimit), profile, files: totals.fileCount }, range: FILE_START });
    }
    const htmlLimit = limitBytesOf(p, p.weight.primaryHtmlMaxKB);
    const primary = b.unit.primary;
    if (htmlLimit !== undefined && primary && fileBytes(primary) > htmlLimit) {
      ctx.report({ messageId: 'primaryHtml', data: { name: b.unit.relPath(primary), actual: inProfileKB(p, fileBytes(primary)), limit: inProfileKB(p, htmlLimit), profile }, range: FILE_START });
    }
  },
});
