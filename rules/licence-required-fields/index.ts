import { defineRule } from '../_kit';
import { REFERRING_LANGUAGES, usesWithLicence, assetName, entryRelated, type AssetLicence } from '../_licence/shared';
import { licenceSettings, REQUIRABLE_FIELDS, type RequirableField } from '../../server/src/engine/model/licences';

/** The value of a field from the licence entry, else from the file's own metadata. */
function valueOf(l: AssetLicence, field: RequirableField): unknown {
  const e = l.entry, r = l.embedded?.rights;
  switch (field) {
    case 'licence': return e?.licence ?? r?.licenseUrl ?? r?.usageTerms;
    case 'licensor': return e?.licensor ?? r?.licensorName;
    case 'source': return e?.source ?? r?.licensorUrl ?? r?.webStatement ?? r?.source;
    case 'channels': return e?.channels?.length ? e.channels : undefined;
    case 'end': return l.end;
    case 'creator': return e?.creator ?? (r?.creator?.length ? r.creator : undefined);
    case 'creditLine': return e?.creditLine ?? r?.creditLine;
    case 'copyrightNotice': return r?.copyrightNotice;
    case 'webStatement': return r?.webStatement;
  }
}

export default defineRule({
  meta: {
    id: 'licence-required-fields',
    domain: 'licence',
    type: 'problem',
    scope: 'file',
    languages: [...REFERRING_LANGUAGES],
    cost: 'expensive',
    docs: {
      description: 'House rules require some licence facts for every asset used (settings `licences.require`, e.g. creator and creditLine): an asset whose licence entry and own metadata lack one of them is reported.',
      recommended: true,
    },
    messages: {
      missingFields: '"{{asset}}" lacks {{fields}}, required by the house rules (licences.require); add it to {{where}}.',
    },
    schema: {
      type: 'object',
      properties: { require: { type: 'array', items: { enum: [...REQUIRABLE_FIELDS] }, uniqueItems: true, description: 'Fields required in addition to settings.licences.require.' } },
      additionalProperties: false,
    },
    defaultOptions: { require: [] },
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const required = [...new Set([...licenceSettings(ctx.settings).require, ...(ctx.options.require as RequirableField[])])];
    if (!required.length) return;
    for (const { use, licence } of usesWithLicence(ctx)) {
      // An asset with no licence information at all is licence-missing's problem.
      if (!licence.known) continue;
      const missing = required.filter((f) => {
        const v = valueOf(licence, f);
        return v === undefined || v === '' || (Array.isArray(v) && !v.length);
      });
      if (!missing.length) continue;
      ctx.report({
        messageId: 'missingFields',
        data: { asset: assetName(ctx, use), fields: missing.map((f) => `"${f}"`).join(', '), where: licence.entry?.label ?? 'the licence file or the file\'s metadata' },
        range: use.ref.range,
        related: entryRelated(licence.entry, 'files', 'The licence entry for this asset'),
      });
    }
  },
});
