import { defineRule } from '../_kit';
import { REFERRING_LANGUAGES, usesWithLicence, assetName, entryRelated } from '../_licence/shared';
import { spdxFromUrl } from '../../server/src/engine/model/licence-usage';
import type { EntryKey } from '../../server/src/engine/model/licences';

/** Lower case, without ©/(c)/"copyright", punctuation and company suffixes, spaces collapsed. */
function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase()
    .replace(/©|\(c\)|\bcopyright\b|\ball rights reserved\b/g, ' ')
    .replace(/\b(ltd|limited|inc|llc|gmbh|ag|sa|sas|bv|plc|co)\b\.?/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Same party when one normalised name contains the other ("Example Stock" / "Example Stock Ltd."). */
function samePart(a: string, b: string): boolean {
  const x = normalise(a), y = normalise(b);
  if (!x || !y) return true;
  return x === y || x.includes(y) || y.includes(x);
}

export default defineRule({
  meta: {
    id: 'licence-metadata-conflict',
    domain: 'licence',
    type: 'problem',
    scope: 'file',
    languages: [...REFERRING_LANGUAGES],
    cost: 'expensive',
    docs: {
      description: 'The licence file and the asset\'s own metadata disagree (licensor, creator, credit line, Creative Commons licence): one of them is wrong, or the file is not the one that was licensed.',
      recommended: true,
    },
    messages: {
      conflict: 'The licence file gives {{field}} "{{declared}}" for "{{asset}}", but the file\'s own metadata ({{origins}}) says "{{embedded}}".',
    },
    schema: {
      type: 'object',
      properties: { fields: { type: 'array', items: { enum: ['licensor', 'creator', 'creditLine', 'licence'] }, uniqueItems: true } },
      additionalProperties: false,
    },
    defaultOptions: { fields: ['licensor', 'creator', 'creditLine', 'licence'] },
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const fields = new Set(ctx.options.fields as string[]);
    for (const { use, licence } of usesWithLicence(ctx)) {
      const entry = licence.entry;
      const rights = licence.embedded?.rights;
      if (!entry || !rights) continue;
      const found: { field: EntryKey; label: string; declared: string; embedded: string }[] = [];
      if (fields.has('licensor') && entry.licensor && rights.licensorName && !samePart(entry.licensor, rights.licensorName)) {
        found.push({ field: 'licensor', label: 'the licensor', declared: entry.licensor, embedded: rights.licensorName });
      }
      if (fields.has('creator') && entry.creator && rights.creator?.length && !rights.creator.some((c) => samePart(entry.creator!, c))) {
        found.push({ field: 'creator', label: 'the creator', declared: entry.creator, embedded: rights.creator.join(', ') });
      }
      if (fields.has('creditLine') && entry.creditLine && rights.creditLine && !samePart(entry.creditLine, rights.creditLine)) {
        found.push({ field: 'creditLine', label: 'the credit line', declared: entry.creditLine, embedded: rights.creditLine });
      }
      const embeddedSpdx = spdxFromUrl(rights.licenseUrl);
      if (fields.has('licence') && entry.licence && embeddedSpdx && /^CC/i.test(entry.licence) && entry.licence.toUpperCase() !== embeddedSpdx.toUpperCase()) {
        found.push({ field: 'licence', label: 'the licence', declared: entry.licence, embedded: `${embeddedSpdx} (${rights.licenseUrl})` });
      }
      for (const f of found) {
        ctx.report({
          messageId: 'conflict',
          data: { field: f.label, declared: f.declared, asset: assetName(ctx, use), origins: rights.origins.join(', '), embedded: f.embedded },
          range: use.ref.range,
          related: entryRelated(entry, f.field, `${f.label[4].toUpperCase()}${f.label.slice(5)} in the licence file`),
        });
      }
    }
  },
});
