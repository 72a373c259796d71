import { defineRule } from '../_kit';
import { bannerContext, backupImages, fileBytes, inProfileKB, limitBytesOf, FILE_START } from '../../server/src/engine/model/banner';
import { readImageFacts } from '../../server/src/engine/facts/image';

export default defineRule({
  meta: {
    id: 'banner-backup-image',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'zip', 'image'],
    cost: 'expensive',
    docs: {
      description: 'The backup (fallback) image shown where HTML5 cannot run: present where the platform requires it (TTD, Sizmek), the same size as the banner, within its weight limit, and inside or outside the ZIP as the platform wants.',
      recommended: true,
    },
    messages: {
      missing: 'No backup image (e.g. backup.jpg) was found; {{profile}} requires one.',
      size: 'The backup image is {{actual}} but the banner is {{expected}}.',
      weight: 'The backup image is {{actual}}; {{profile}} allows at most {{limit}}.',
      inZip: 'The backup image is inside the package; {{profile}} takes it as a separate upload, so leave it out of the ZIP.',
      format: 'The backup image is a {{format}}; {{profile}} accepts {{formats}}.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b) return;
    const rules = b.profile.backupImage;
    const profile = b.profileIds.join(' + ');
    const backups = backupImages(b.unit);
    if (ctx.file === b.unit.anchor) {
      if (rules.required && rules.inZip !== 'forbidden' && !backups.length) ctx.report({ messageId: 'missing', data: { profile }, range: FILE_START });
      return;
    }
    if (!backups.includes(ctx.file)) return;
    if (rules.inZip === 'forbidden') ctx.report({ messageId: 'inZip', data: { profile }, range: FILE_START });
    let facts: { width?: number; height?: number; format?: string } | undefined;
    try { facts = readImageFacts(ctx.file.bytes, ctx.file.path); } catch { facts = undefined; }
    if (facts?.format && rules.formats?.length && !rules.formats.includes(facts.format === 'jpeg' ? 'jpg' : facts.format)) {
      ctx.report({ messageId: 'format', data: { format: facts.format.toUpperCase(), formats: rules.formats.join(', '), profile }, range: FILE_START });
    }
    if (rules.sameSize && b.size && facts?.width && facts.height && (facts.width !== b.size.width || facts.height !== b.size.height)) {
      ctx.report({ messageId: 'size', data: { actual: `${facts.width}x${facts.height}`, expected: `${b.size.width}x${b.size.height}` }, range: FILE_START });
    }
    const limit = limitBytesOf(b.profile, rules.maxKB);
    if (limit !== undefined && fileBytes(ctx.file) > limit) {
      ctx.report({ messageId: 'weight', data: { actual: inProfileKB(b.profile, fileBytes(ctx.file)), limit: inProfileKB(b.profile, limit), profile }, range: FILE_START });
    }
  },
});
