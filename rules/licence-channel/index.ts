import { defineRule } from '../_kit';
import { REFERRING_LANGUAGES, usesWithLicence, assetName, entryRelated, deliverableChannel, channelAllowed, EDITORIAL_ONLY_TERMS } from '../_licence/shared';

const WHY: Record<string, string> = {
  settings: 'the configuration sets "channel"',
  'ad.size': 'this page is a banner (<meta name="ad.size">)',
  banner: 'this file belongs to a banner package',
};

export default defineRule({
  meta: {
    id: 'licence-channel',
    domain: 'licence',
    type: 'problem',
    scope: 'file',
    languages: [...REFERRING_LANGUAGES],
    cost: 'expensive',
    docs: {
      description: 'The licence of an asset does not allow the channel the deliverable is published in: an editorial-only photo in a banner, a web-only image in print. The channel is `settings.channel`, or `ads` for banners (ad.size meta or a banner package); otherwise the check is skipped.',
      recommended: true,
    },
    messages: {
      notAllowed: '"{{asset}}" is licensed for {{channels}}, not for {{channel}}: {{why}}.',
      editorialOnly: '"{{asset}}" is for editorial use only (its usage terms say "{{terms}}"), not for {{channel}}: {{why}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const where = deliverableChannel(ctx.project, ctx.file, ctx.settings);
    if (!where) return;
    const { channel } = where;
    for (const { use, licence } of usesWithLicence(ctx)) {
      const asset = assetName(ctx, use);
      const channels = licence.entry?.channels;
      if (channels?.length) {
        if (channelAllowed(channels, channel)) continue;
        ctx.report({
          messageId: 'notAllowed',
          data: { asset, channels: channels.join(', '), channel, why: WHY[where.reason] },
          range: use.ref.range,
          related: entryRelated(licence.entry, 'channels', 'The channels the licence allows'),
        });
        continue;
      }
      // No channels in the licence file: the file's own usage terms may still say "editorial use only".
      const terms = licence.embedded?.rights.usageTerms;
      const m = terms ? EDITORIAL_ONLY_TERMS.exec(terms) : null;
      if (m && channel !== 'editorial' && !licence.entry) {
        ctx.report({ messageId: 'editorialOnly', data: { asset, terms: m[0], channel, why: WHY[where.reason] }, range: use.ref.range });
      }
    }
  },
});
