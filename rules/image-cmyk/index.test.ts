import { ruleTester } from '../_kit/tester';
import rule from '.';
import { jpeg, cmykProfile, srgbProfile } from '../../test/facts/image-bytes';

ruleTester(rule, {
  valid: [
    { filename: 'rgb.jpg', code: jpeg({ width: 16, height: 16, icc: srgbProfile() }) },
    { filename: 'grey.jpg', code: jpeg({ width: 16, height: 16, components: 1 }) },
  ],
  invalid: [
    {
      filename: 'print.jpg',
      code: jpeg({ width: 16, height: 16, components: 4, adobeTransform: 2, icc: cmykProfile() }),
      errors: [{ messageId: 'cmyk', data: { format: 'JPEG', space: 'YCCK (Adobe CMYK)', profile: ', profile "Coated FOGRA39"' }, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: 'CMYK without a profile',
      filename: 'print2.jpg',
      code: jpeg({ width: 16, height: 16, components: 4, adobeTransform: 0 }),
      errors: [{ messageId: 'cmyk', data: { format: 'JPEG', space: 'CMYK', profile: '' }, line: 1, column: 1 }],
    },
  ],
});
