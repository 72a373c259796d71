import { ruleTester } from '../_kit/tester';
import rule from '.';
import { zip, CM360_OK, GOOGLE_ADS } from '../../test/banner/fixtures';
import { zipSync, strToU8 } from 'fflate';

/** Bytes that do not compress, so the zip really is heavy. */
function noise(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = 7;
  for (let i = 0; i < n; i++) { s = (Math.imul(s, 1103515245) + 12345) >>> 0; out[i] = s >>> 24; }
  return out;
}

ruleTester(rule, {
  valid: [
    { code: zip({ 'index.html': CM360_OK, 'bg.jpg': noise(20_000) }), filename: 'banner.zip', settings: GOOGLE_ADS },
    { name: 'not a banner', code: '<p>hi</p>', filename: 'index.html', files: { 'big.jpg': noise(300_000) }, settings: {} },
  ],
  invalid: [
    {
      name: 'zip over 150 KB for Google Ads',
      code: zipSync({ 'index.html': strToU8(CM360_OK), 'bg.jpg': noise(200_000) }), filename: 'banner.zip', settings: GOOGLE_ADS,
      errors: [{ messageId: 'zipped', line: 1, column: 1, message: /^The ZIP is 19\d KB; google-ads accepts at most 150 KB\.$/ }],
    },
    {
      name: 'folder estimate',
      code: CM360_OK, filename: '300x250/index.html', files: { '300x250/bg.jpg': noise(200_000) }, settings: GOOGLE_ADS,
      errors: [{ messageId: 'zippedEstimate', line: 1, column: 1 }],
    },
    {
      name: 'Adform measures unzipped',
      code: CM360_OK, filename: '300x250/index.html', files: { '300x250/bg.jpg': new Uint8Array(1_100_000) }, settings: { banner: { profile: 'adform' } },
      errors: [{ messageId: 'unzipped', line: 1, column: 1 }],
    },
    {
      name: 'limits from the configuration',
      code: CM360_OK, filename: '300x250/index.html', files: { '300x250/bg.jpg': noise(20_000) }, settings: { banner: { profile: 'google-ads', limits: { weight: { zippedMaxKB: 10 } } } },
      errors: [{ messageId: 'zippedEstimate', line: 1, column: 1, message: /at most 10 KB/ }],
    },
  ],
});
