import { defineRule } from '../_kit';
import { bannerContext, junkReason, FILE_START } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-primary-html',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'zip'],
    cost: 'cheap',
    docs: {
      description: 'The package needs its entry HTML where the ad server looks: at the ZIP root (zip the files, not their folder), with the expected name (index.html), and only as many HTML files as the platform allows.',
      recommended: true,
    },
    messages: {
      notAtRoot: 'The entry HTML "{{name}}" is in a sub-folder; {{profile}} needs it at the root of the package (zip the files, not the folder that holds them).',
      name: 'The entry HTML is "{{name}}"; {{profile}} expects {{expected}} at the root.',
      tooMany: 'The package has {{count}} HTML files ({{names}}); {{profile}} accepts {{max}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || b.unit.anchor !== ctx.file || !b.unit.primary) return;
    const unit = b.unit;
    const html = b.profile.html;
    const profile = b.profileIds.join(' + ');
    const name = unit.relPath(unit.primary!);
    if (html.primaryHtmlAtRoot && name.includes('/')) {
      ctx.report({ messageId: 'notAtRoot', data: { name, profile }, range: FILE_START });
    } else if (html.primaryHtmlNames?.length && !html.primaryHtmlNames.includes(name) && !unit.adform && !unit.flashtalking?.manifest.data.filename) {
      ctx.report({ messageId: 'name', data: { name, profile, expected: html.primaryHtmlNames.map((n) => `"${n}"`).join(' or ') }, range: FILE_START });
    }
    const htmls = unit.files.filter((f) => f.language === 'html' && !junkReason(unit.relPath(f)));
    const max = b.profile.files.maxHtmlFiles;
    if (max !== undefined && htmls.length > max) {
      ctx.report({ messageId: 'tooMany', data: { count: htmls.length, names: htmls.map((f) => unit.relPath(f)).join(', '), max, profile }, range: FILE_START });
    }
  },
});
