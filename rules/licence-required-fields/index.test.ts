import { ruleTester } from '../_kit/tester';
import rule from '.';
import { jpegWith, plainJpeg } from '../../test/licence/assets';

const LICENCES = 'entries:\n  - files: "*.jpg"\n    licence: LicenseRef-Stock\n    licensor: Example Stock\n';

ruleTester(rule, {
  valid: [
    { name: 'nothing required', code: '<img src="a.jpg" alt="">', files: { 'a.jpg': plainJpeg(), 'crossmedia-licences.yaml': LICENCES } },
    { name: 'creator and credit line from the metadata', code: '<img src="a.jpg" alt="">', settings: { licences: { require: ['creator', 'creditLine', 'licensor'] } }, files: { 'a.jpg': jpegWith({ creator: ['Jäne'], creditLine: 'Foto: Jäne' }), 'crossmedia-licences.yaml': LICENCES } },
    { name: 'no licence information at all is licence-missing\'s problem', code: '<img src="b.png" alt="">', settings: { licences: { require: ['creator'] } }, files: { 'b.png': new Uint8Array(0) } },
  ],
  invalid: [
    {
      name: 'credit line required by the house rules',
      code: '<img src="a.jpg" alt="">',
      settings: { licences: { require: ['creator', 'creditLine'] } },
      files: { 'a.jpg': jpegWith({ creator: ['Jäne'] }), 'crossmedia-licences.yaml': LICENCES },
      errors: [{ messageId: 'missingFields', data: { asset: 'a.jpg', fields: '"creditLine"', where: 'crossmedia-licences.yaml, entry 1' }, line: 1, column: 11, endColumn: 16 }],
    },
    {
      name: 'the rule option adds fields',
      code: '<img src="a.jpg" alt="">',
      options: { require: ['end', 'channels'] },
      files: { 'a.jpg': plainJpeg(), 'crossmedia-licences.yaml': LICENCES },
      errors: [{ messageId: 'missingFields', message: /lacks "end", "channels"/, line: 1, column: 11 }],
    },
  ],
});
