import { ruleTester } from '../_kit/tester';
import rule from '.';
import { plainJpeg } from '../../test/licence/assets';

const files = (extra: string) => ({ 'img/a.jpg': plainJpeg(), 'crossmedia-licences.yaml': `entries:\n  - files: "**/*.jpg"\n    licence: LicenseRef-Stock-RM\n${extra}` });
const NOW = new Date('2026-06-15T08:00:00Z');

ruleTester(rule, {
  valid: [
    { name: 'valid: 31 days left with the default 30', code: '<img src="img/a.jpg" alt="">', now: NOW, files: files('    end: 2026-07-16\n') },
    { name: 'no end date', code: '<img src="img/a.jpg" alt="">', now: NOW, files: files('') },
    { name: 'expired is licence-expired\'s problem', code: '<img src="img/a.jpg" alt="">', now: NOW, files: files('    end: 2026-06-01\n') },
    { name: 'days: 7', code: '<img src="img/a.jpg" alt="">', now: NOW, options: { days: 7 }, files: files('    end: 2026-06-23\n') },
  ],
  invalid: [
    {
      name: 'expiring: 30 days left',
      code: '<img src="img/a.jpg" alt="">',
      now: NOW,
      files: files('    end: 2026-07-15\n'),
      errors: [{ messageId: 'expiring', data: { asset: 'img/a.jpg', end: '2026-07-15', days: 30, from: 'crossmedia-licences.yaml, entry 1' }, line: 1, column: 11, endColumn: 20 }],
    },
    {
      name: 'ends today',
      code: '<img src="img/a.jpg" alt="">',
      now: NOW,
      files: files('    end: 2026-06-15\n'),
      errors: [{ messageId: 'endsToday', line: 1, column: 11 }],
    },
    {
      name: 'days: 90',
      code: '<img src="img/a.jpg" alt="">',
      now: NOW,
      options: { days: 90 },
      files: files('    end: 2026-09-01\n'),
      errors: [{ messageId: 'expiring', message: /ends on 2026-09-01, in 78 day\(s\)/, line: 1, column: 11 }],
    },
  ],
});
