import { defineRule } from '../_kit';
import { bannerContext, unitTotals, FILE_START } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-file-count',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'zip'],
    cost: 'cheap',
    docs: {
      description: 'The package may hold at most the profile\'s number of files (Google Ads 40, GAM 50, CM360 and TTD 100); junk files count too.',
      recommended: true,
    },
    messages: {
      tooMany: 'The package holds {{count}} files; {{profile}} accepts at most {{max}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || b.unit.anchor !== ctx.file) return;
    const max = b.profile.files.maxCount;
    const count = unitTotals(b.unit).fileCount;
    if (max !== undefined && count > max) ctx.report({ messageId: 'tooMany', data: { count, max, profile: b.profileIds.join(' + ') }, range: FILE_START });
  },
});
