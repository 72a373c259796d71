import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, CM360 } from '../../test/banner/fixtures';
import { deflateSync } from 'node:zlib';

function crc(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; }
  return (c ^ 0xffffffff) >>> 0;
}
function png(w: number, h: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, c]);
  };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc((w * 3 + 1) * h))), chunk('IEND', Buffer.alloc(0))]);
}
const TTD = { banner: { profile: 'ttd' } };
const files = { '300x250/index.html': CM360_OK };

ruleTester(rule, {
  valid: [
    { code: png(300, 250), filename: '300x250/backup.png', files, settings: TTD },
    { name: 'not a backup', code: png(10, 10), filename: '300x250/icon.png', files, settings: TTD },
  ],
  invalid: [
    { code: CM360_OK, filename: '300x250/index.html', settings: TTD, errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { code: png(300, 600), filename: '300x250/backup.png', files, settings: TTD, errors: [{ messageId: 'size', data: { actual: '300x600', expected: '300x250' }, line: 1, column: 1 }] },
    { name: 'CM360 takes it as a separate upload', code: png(300, 250), filename: '300x250/backup.png', files, settings: CM360, errors: [{ messageId: 'inZip', line: 1, column: 1 }] },
  ],
});
