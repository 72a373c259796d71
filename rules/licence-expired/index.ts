import { defineRule } from '../_kit';
import { REFERRING_LANGUAGES, usesWithLicence, assetName, entryRelated, whereFrom } from '../_licence/shared';
import { daysBetween, isoDay } from '../../server/src/engine/model/licences';

export default defineRule({
  meta: {
    id: 'licence-expired',
    domain: 'licence',
    type: 'problem',
    scope: 'file',
    languages: [...REFERRING_LANGUAGES],
    cost: 'expensive',
    docs: {
      description: 'The deliverable uses an asset whose licence has ended (the entry\'s `end` date, or the licence end date in the file\'s own metadata), or whose licence has not started yet.',
      recommended: true,
    },
    messages: {
      expired: 'The licence of "{{asset}}" ended on {{end}}, {{days}} day(s) ago ({{from}}).',
      notYetValid: 'The licence of "{{asset}}" only starts on {{start}}, in {{days}} day(s) ({{from}}).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const today = isoDay(ctx.now());
    for (const { use, licence } of usesWithLicence(ctx)) {
      const asset = assetName(ctx, use);
      if (licence.status === 'expired') {
        ctx.report({
          messageId: 'expired',
          data: { asset, end: licence.end, days: daysBetween(licence.end!, today), from: whereFrom(licence) },
          range: use.ref.range,
          related: licence.endFrom === 'entry' ? entryRelated(licence.entry, 'end', 'The licence ends here') : undefined,
        });
      } else if (licence.status === 'not-yet-valid') {
        ctx.report({
          messageId: 'notYetValid',
          data: { asset, start: licence.start, days: daysBetween(today, licence.start!), from: whereFrom(licence, 'start') },
          range: use.ref.range,
          related: entryRelated(licence.entry, 'start', 'The licence starts here'),
        });
      }
    }
  },
});
