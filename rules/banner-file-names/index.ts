import { defineRule } from '../_kit';
import * as path from 'node:path';
import { bannerContext, junkReason, ALL_LANGUAGES, FILE_START } from '../../server/src/engine/model/banner';

export default defineRule({
  meta: {
    id: 'banner-file-names',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: [...ALL_LANGUAGES],
    cost: 'cheap',
    docs: {
      description: 'File paths in the package must use only the characters the platform accepts (Google Ads: letters, digits, - _ . /; CM360: no %), and the ZIP name must not be too long.',
      recommended: true,
    },
    messages: {
      chars: '"{{name}}" has characters {{profile}} does not accept in file names ({{bad}}); use letters, digits, "-", "_" and ".".',
      tooLong: 'The file name "{{name}}" is {{length}} characters long; {{profile}} accepts at most {{max}}.',
      zipName: 'The ZIP name "{{name}}" is {{length}} characters long (without .zip); {{profile}} accepts at most {{max}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b) return;
    const files = b.profile.files;
    const profile = b.profileIds.join(' + ');
    if (b.unit.archive === ctx.file && files.maxZipNameLength !== undefined) {
      const name = path.basename(ctx.file.path).replace(/\.zip$/i, '');
      if (name.length > files.maxZipNameLength) ctx.report({ messageId: 'zipName', data: { name, length: name.length, max: files.maxZipNameLength, profile }, range: FILE_START });
    }
    if (!b.unit.files.includes(ctx.file)) return;
    const rel = b.unit.relPath(ctx.file);
    if (junkReason(rel)) return;
    if (files.fileNamePattern) {
      const re = new RegExp(files.fileNamePattern);
      if (!re.test(rel)) {
        const bad = [...new Set([...rel].filter((ch) => !re.test(ch === '/' ? 'a' : ch)))].map((ch) => (ch === ' ' ? 'space' : `"${ch}"`)).join(', ');
        ctx.report({ messageId: 'chars', data: { name: rel, bad: bad || 'see pattern', profile }, range: FILE_START });
      }
    }
    const base = path.posix.basename(rel);
    if (files.maxFileNameLength !== undefined && base.length > files.maxFileNameLength) {
      ctx.report({ messageId: 'tooLong', data: { name: base, length: base.length, max: files.maxFileNameLength, profile }, range: FILE_START });
    }
  },
});
