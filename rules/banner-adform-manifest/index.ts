import { defineRule } from '../_kit';
import Ajv, { type ValidateFunction, type ErrorObject } from 'ajv';
import { bannerContext, unitScripts, FILE_START } from '../../server/src/engine/model/banner';
import schema from '../../schemas/adform-manifest.schema.json';

let validator: ValidateFunction | undefined;
function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema as object);
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** getVar names that are click tags (not landingPageTarget and friends). */
const CLICK_NAME = /^click/i;

export default defineRule({
  meta: {
    id: 'banner-adform-manifest',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['json', 'html', 'js', 'zip'],
    cost: 'cheap',
    docs: {
      description: 'An Adform banner needs a manifest.json at the package root that matches Adform\'s schema, names an existing source HTML, and declares exactly the click tags the code reads with dhtml.getVar() (case-sensitive).',
      recommended: true,
    },
    messages: {
      missing: 'There is no manifest.json at the root of the package; {{profile}} cannot import the banner without it.',
      schema: 'manifest.json{{where}} {{message}}.',
      sourceMissing: 'manifest.json names "{{source}}" as the source HTML, but there is no such file at the package root.',
      unused: 'Click tag "{{name}}" is declared in manifest.json but the code never reads it with dhtml.getVar("{{name}}").',
      undeclared: 'dhtml.getVar("{{name}}") reads a click tag that manifest.json does not declare in "clicktags" (names are case-sensitive{{hint}}).',
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
    const adform = unit.adform;
    const profile = b.profileIds.join(' + ');
    if (ctx.file === unit.anchor && !adform && b.profile.manifest.kind === 'adform-json' && b.profile.manifest.required) {
      ctx.report({ messageId: 'missing', data: { profile }, range: FILE_START });
      return;
    }
    if (!adform || !adform.data) return;
    const declared = adform.data.clicktags && typeof adform.data.clicktags === 'object' ? Object.keys(adform.data.clicktags as object) : [];
    const getVars = unitScripts(unit).flatMap((c) => c.facts.calls.filter((call) => /(^|\.)getVar$/.test(call.callee) && call.args[0]?.kind === 'string').map((call) => ({ chunk: c, arg: call.args[0] })));

    if (ctx.file === adform.file) {
      const doc = ctx.file.json!;
      for (const e of validate(adform.data)) {
        let pointer = e.instancePath;
        let which: 'value' | 'key' = 'value';
        if (e.keyword === 'required') pointer = e.instancePath;
        if (e.keyword === 'propertyNames' && (e.params as { propertyName?: string }).propertyName) { pointer = `${e.instancePath}/${(e.params as { propertyName: string }).propertyName}`; which = 'key'; }
        if (e.keyword === 'anyOf' || e.keyword === 'pattern' && e.instancePath.includes('/propertyNames')) { /* reported by the specific keyword */ }
        let range = doc.rangeAt(pointer, which) ?? doc.closestRange(pointer);
        if (e.keyword === 'required') range = { start: range.start, end: range.start + 1 };
        const where = pointer ? ` "${pointer.slice(1).replace(/\//g, '.')}"` : '';
        const message = e.keyword === 'required' ? `is missing the required "${(e.params as { missingProperty: string }).missingProperty}"`
          : e.keyword === 'anyOf' ? 'must be a positive whole number ("300" or 300)'
          : e.keyword === 'propertyNames' ? 'is not a valid click-tag name' : e.message ?? 'is invalid';
        if (e.instancePath.match(/^\/(width|height)$/) && e.keyword !== 'anyOf') continue;
        ctx.report({ messageId: 'schema', data: { where, message }, range });
      }
      const source = adform.data.source;
      if (typeof source === 'string' && !/[/\\]/.test(source) && !unit.files.some((f) => unit.relPath(f) === source)) {
        ctx.report({ messageId: 'sourceMissing', data: { source }, range: doc.rangeAt('/source') ?? FILE_START });
      }
      for (const name of declared) {
        if (!getVars.some((g) => g.arg.value === name)) ctx.report({ messageId: 'unused', data: { name }, range: doc.rangeAt(['clicktags', name], 'key') ?? FILE_START });
      }
      return;
    }
    for (const g of getVars) {
      if (g.chunk.file !== ctx.file) continue;
      const name = String(g.arg.value);
      if (!CLICK_NAME.test(name) || declared.includes(name)) continue;
      const other = declared.find((d) => d.toLowerCase() === name.toLowerCase());
      ctx.report({ messageId: 'undeclared', data: { name, hint: other ? `; the manifest has "${other}"` : '' }, range: { start: g.arg.start, end: g.arg.end } });
    }
  },
});
