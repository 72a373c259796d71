import { ruleTester } from '../_kit/tester';
import rule from '.';
import { jpeg, png, avif, adobeRgbProfile, displayP3Profile, srgbProfile } from '../../test/facts/image-bytes';

ruleTester(rule, {
  valid: [
    { filename: 'a.jpg', code: jpeg({ width: 8, height: 8, icc: srgbProfile() }) },
    { filename: 'b.jpg', code: jpeg({ width: 8, height: 8 }) },
    { filename: 'c.png', code: png({ width: 8, height: 8, srgb: true }) },
  ],
  invalid: [
    {
      filename: 'adobe.jpg',
      code: jpeg({ width: 8, height: 8, icc: adobeRgbProfile() }),
      errors: [{ messageId: 'notSrgb', data: { profile: 'Adobe RGB (1998)', wide: ' but a wide-gamut space' }, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      filename: 'p3.png',
      code: png({ width: 8, height: 8, icc: displayP3Profile() }),
      errors: [{ messageId: 'notSrgb', data: { profile: 'Display P3', wide: ' but a wide-gamut space' }, line: 1, column: 1 }],
    },
    {
      name: 'AVIF with BT.2020 primaries and no profile',
      filename: 'hdr.avif',
      code: avif({ width: 8, height: 8, bitDepth: 10, cicp: { primaries: 9, transfer: 16, matrix: 9 } }),
      errors: [{ messageId: 'wideNoProfile', data: { primaries: 'BT.2020' }, line: 1, column: 1 }],
    },
  ],
});
