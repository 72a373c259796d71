import { defineRule } from '../_kit';
import { bannerContext, unitScripts } from '../../server/src/engine/model/banner';

const STORAGE = /^((window|self|top|parent)\.)?(localStorage|sessionStorage)$/;
const COOKIE = /^((window|self)\.)?document\.cookie$/;

export default defineRule({
  meta: {
    id: 'banner-web-storage',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'js'],
    cost: 'cheap',
    docs: {
      description: 'Banners must not use localStorage/sessionStorage where the platform forbids it (CM360, Google Ads), nor cookies where it forbids them.',
      recommended: true,
    },
    messages: {
      storage: '{{name}} is used; {{profile}} does not allow banners to use web storage.',
      cookie: 'document.cookie is used; {{profile}} does not allow banners to set cookies.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || !b.unit.files.includes(ctx.file)) return;
    const st = b.profile.storage;
    const profile = b.profileIds.join(' + ');
    for (const chunk of unitScripts(b.unit)) {
      if (chunk.file !== ctx.file) continue;
      for (const r of chunk.facts.references) {
        const m = STORAGE.exec(r.name);
        if (m && !st.allowLocalStorage) ctx.report({ messageId: 'storage', data: { name: m[3], profile }, range: r });
        else if (COOKIE.test(r.name) && !st.allowCookies) ctx.report({ messageId: 'cookie', data: { profile }, range: r });
      }
    }
  },
});
