import { defineRule, getAttr, attrValueRange } from '../_kit';
import type { SuggestionDescriptor } from '../_kit';
import { bannerContext, unitScripts, headInsertion, pageRange, type ScriptChunk } from '../../server/src/engine/model/banner';
import type { JsDeclaration, JsValue } from '../../server/src/engine/model/banner-code';

/** Names that are meant as a click tag, whatever their casing. */
const CLICK_LIKE = /^click_?tag\d*$/i;
const ABSOLUTE_URL = /^\s*https?:\/\//i;
const LOCATION_TARGETS = /^(window\.|top\.|parent\.|self\.|document\.)?location(\.href)?$/;

function lastName(v: JsValue): string | undefined {
  if (v.kind === 'identifier') return String(v.value);
  if (v.kind === 'member') return String(v.value).split('.').pop();
  return undefined;
}

export default defineRule({
  meta: {
    id: 'banner-clicktag',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'js'],
    cost: 'cheap',
    docs: {
      description: 'The banner must click through the way its platform counts clicks: a clickTag the ad server can replace (right name, global, in <head>), opened in a new window, with no hard-coded landing URL and no more exits than allowed.',
      recommended: true,
    },
    messages: {
      missing: 'The banner has no click-through {{how}}; {{profile}} will not count or route its clicks.',
      name: '"{{name}}" is not a click-tag name {{profile}} reads (case matters); expected {{expected}}.',
      location: 'The click tag "{{name}}" must be a global variable declared in an inline script in the <head> of the primary HTML for {{profile}}.',
      hardcoded: 'Hard-coded landing URL "{{url}}": {{profile}} sets the landing page through the click tag; open the click-tag variable instead.',
      hardcodedLink: 'The banner links to a hard-coded landing URL "{{url}}"; {{profile}} sets the landing page through the click tag.',
      notFromUrl: '"{{name}}" is fixed to "{{url}}"; {{profile}} passes the landing URL as the {{name}} URL parameter, so read it from the query string.',
      unused: 'The click tag "{{name}}" is declared but never used, so the banner does not click through.',
      target: 'The click-through opens in {{actual}}; {{profile}} needs a new window: window.open(url, "{{target}}").',
      exits: 'This is exit #{{index}}; {{profile}} allows at most {{max}}.',
      insertBoilerplate: 'Insert the {{profile}} click-tag code in <head>',
      useVariable: 'Open {{name}} instead of the hard-coded URL',
      addBlank: 'Open in a new window ("_blank")',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || !b.unit.files.includes(ctx.file)) return;
    const unit = b.unit;
    const ct = b.profile.clickTag;
    const profile = b.profileIds.join(' + ');
    const all = unitScripts(unit);
    const mine = all.filter((c) => c.file === ctx.file);
    const namePattern = ct.namePattern ? new RegExp(ct.namePattern) : undefined;
    const accepted = (name: string) => ct.variableNames.includes(name) || !!namePattern?.test(name);
    const usesVariable = ct.mechanism === 'global-variable' || ct.mechanism === 'url-parameter';

    const clickDecls: { d: JsDeclaration; chunk: ScriptChunk }[] = [];
    for (const chunk of all) for (const d of chunk.facts.declarations) if (CLICK_LIKE.test(d.name)) clickDecls.push({ d, chunk });
    const firstDecl = new Map<string, { d: JsDeclaration; chunk: ScriptChunk }>();
    for (const x of clickDecls) if (!firstDecl.has(x.d.name)) firstDecl.set(x.d.name, x);
    const acceptedVar = [...firstDecl.keys()].find(accepted);
    const exitMatches = exitCalls(all, ct.exitCallPatterns ?? [], ctx.file.html ? ctx.file.text : undefined);

    // --- unit-level checks, once, on the primary HTML
    if (ctx.file === unit.primary) {
      const codeText = all.map((c) => c.code).join('\n');
      let present: boolean;
      let how: string;
      if (ct.mechanism === 'global-variable') {
        present = firstDecl.size > 0 || /\bEnabler\.exit/.test(codeText);
        how = `variable (var ${ct.variableNames[0] ?? 'clickTag'} = "…" in <head>)`;
      } else if (ct.mechanism === 'url-parameter') {
        present = firstDecl.size > 0 || all.some((c) => c.facts.strings.some((s) => ct.variableNames.some((n) => s.value.includes(n)))) || /APPNEXUS\.getClickTag/.test(codeText);
        how = `(the ${ct.variableNames.join('/')} URL parameter is never read)`;
      } else if (ct.mechanism === 'sdk-call') {
        present = (ct.exitCallPatterns ?? []).some((p) => new RegExp(p, 'i').test(codeText) || new RegExp(p, 'i').test(ctx.file.text));
        how = `call (${(ct.exitCallPatterns ?? []).map((p) => p.replace(/\\b|\\s\*|\\\(|\\|<|\[\^>\]\*|=/g, '')).join(', ')})`;
      } else { present = true; how = ''; }
      if (ct.required && !present) {
        const head = headInsertion(ctx.file);
        const suggest: SuggestionDescriptor[] = head && ct.boilerplate ? [{
          messageId: 'insertBoilerplate', data: { profile },
          fix: (f) => f.insertAfter(head.offset, head.newline + ct.boilerplate.split('\n').map((l) => head.indent + l).join(head.newline)),
        }] : [];
        ctx.report({ messageId: 'missing', data: { how, profile }, range: pageRange(ctx.file), suggest });
      }
      if (usesVariable && ct.mustUseWindowOpen && acceptedVar) {
        const decl = firstDecl.get(acceptedVar)!;
        const used = all.some((c) => c.facts.references.some((r) => (r.name === acceptedVar || r.name.endsWith(`.${acceptedVar}`)) && !clickDecls.some((x) => x.d.start === r.start && x.chunk.file === c.file)))
          || (unit.primary?.text ?? '').replace(decl.chunk.code, '').includes(acceptedVar);
        if (!used && decl.chunk.file === ctx.file) ctx.report({ messageId: 'unused', data: { name: acceptedVar }, range: decl.d });
      }
    }

    // --- declarations in this file
    for (const [name, { d, chunk }] of firstDecl) {
      if (chunk.file !== ctx.file) continue;
      if (usesVariable && !accepted(name) && ct.variableNames.length) {
        ctx.report({ messageId: 'name', data: { name, profile, expected: ct.variableNames.map((n) => `"${n}"`).join(' or ') + (namePattern ? ` (or ${ct.namePattern})` : '') }, range: d });
        continue;
      }
      if (ct.mechanism === 'global-variable' && ct.location === 'head' && accepted(name)) {
        const ok = chunk.kind === 'inline' && chunk.inHead && d.topLevel && chunk.file === unit.primary;
        if (!ok) ctx.report({ messageId: 'location', data: { name, profile }, range: d });
      }
      if (ct.mechanism === 'url-parameter' && accepted(name) && d.init?.kind === 'string' && ABSOLUTE_URL.test(String(d.init.value))) {
        const readsParam = all.some((c) => c.facts.strings.some((s) => s !== d.init && ct.variableNames.some((n) => s.value.includes(`${n}=`) || s.value === n)));
        if (!readsParam) ctx.report({ messageId: 'notFromUrl', data: { name, url: String(d.init.value), profile }, range: { start: d.init.start, end: d.init.end } });
      }
    }
    // Too many click tags (global variable / parameter style).
    if (usesVariable && ct.maxExits !== undefined) {
      const names = [...firstDecl.entries()].filter(([n]) => accepted(n));
      names.slice(ct.maxExits).forEach(([, { d, chunk }], i) => {
        if (chunk.file === ctx.file) ctx.report({ messageId: 'exits', data: { index: ct.maxExits! + i + 1, max: ct.maxExits, profile }, range: d });
      });
    }
    if (ct.mechanism === 'platform' && ct.maxExits !== undefined) {
      exitMatches.slice(ct.maxExits).forEach((m, i) => {
        if (m.file === ctx.file) ctx.report({ messageId: 'exits', data: { index: ct.maxExits! + i + 1, max: ct.maxExits, profile }, range: m });
      });
    }

    // --- hard-coded URLs and window targets in this file's code
    for (const chunk of mine) {
      for (const call of chunk.facts.calls) {
        if (!/^(window\.|top\.|self\.)?open$/.test(call.callee) || call.isNew) continue;
        const url = call.args[0];
        if (!url) continue;
        if (ct.forbidHardcodedUrl && url.kind === 'string' && ABSOLUTE_URL.test(String(url.value))) {
          const suggest: SuggestionDescriptor[] = acceptedVar ? [{ messageId: 'useVariable', data: { name: acceptedVar }, fix: (f) => f.replace(url, acceptedVar) }] : [];
          ctx.report({ messageId: 'hardcoded', data: { url: String(url.value), profile }, range: url, suggest });
        } else if (ct.forbidHardcodedUrl && url.literalParts?.some((p) => ABSOLUTE_URL.test(p.value))) {
          const part = url.literalParts.find((p) => ABSOLUTE_URL.test(p.value))!;
          ctx.report({ messageId: 'hardcoded', data: { url: part.value, profile }, range: part });
        }
        const clickish = (lastName(url) && CLICK_LIKE.test(lastName(url)!)) || url.kind === 'call';
        if (ct.target === '_blank' && (clickish || url.kind === 'string')) {
          const t = call.args[1];
          if (!t) {
            ctx.report({ messageId: 'target', data: { actual: 'the same frame (no target)', target: '_blank', profile }, range: call, suggest: [{ messageId: 'addBlank', fix: (f) => f.insertAfter(url.end, ", '_blank'") }] });
          } else if (t.kind === 'string' && t.value !== '_blank') {
            ctx.report({ messageId: 'target', data: { actual: `"${String(t.value)}"`, target: '_blank', profile }, range: t, suggest: [{ messageId: 'addBlank', fix: (f) => f.replace(t, "'_blank'") }] });
          }
        }
      }
      if (!ct.forbidHardcodedUrl) continue;
      for (const a of chunk.facts.assignments) {
        if (!LOCATION_TARGETS.test(a.target) || a.value.kind !== 'string' || !ABSOLUTE_URL.test(String(a.value.value))) continue;
        ctx.report({ messageId: 'hardcoded', data: { url: String(a.value.value), profile }, range: a.value });
      }
    }
    if (ct.forbidHardcodedUrl && ctx.file.html) {
      for (const el of ctx.file.html.elements) {
        if (el.tagName !== 'a') continue;
        const href = getAttr(el, 'href');
        const r = attrValueRange(ctx.file.text, el, 'href');
        if (href && r && ABSOLUTE_URL.test(href)) ctx.report({ messageId: 'hardcodedLink', data: { url: href.trim(), profile }, range: r });
      }
    }
  },
});

/** Exit calls found by the profile's patterns, in package order, with ranges. */
function exitCalls(chunks: ScriptChunk[], patterns: string[], _html: string | undefined): { file: ScriptChunk['file']; start: number; end: number }[] {
  const out: { file: ScriptChunk['file']; start: number; end: number }[] = [];
  if (!patterns.length) return out;
  for (const chunk of chunks) {
    for (const p of patterns) {
      for (const m of chunk.code.matchAll(new RegExp(p, 'g'))) {
        const start = chunk.offset + (m.index ?? 0);
        out.push({ file: chunk.file, start, end: start + m[0].replace(/\s*\($/, '').length });
      }
    }
  }
  return out.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : a.start - b.start));
}
