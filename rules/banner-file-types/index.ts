import { defineRule } from '../_kit';
import { bannerContext, junkReason, extensionOf, ALL_LANGUAGES, FILE_START } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-file-types',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: [...ALL_LANGUAGES],
    cost: 'cheap',
    docs: {
      description: 'Every file in the package must have a type the platform accepts (e.g. Google Ads: html css js gif png jpg jpeg svg), and Flash (.swf, .flv) is refused everywhere.',
      recommended: true,
    },
    messages: {
      notAllowed: '"{{name}}" has a file type {{profile}} does not accept (.{{ext}}); accepted: {{allowed}}.',
      noExtension: '"{{name}}" has no file extension; {{profile}} accepts only {{allowed}}.',
      forbidden: '"{{name}}" is a {{ext}} file, which {{profile}} refuses (Flash is no longer served).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || !b.unit.files.includes(ctx.file)) return;
    const rel = b.unit.relPath(ctx.file);
    if (junkReason(rel) || ctx.file.language === 'zip') return;
    const ext = extensionOf(rel);
    const profile = b.profileIds.join(' + ');
    const files = b.profile.files;
    if (files.forbiddenExtensions.includes(ext)) {
      ctx.report({ messageId: 'forbidden', data: { name: rel, ext: `.${ext}`, profile }, range: FILE_START });
      return;
    }
    if (files.allowedExtensions.length && !files.allowedExtensions.includes(ext)) {
      ctx.report({ messageId: ext ? 'notAllowed' : 'noExtension', data: { name: rel, ext, profile, allowed: files.allowedExtensions.join(' ') }, range: FILE_START });
    }
  },
});
