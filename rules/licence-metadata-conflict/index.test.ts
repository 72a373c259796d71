import { ruleTester } from '../_kit/tester';
import rule from '.';
import { jpegWith, plainJpeg } from '../../test/licence/assets';

const entry = (fields: string) => `entries:\n  - files: a.jpg\n    licence: LicenseRef-Stock\n${fields}`;

ruleTester(rule, {
  valid: [
    { name: 'same licensor, different spelling and suffix', code: '<img src="a.jpg" alt="">', files: { 'a.jpg': jpegWith({ licensorName: 'Example Stock Ltd.' }), 'crossmedia-licences.yaml': entry('    licensor: example stock\n') } },
    { name: 'creator among several', code: '<img src="a.jpg" alt="">', files: { 'a.jpg': jpegWith({ creator: ['Ann', 'Jäne Doe'] }), 'crossmedia-licences.yaml': entry('    creator: Jäne Doe\n') } },
    { name: 'no embedded metadata: nothing to contradict', code: '<img src="a.jpg" alt="">', files: { 'a.jpg': plainJpeg(), 'crossmedia-licences.yaml': entry('    licensor: X\n') } },
    { name: 'no entry', code: '<img src="a.jpg" alt="">', files: { 'a.jpg': jpegWith({ licensorName: 'Y' }) } },
  ],
  invalid: [
    {
      name: 'licensor and creator differ',
      code: '<img src="a.jpg" alt="">',
      files: { 'a.jpg': jpegWith({ licensorName: 'Other Agency', creator: ['Jäne Doe'] }), 'crossmedia-licences.yaml': entry('    licensor: Example Stock\n    creator: John Roe\n') },
      errors: [
        { messageId: 'conflict', data: { field: 'the creator', declared: 'John Roe', asset: 'a.jpg', origins: 'xmp', embedded: 'Jäne Doe' }, line: 1, column: 11, endColumn: 16 },
        { messageId: 'conflict', data: { field: 'the licensor', declared: 'Example Stock', asset: 'a.jpg', origins: 'xmp', embedded: 'Other Agency' }, line: 1, column: 11 },
      ],
    },
    {
      name: 'Creative Commons licence differs',
      code: '<img src="a.jpg" alt="">',
      files: { 'a.jpg': jpegWith({ licenseUrl: 'https://creativecommons.org/licenses/by-nc/4.0/' }), 'crossmedia-licences.yaml': 'entries:\n  - files: a.jpg\n    licence: CC-BY-4.0\n' },
      errors: [{ messageId: 'conflict', message: /licence "CC-BY-4.0".*says "CC-BY-NC-4.0/, line: 1, column: 11 }],
    },
  ],
});
