import { defineRule } from '../_kit';
import { bannerContext, unitScripts, FILE_START } from '../../server/src/engine/model/banner';
import { propOf, type JsValue } from '../../server/src/engine/model/banner-code';

const REQUIRED = ['filename', 'width', 'height', 'clickTagCount'];

export default defineRule({
  meta: {
    id: 'banner-flashtalking-manifest',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['js', 'html', 'zip'],
    cost: 'cheap',
    docs: {
      description: 'A Flashtalking banner needs a manifest.js with one FT.manifest({...}) call (read as data, never run): filename, width, height and clickTagCount (1 to 20) set, the filename present, at most 8 videos, unique instantAds names, and no click tag used beyond clickTagCount.',
      recommended: true,
    },
    messages: {
      missing: 'There is no manifest.js at the root of the package; {{profile}} cannot traffic the banner without it.',
      syntax: 'manifest.js cannot be read: {{message}}.',
      noCall: 'manifest.js has no FT.manifest({ … }) call with an object literal.',
      missingField: 'FT.manifest() is missing "{{field}}".',
      invalidField: '"{{field}}" must be {{expected}}.',
      clickTagCount: 'clickTagCount is {{value}}; Flashtalking accepts 1 to {{max}}.',
      filenameMissing: 'filename "{{name}}" is not a file of the package.',
      videos: 'The manifest lists {{count}} videos; Flashtalking accepts at most {{max}}.',
      duplicateInstantAd: 'instantAds name "{{name}}" is used twice; each dynamic field needs its own name.',
      richLoadsSpelling: '"{{key}}" should be spelled "richLoads"; other spellings are ignored by some Flashtalking tools.',
      clickTagIndex: 'Click tag {{index}} is used but manifest.js declares clickTagCount {{count}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b) return;
    const unit = b.unit;
    const ft = unit.flashtalking;
    const profile = b.profileIds.join(' + ');
    const maxClickTags = b.profile.manifest.maxClickTags ?? 20;
    if (ctx.file === unit.anchor && !ft && b.profile.manifest.kind === 'flashtalking-js' && b.profile.manifest.required) {
      ctx.report({ messageId: 'missing', data: { profile }, range: FILE_START });
      return;
    }
    if (!ft) return;
    const m = ft.manifest;
    if (ctx.file === ft.file) {
      if (m.parseError) { ctx.report({ messageId: 'syntax', data: { message: m.parseError.message }, range: { start: m.parseError.offset, end: m.parseError.offset } }); return; }
      if (m.missingCall || !m.object) { ctx.report({ messageId: 'noCall', range: FILE_START }); return; }
      const obj = m.object;
      const open = { start: obj.start, end: obj.start + 1 };
      for (const field of REQUIRED) if (!propOf(obj, field)) ctx.report({ messageId: 'missingField', data: { field }, range: open });
      const at = (v: JsValue) => ({ start: v.start, end: v.end });
      for (const field of ['width', 'height']) {
        const v = propOf(obj, field);
        if (v && !(v.kind === 'number' && Number.isInteger(v.value) && (v.value as number) > 0)) ctx.report({ messageId: 'invalidField', data: { field, expected: 'a positive whole number' }, range: at(v) });
      }
      const count = propOf(obj, 'clickTagCount');
      if (count) {
        const n = count.kind === 'number' ? (count.value as number) : NaN;
        if (!Number.isInteger(n) || n < 1 || n > maxClickTags) ctx.report({ messageId: 'clickTagCount', data: { value: count.kind === 'number' ? n : ctx.file.text.slice(count.start, count.end), max: maxClickTags }, range: at(count) });
      }
      const filename = propOf(obj, 'filename');
      if (filename?.kind === 'string' && !unit.files.some((f) => unit.relPath(f) === filename.value)) ctx.report({ messageId: 'filenameMissing', data: { name: String(filename.value) }, range: at(filename) });
      else if (filename && filename.kind !== 'string') ctx.report({ messageId: 'invalidField', data: { field: 'filename', expected: 'a file name in quotes' }, range: at(filename) });
      const videos = propOf(obj, 'videos');
      const maxVideos = b.profile.manifest.maxVideos;
      if (videos?.kind === 'array' && maxVideos !== undefined && (videos.items?.length ?? 0) > maxVideos) ctx.report({ messageId: 'videos', data: { count: videos.items!.length, max: maxVideos }, range: at(videos) });
      const instantAds = propOf(obj, 'instantAds');
      const seen = new Map<string, JsValue>();
      for (const item of instantAds?.items ?? []) {
        const name = propOf(item, 'name');
        if (name?.kind !== 'string') continue;
        const key = String(name.value);
        if (seen.has(key)) ctx.report({ messageId: 'duplicateInstantAd', data: { name: key }, range: at(name), related: [{ file: ctx.file.path, range: at(seen.get(key)!), message: 'first use' }] });
        else seen.set(key, name);
      }
      for (const p of obj.props ?? []) {
        if (p.key !== 'richLoads' && p.key.toLowerCase() === 'richloads') ctx.report({ messageId: 'richLoadsSpelling', data: { key: p.key }, range: { start: p.keyStart, end: p.keyEnd } });
      }
      return;
    }
    const count = m.data.clickTagCount;
    if (typeof count !== 'number') return;
    for (const chunk of unitScripts(unit)) {
      if (chunk.file !== ctx.file) continue;
      for (const call of chunk.facts.calls) {
        const arg = call.method === 'applyClickTag' ? call.args[1] : call.method === 'clickTag' && /myFT|FT/.test(call.root) ? call.args[0] : undefined;
        if (arg?.kind === 'number' && (arg.value as number) > count) ctx.report({ messageId: 'clickTagIndex', data: { index: arg.value, count }, range: { start: arg.start, end: arg.end } });
      }
    }
    if (ctx.file.html) {
      for (const el of ctx.file.html.elements) {
        if (el.tagName !== 'ft-default') continue;
        const v = Number(el.attrs.find((a) => a.name === 'clicktag')?.value);
        const loc = el.sourceCodeLocation?.attrs?.clicktag;
        if (v > count && loc) ctx.report({ messageId: 'clickTagIndex', data: { index: v, count }, range: { start: loc.startOffset, end: loc.endOffset } });
      }
    }
  },
});
