import * as path from 'node:path';
import { defineRule } from '../_kit';
import { CONFIG_FILE_NAMES } from '../../server/src/engine/config/config';
import { isLicenceFile, licenceSettings, parseConfigLicences, parseLicenceFile, parseLocated } from '../../server/src/engine/model/licences';

export default defineRule({
  meta: {
    id: 'licence-file-invalid',
    domain: 'licence',
    type: 'problem',
    scope: 'file',
    languages: ['yaml', 'json'],
    cost: 'cheap',
    docs: {
      description: 'The licence file (crossmedia-licences.yaml/.yml/.json) or the `licences` block of the configuration does not follow the schema: unknown keys, missing `files` or `licence`, dates that are not YYYY-MM-DD, unknown channels, an end before the start, or a licence file the configuration names that does not exist.',
      recommended: true,
    },
    messages: {
      invalid: '{{message}}',
      notFound: 'Licence file "{{file}}" named by "licences" does not exist.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const file = ctx.file;
    if (CONFIG_FILE_NAMES.includes(path.basename(file.path))) {
      const source = parseConfigLicences(file.path, file.text);
      for (const p of source.problems) ctx.report({ messageId: 'invalid', data: { message: p.message }, range: p.range });
      const named = licenceSettings(source.fatal ? {} : ((parseLocated(file.path, file.text).value ?? {}) as Record<string, unknown>)).file;
      if (named) {
        const abs = path.resolve(path.dirname(file.path), named);
        if (!ctx.project.files.has(abs) && !ctx.project.host.stat(abs)?.isFile) {
          const doc = parseLocated(file.path, file.text);
          const range = typeof (doc.value as Record<string, unknown>).licences === 'string' ? doc.locate(['licences']) : doc.locate(['licences', 'file']);
          ctx.report({ messageId: 'notFound', data: { file: named }, range });
        }
      }
      return;
    }
    if (!isLicenceFile(file, ctx.settings, ctx.project)) return;
    for (const p of parseLicenceFile(file.path, file.text).problems) ctx.report({ messageId: 'invalid', data: { message: p.message }, range: p.range });
  },
});
