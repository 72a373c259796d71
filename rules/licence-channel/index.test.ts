import { ruleTester } from '../_kit/tester';
import rule from '.';
import { jpegWith, plainJpeg } from '../../test/licence/assets';

const LICENCES = [
  'entries:',
  '  - files: "img/*"',
  '    licence: LicenseRef-Stock-Standard',
  '    channels: [web, social, ads]',
  '  - files: img/news.jpg',
  '    licence: LicenseRef-Stock-Editorial',
  '    channels: [editorial-only]',
  '  - files: img/print.jpg',
  '    licence: LicenseRef-Stock-Print',
  '    channels: [print]',
  '',
].join('\n');
const files = { 'img/news.jpg': plainJpeg(), 'img/ok.jpg': plainJpeg(), 'img/print.jpg': plainJpeg(), 'crossmedia-licences.yaml': LICENCES };
const BANNER = '<meta name="ad.size" content="width=300,height=250">\n';

ruleTester(rule, {
  valid: [
    { name: 'unknown channel: not a banner and no settings.channel', code: '<img src="img/news.jpg" alt="">', files },
    { name: 'banner with an ads licence', code: `${BANNER}<img src="img/ok.jpg" alt="">`, files },
    { name: 'editorial deliverable', code: '<img src="img/news.jpg" alt="">', settings: { channel: 'editorial' }, files },
    { name: 'no channels listed: no restriction', code: `${BANNER}<img src="x.jpg" alt="">`, files: { 'x.jpg': plainJpeg(), 'crossmedia-licences.yaml': 'entries:\n  - files: x.jpg\n    licence: CC-BY-4.0\n' } },
  ],
  invalid: [
    {
      name: 'editorial-only image in a banner (ad.size meta)',
      code: `${BANNER}<img src="img/news.jpg" alt="">`,
      files,
      errors: [{ messageId: 'notAllowed', data: { asset: 'img/news.jpg', channels: 'editorial-only', channel: 'ads', why: 'this page is a banner (<meta name="ad.size">)' }, line: 2, column: 11, endLine: 2, endColumn: 23 }],
    },
    {
      name: 'print-only image on the web (settings.channel)',
      code: '<img src="img/print.jpg" alt="">',
      settings: { channel: 'web' },
      files,
      errors: [{ messageId: 'notAllowed', data: { asset: 'img/print.jpg', channels: 'print', channel: 'web', why: 'the configuration sets "channel"' }, line: 1, column: 11 }],
    },
    {
      name: 'a stylesheet of a banner page',
      code: '.bg { background: url(../img/news.jpg) }',
      filename: 'css/b.css',
      files: { ...files, 'index.html': `${BANNER}<link rel="stylesheet" href="css/b.css">` },
      errors: [{ messageId: 'notAllowed', message: /is licensed for editorial-only, not for ads: this file belongs to a banner package/, line: 1, column: 23 }],
    },
    {
      name: 'usage terms embedded in the image say editorial use only',
      code: `${BANNER}<img src="e.jpg" alt="">`,
      files: { 'e.jpg': jpegWith({ creator: ['Jäne'], usageTerms: 'Editorial use only. No advertising.' }) },
      errors: [{ messageId: 'editorialOnly', data: { asset: 'e.jpg', terms: 'Editorial use only', channel: 'ads', why: 'this page is a banner (<meta name="ad.size">)' }, line: 2, column: 11 }],
    },
  ],
});
