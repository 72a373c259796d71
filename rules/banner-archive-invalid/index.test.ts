import { ruleTester } from '../_kit/tester';
import rule from '.';
import { zip, CM360_OK } from '../../test/banner/fixtures';
import { zipSync, strToU8 } from 'fflate';

/** A zip whose only entry's name climbs out of the package. */
function slipZip(): Uint8Array {
  const bytes = zipSync({ 'aa/aa/evil.js': strToU8('x'), 'index.html': strToU8(CM360_OK) });
  const text = Buffer.from(bytes);
  // Rename in both the local header and the central directory (same length).
  return new Uint8Array(Buffer.from(text.toString('latin1').split('aa/aa/evil.js').join('../../evil.js'), 'latin1'));
}

/** 2 MB of zeros deflate to ~2 KB: above the 100:1 ratio once past the 1 MiB floor. */
function bombZip(): Uint8Array {
  return zipSync({ 'index.html': strToU8(CM360_OK), 'padding.bin': new Uint8Array(2 * 1024 * 1024) }, { level: 9 });
}

ruleTester(rule, {
  valid: [
    { code: zip({ 'index.html': CM360_OK }), filename: 'banner.zip' },
    { code: '<p>not an archive</p>', filename: 'index.html' },
  ],
  invalid: [
    { name: 'corrupt archive', code: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), filename: 'broken.zip', errors: [{ messageId: 'corrupt', line: 1, column: 1 }] },
    { name: 'zip slip', code: slipZip(), filename: 'slip.zip', errors: [{ messageId: 'slip', line: 1, column: 1, message: /"\.\.\/\.\.\/evil\.js"/ }] },
    { name: 'zip bomb', code: bombZip(), filename: 'bomb.zip', errors: [{ messageId: 'bomb', line: 1, column: 1, message: /padding\.bin/ }] },
  ],
});
