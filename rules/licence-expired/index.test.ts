import { ruleTester } from '../_kit/tester';
import rule from '.';
import { jpegWith, plainJpeg } from '../../test/licence/assets';

const licences = (extra: string) => `version: 1\nentries:\n  - files: "img/*.jpg"\n    licence: LicenseRef-Stock-RM\n${extra}`;
const files = (extra: string) => ({ 'img/a.jpg': plainJpeg(), 'crossmedia-licences.yaml': licences(extra) });
const JUNE_15 = new Date('2026-06-15T12:00:00Z');

ruleTester(rule, {
  valid: [
    { name: 'valid: ends in the future', code: '<img src="img/a.jpg" alt="">', now: JUNE_15, files: files('    end: 2026-12-31\n') },
    { name: 'valid: the end day itself is still licensed', code: '<img src="img/a.jpg" alt="">', now: new Date('2026-06-15T23:59:00Z'), files: files('    end: 2026-06-15\n') },
    { name: 'no end date', code: '<img src="img/a.jpg" alt="">', now: JUNE_15, files: files('') },
    { name: 'started today', code: '<img src="img/a.jpg" alt="">', now: JUNE_15, files: files('    start: 2026-06-15\n') },
    { name: 'a later entry without an end wins over an earlier expired one', code: '<img src="img/a.jpg" alt="">', now: JUNE_15, files: files('    end: 2020-01-01\n  - files: img/a.jpg\n    licence: CC0-1.0\n') },
    { name: 'no licence file, metadata without end date', code: '<img src="a.jpg" alt="">', files: { 'a.jpg': jpegWith({ copyrightNotice: '© Jäne' }) } },
  ],
  invalid: [
    {
      name: 'expired: ended yesterday',
      code: '<img src="img/a.jpg" alt="">',
      now: JUNE_15,
      files: files('    end: 2026-06-14\n'),
      errors: [{ messageId: 'expired', data: { asset: 'img/a.jpg', end: '2026-06-14', days: 1, from: 'crossmedia-licences.yaml, entry 1' }, line: 1, column: 11, endColumn: 20 }],
    },
    {
      name: 'expired a year ago, from CSS',
      code: '.hero { background-image: url("../img/a.jpg"); }',
      filename: 'css/site.css',
      now: JUNE_15,
      files: files('    end: 2025-06-15\n'),
      errors: [{ messageId: 'expired', message: /ended on 2025-06-15, 365 day\(s\) ago/, line: 1, column: 32 }],
    },
    {
      name: 'not yet valid',
      code: '<img src="img/a.jpg" alt="">',
      now: JUNE_15,
      files: files('    start: 2026-07-01\n    end: 2026-12-31\n'),
      errors: [{ messageId: 'notYetValid', data: { asset: 'img/a.jpg', start: '2026-07-01', days: 16, from: 'crossmedia-licences.yaml, entry 1' }, line: 1, column: 11 }],
    },
    {
      name: 'the end date embedded in the file (plus:LicenseEndDate) when the licence file has none',
      code: '<img src="b.jpg" alt="">',
      now: JUNE_15,
      files: { 'b.jpg': jpegWith({ copyrightNotice: '© 2024 Stock', expires: '2026-01-31' }) },
      errors: [{ messageId: 'expired', data: { asset: 'b.jpg', end: '2026-01-31', days: 135, from: "the file's own metadata" }, line: 1, column: 11 }],
    },
  ],
});
