import * as path from 'node:path';
import { defineRule } from '../_kit';
import { REFERRING_LANGUAGES, usesWithLicence, assetName, addEntryEdit } from '../_licence/shared';
import { hasLicenceDeclarations } from '../../server/src/engine/model/licences';

export default defineRule({
  meta: {
    id: 'licence-missing',
    domain: 'licence',
    type: 'problem',
    scope: 'file',
    languages: [...REFERRING_LANGUAGES],
    cost: 'expensive',
    docs: {
      description: 'An image, SVG, audio/video clip or font used by the deliverable has no licence information: no entry in the licence file and no rights metadata (XMP, IPTC, EXIF, ID3/MP4 tags, font names, .xmp sidecar) in the file itself.',
      recommended: true,
    },
    messages: {
      missing: '"{{asset}}" has no licence information: no entry in the licence file and no rights metadata in the file itself.',
      addEntry: 'Add a licence entry for "{{asset}}" to {{target}}',
    },
    schema: {
      type: 'object',
      properties: {
        when: { enum: ['licence-file', 'always'], description: '"licence-file": only check projects that declare licences (a licence file or a `licences` setting); "always": every project.' },
        kinds: { type: 'array', items: { enum: ['image', 'svg', 'media', 'font'] }, uniqueItems: true },
      },
      additionalProperties: false,
    },
    defaultOptions: { when: 'licence-file', kinds: ['image', 'svg', 'media', 'font'] },
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const kinds = new Set(ctx.options.kinds as string[]);
    const always = ctx.options.when === 'always';
    for (const { use, licence } of usesWithLicence(ctx)) {
      if (licence.known || !kinds.has(use.kind)) continue;
      if (!always && !hasLicenceDeclarations(ctx.project, use.asset.path, ctx.settings)) continue;
      const asset = assetName(ctx, use);
      const edit = addEntryEdit(ctx.project, use.asset, ctx.settings);
      ctx.report({
        messageId: 'missing',
        data: { asset },
        range: use.ref.range,
        suggest: edit ? [{ messageId: 'addEntry', data: { asset, target: path.basename(edit.file) }, fileEdits: [edit] }] : undefined,
      });
    }
  },
});
