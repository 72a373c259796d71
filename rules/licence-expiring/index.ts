import { defineRule } from '../_kit';
import { REFERRING_LANGUAGES, usesWithLicence, assetName, entryRelated, whereFrom } from '../_licence/shared';
import { daysBetween, isoDay } from '../../server/src/engine/model/licences';

export default defineRule({
  meta: {
    id: 'licence-expiring',
    domain: 'licence',
    type: 'suggestion',
    scope: 'file',
    languages: [...REFERRING_LANGUAGES],
    cost: 'expensive',
    docs: {
      description: 'The licence of an asset the deliverable uses ends within the next N days (option `days`, 30 by default): renew it or plan the replacement before the campaign runs past it.',
      recommended: true,
    },
    messages: {
      expiring: 'The licence of "{{asset}}" ends on {{end}}, in {{days}} day(s) ({{from}}).',
      endsToday: 'The licence of "{{asset}}" ends today, {{end}} ({{from}}).',
    },
    schema: {
      type: 'object',
      properties: { days: { type: 'integer', minimum: 0, maximum: 3660, description: 'Warn this many days before the end date.' } },
      additionalProperties: false,
    },
    defaultOptions: { days: 30 },
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const days = ctx.options.days as number;
    const today = isoDay(ctx.now());
    for (const { use, licence } of usesWithLicence(ctx, days)) {
      if (licence.status !== 'expiring') continue;
      const left = daysBetween(today, licence.end!);
      ctx.report({
        messageId: left === 0 ? 'endsToday' : 'expiring',
        data: { asset: assetName(ctx, use), end: licence.end, days: left, from: whereFrom(licence) },
        range: use.ref.range,
        related: licence.endFrom === 'entry' ? entryRelated(licence.entry, 'end', 'The licence ends here') : undefined,
      });
    }
  },
});
