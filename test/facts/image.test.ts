import assert from 'node:assert/strict';
import {
  ImageReadError,
  parseIccProfile,
  readImageFacts,
  readSvgFacts,
  sniffImageFormat,
  type ImageFacts,
} from '../../server/src/engine/facts/image';
import {
  adobeRgbProfile, avif, bmp, bytes, cmykProfile, displayP3Profile, eps, exifTiff, gif, ico, iccProfile, iptcRecords, jpeg, png,
  pngChunk, psd, SAMPLE_XMP, srgbProfile, SRGB_PRIMARIES, svgText, tiff, u16be, u32be, webpExtended, webpLossless, webpLossy,
} from './image-bytes';

function throwsKind(fn: () => unknown, kind: ImageReadError['kind'], message?: RegExp): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ImageReadError, `expected ImageReadError, got ${String(error)}`);
    assert.equal(error.kind, kind, error.message);
    if (message) assert.match(error.message, message);
    return true;
  });
}

function subset(facts: ImageFacts, expected: Partial<ImageFacts>): void {
  const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, facts[key as keyof ImageFacts]]));
  assert.deepEqual(picked, expected);
}

describe('image facts: ICC profiles', () => {
  it('recognises sRGB from its primaries', () => {
    const icc = parseIccProfile(srgbProfile());
    assert.deepEqual(icc, { version: '2.1', deviceClass: 'mntr', colorSpace: 'RGB', description: 'sRGB IEC61966-2.1', isSrgb: true, isWideGamut: false });
  });

  it('reports Adobe RGB (1998) and Display P3 as wide gamut, not sRGB', () => {
    const adobe = parseIccProfile(adobeRgbProfile());
    assert.equal(adobe.description, 'Adobe RGB (1998)');
    assert.equal(adobe.isSrgb, false);
    assert.equal(adobe.isWideGamut, true);
    const p3 = parseIccProfile(displayP3Profile());
    assert.equal(p3.description, 'Display P3', 'v4 mluc description');
    assert.equal(p3.version, '4.3');
    assert.equal(p3.isSrgb, false);
    assert.equal(p3.isWideGamut, true);
  });

  it('decides from primaries, not from the name', () => {
    const misnamed = parseIccProfile(iccProfile({ description: 'sRGB (not really)', primaries: { r: [0.6097, 0.3111, 0.0195], g: [0.2053, 0.6257, 0.0609], b: [0.1492, 0.0632, 0.7446] } }));
    assert.equal(misnamed.isSrgb, false);
    const unnamed = parseIccProfile(iccProfile({ description: 'Camera RGB', primaries: SRGB_PRIMARIES }));
    assert.equal(unnamed.isSrgb, true);
  });

  it('treats sRGB primaries with a non-sRGB tone curve as not sRGB', () => {
    assert.equal(parseIccProfile(iccProfile({ description: 'Linear', primaries: SRGB_PRIMARIES, gamma: 1 })).isSrgb, false);
    assert.equal(parseIccProfile(iccProfile({ description: 'Mac 1.8', primaries: SRGB_PRIMARIES, gamma: 1.8 })).isSrgb, false);
    assert.equal(parseIccProfile(iccProfile({ description: 'Gamma 2.2', primaries: SRGB_PRIMARIES, gamma: 2.2 })).isSrgb, true);
  });

  it('falls back to names without XYZ tags, else undefined', () => {
    assert.equal(parseIccProfile(iccProfile({ description: 'sRGB built-in' })).isSrgb, true);
    const p3 = parseIccProfile(iccProfile({ description: 'Display P3', version: 4 }));
    assert.equal(p3.isSrgb, false);
    assert.equal(p3.isWideGamut, true);
    assert.equal(parseIccProfile(iccProfile({ description: 'Vendor LUT profile' })).isSrgb, undefined);
  });

  it('reads CMYK profiles as not sRGB and survives garbage', () => {
    const cmyk = parseIccProfile(cmykProfile());
    assert.deepEqual([cmyk.colorSpace, cmyk.deviceClass, cmyk.isSrgb, cmyk.description], ['CMYK', 'prtr', false, 'Coated FOGRA39']);
    assert.deepEqual(parseIccProfile(new Uint8Array(50)), { isSrgb: undefined });
    const damaged = srgbProfile().slice(0, 200);
    assert.equal(parseIccProfile(damaged).colorSpace, 'RGB');
  });
});

describe('image facts: JPEG', () => {
  it('reads a baseline JPEG', () => {
    const facts = readImageFacts(jpeg({ width: 300, height: 250 }));
    subset(facts, { format: 'jpeg', width: 300, height: 250, bitDepth: 8, channels: 3, colorSpace: 'rgb', progressive: false, frames: 1, hasAlpha: false });
    assert.equal(facts.icc, undefined);
  });

  it('reads a progressive JPEG and a grey one', () => {
    subset(readImageFacts(jpeg({ width: 17, height: 9, progressive: true })), { progressive: true, width: 17, height: 9 });
    subset(readImageFacts(jpeg({ width: 8, height: 8, components: 1 })), { colorSpace: 'gray', channels: 1 });
  });

  it('tells CMYK from YCCK with the Adobe APP14 transform', () => {
    subset(readImageFacts(jpeg({ width: 16, height: 16, components: 4, adobeTransform: 0 })), { colorSpace: 'cmyk', channels: 4 });
    subset(readImageFacts(jpeg({ width: 16, height: 16, components: 4, adobeTransform: 2 })), { colorSpace: 'ycck', channels: 4 });
    subset(readImageFacts(jpeg({ width: 16, height: 16, components: 4 })), { colorSpace: 'cmyk' });
  });

  it('joins an ICC profile split across APP2 segments in sequence order', () => {
    const facts = readImageFacts(jpeg({ width: 8, height: 8, icc: adobeRgbProfile(), iccSegments: 2 }));
    assert.equal(facts.icc?.description, 'Adobe RGB (1998)');
    assert.equal(facts.icc?.isSrgb, false);
    assert.equal(facts.icc?.isWideGamut, true);
    const cmyk = readImageFacts(jpeg({ width: 8, height: 8, components: 4, adobeTransform: 0, icc: cmykProfile(), iccSegments: 3 }));
    assert.equal(cmyk.icc?.colorSpace, 'CMYK');
  });

  it('returns raw EXIF, XMP and IPTC', () => {
    const exif = exifTiff();
    const iptc = iptcRecords('ACME Photo');
    const facts = readImageFacts(jpeg({ width: 8, height: 8, exif, xmp: SAMPLE_XMP, iptc }));
    assert.deepEqual(facts.exif, exif);
    assert.equal(facts.xmp, SAMPLE_XMP);
    assert.deepEqual(facts.iptc, iptc);
  });

  it('reports 12-bit precision', () => {
    assert.equal(readImageFacts(jpeg({ width: 8, height: 8, precision: 12 })).bitDepth, 12);
  });

  it('throws truncated when data ends before the frame header', () => {
    const file = jpeg({ width: 8, height: 8, icc: srgbProfile() });
    throwsKind(() => readImageFacts(file.subarray(0, 300)), 'truncated', /^JPEG is truncated: segment FF E2 at byte \d+ declares \d+ bytes but the data ends at byte 300$/);
    const headerOnly = bytes([0xff, 0xd8], [0xff, 0xe0], u16be(4), [0, 0]);
    throwsKind(() => readImageFacts(headerOnly), 'truncated', /^JPEG is truncated: no SOF marker before end of data at byte 8$/);
    const sofPosition = file.findIndex((b, i) => b === 0xff && file[i + 1] === 0xc0);
    throwsKind(() => readImageFacts(file.subarray(0, sofPosition + 30)), 'truncated');
  });

  it('throws corrupt for garbage after SOI', () => {
    throwsKind(() => readImageFacts(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0x12, 0x34, 0, 0])), 'corrupt', /expected a marker at byte 8/);
    throwsKind(() => readImageFacts(bytes([0xff, 0xd8, 0xff, 0xda, 0, 2, 0, 0])), 'corrupt', /before any SOF/);
  });
});

describe('image facts: PNG', () => {
  it('reads 8-bit RGB, 16-bit RGBA, palette and Adam7 interlace', () => {
    subset(readImageFacts(png({ width: 300, height: 250 })),
      { format: 'png', width: 300, height: 250, bitDepth: 8, colorSpace: 'rgb', channels: 3, hasAlpha: false, progressive: false, frames: 1 });
    subset(readImageFacts(png({ width: 4, height: 3, bitDepth: 16, colorType: 6 })), { bitDepth: 16, channels: 4, hasAlpha: true });
    subset(readImageFacts(png({ width: 4, height: 3, bitDepth: 4, colorType: 3 })), { colorSpace: 'indexed', bitDepth: 8, channels: 3, hasAlpha: false });
    subset(readImageFacts(png({ width: 4, height: 3, colorType: 3, transparency: true })), { colorSpace: 'indexed', channels: 4, hasAlpha: true });
    subset(readImageFacts(png({ width: 4, height: 3, colorType: 0 })), { colorSpace: 'gray', channels: 1 });
    assert.equal(readImageFacts(png({ width: 4, height: 3, interlace: true })).progressive, true);
  });

  it('inflates iCCP and reports the sRGB chunk', () => {
    const p3 = readImageFacts(png({ width: 2, height: 2, icc: displayP3Profile() }));
    assert.equal(p3.icc?.description, 'Display P3');
    assert.equal(p3.icc?.isWideGamut, true);
    assert.equal(p3.srgbChunk, undefined);
    const srgb = readImageFacts(png({ width: 2, height: 2, icc: srgbProfile(), srgb: true }));
    assert.equal(srgb.icc?.isSrgb, true);
    assert.equal(srgb.srgbChunk, true);
  });

  it('reads APNG frames, plays and duration', () => {
    subset(readImageFacts(png({ width: 4, height: 4, animation: { frames: 3, plays: 0 } })), { frames: 3, loopCount: 0, durationMs: 300 });
  });

  it('finds eXIf and XMP iTXt after IDAT', () => {
    const exif = exifTiff();
    const facts = readImageFacts(png({ width: 2, height: 2, exif, xmp: SAMPLE_XMP, metadataAfterData: true }));
    assert.deepEqual(facts.exif, exif);
    assert.equal(facts.xmp, SAMPLE_XMP);
  });

  it('reads ImageMagick raw profile text chunks', () => {
    const iptc = iptcRecords();
    const hex = Array.from(iptc, (b) => b.toString(16).padStart(2, '0')).join('');
    const base = png({ width: 2, height: 2 });
    const withText = bytes(base.subarray(0, 33), pngChunk('tEXt', 'Raw profile type iptc\0', `\niptc\n      ${iptc.length}\n${hex}\n`), base.subarray(33));
    assert.deepEqual(readImageFacts(withText).iptc, iptc);
  });

  it('throws truncated for cut files and corrupt for bad structure', () => {
    const file = png({ width: 20, height: 20, icc: srgbProfile() });
    throwsKind(() => readImageFacts(file.subarray(0, file.length - 12)), 'truncated', /before the IEND chunk/);
    throwsKind(() => readImageFacts(file.subarray(0, 60)), 'truncated', /^PNG is truncated: chunk 'iCCP' at byte 33 declares \d+ bytes but the data ends at byte 60$/);
    const noHeader = bytes(file.subarray(0, 8), pngChunk('IDAT', [1, 2, 3]), pngChunk('IEND'));
    throwsKind(() => readImageFacts(noHeader), 'corrupt', /first chunk is 'IDAT'/);
  });
});

describe('image facts: GIF', () => {
  it('counts frames, loop count and delays', () => {
    const facts = readImageFacts(gif({ width: 30, height: 20, delays: [10, 20, 30], loop: 0, transparent: true }));
    subset(facts, { format: 'gif', width: 30, height: 20, frames: 3, loopCount: 0, durationMs: 600, colorSpace: 'indexed', hasAlpha: true });
  });

  it('reads a still GIF without animation facts', () => {
    const facts = readImageFacts(gif({ width: 5, height: 5, delays: [0], interlaced: true }));
    subset(facts, { frames: 1, loopCount: undefined, durationMs: undefined, progressive: true, hasAlpha: false });
  });

  it('extracts XMP from its application extension', () => {
    assert.equal(readImageFacts(gif({ width: 2, height: 2, delays: [0], xmp: SAMPLE_XMP })).xmp, SAMPLE_XMP);
  });

  it('throws truncated inside image data', () => {
    const file = gif({ width: 64, height: 64, delays: [5] });
    throwsKind(() => readImageFacts(file.subarray(0, file.length - 40)), 'truncated', /^GIF is truncated: a data sub-block at byte \d+/);
  });
});

describe('image facts: WebP', () => {
  it('reads simple lossy and lossless files', () => {
    subset(readImageFacts(webpLossy(300, 250)), { format: 'webp', width: 300, height: 250, hasAlpha: false, frames: 1, channels: 3 });
    subset(readImageFacts(webpLossless(16383, 7, true)), { width: 16383, height: 7, hasAlpha: true, channels: 4 });
  });

  it('reads an animated VP8X file with ICC, EXIF and XMP', () => {
    const exif = exifTiff();
    const facts = readImageFacts(webpExtended({ width: 320, height: 50, frameDurations: [100, 250, 50], loop: 3, icc: srgbProfile(), exif, xmp: SAMPLE_XMP, alpha: true }));
    subset(facts, { width: 320, height: 50, frames: 3, loopCount: 3, durationMs: 400, hasAlpha: true, xmp: SAMPLE_XMP });
    assert.deepEqual(facts.exif, exif);
    assert.equal(facts.icc?.isSrgb, true);
  });

  it('reads a still VP8X with alpha', () => {
    subset(readImageFacts(webpExtended({ width: 70000, height: 2, alpha: true })), { width: 70000, height: 2, hasAlpha: true, frames: 1 });
  });

  it('throws truncated when the RIFF size exceeds the data', () => {
    const file = webpLossy(10, 10);
    throwsKind(() => readImageFacts(file.subarray(0, file.length - 3)), 'truncated', /RIFF header declares/);
  });
});

describe('image facts: AVIF and HEIF', () => {
  it('reads ispe, pixi and nclx of the primary item', () => {
    const facts = readImageFacts(avif({ width: 1200, height: 800, bitDepth: 10, cicp: { primaries: 9, transfer: 16, matrix: 9 }, decoyIspe: true }));
    subset(facts, { format: 'avif', width: 1200, height: 800, bitDepth: 10, channels: 3, hasAlpha: false, cicp: { primaries: 9, transfer: 16, matrix: 9 }, frames: 1 });
  });

  it('reads an ICC colr, alpha auxiliary, EXIF and XMP items', () => {
    const exif = exifTiff();
    const facts = readImageFacts(avif({ width: 64, height: 32, icc: displayP3Profile(), alpha: true, exif, xmp: SAMPLE_XMP }));
    assert.equal(facts.icc?.description, 'Display P3');
    assert.equal(facts.hasAlpha, true);
    assert.equal(facts.channels, 4);
    assert.deepEqual(facts.exif, exif);
    assert.equal(facts.xmp, SAMPLE_XMP);
  });

  it('names HEIC by its brand', () => {
    const file = avif({ width: 4032, height: 3024, brand: 'heic' });
    assert.equal(sniffImageFormat(file), 'heic');
    subset(readImageFacts(file), { format: 'heic', width: 4032, height: 3024 });
  });

  it('throws truncated when mdat is cut', () => {
    const file = avif({ width: 8, height: 8 });
    throwsKind(() => readImageFacts(file.subarray(0, file.length - 5)), 'truncated', /box 'mdat'/);
  });
});

describe('image facts: TIFF, PSD, BMP, ICO, EPS', () => {
  it('reads a CMYK TIFF with ICC, XMP and IPTC', () => {
    const iptc = iptcRecords();
    const file = tiff({ width: 40, height: 30, photometric: 5, icc: cmykProfile(), xmp: SAMPLE_XMP, iptc });
    const facts = readImageFacts(file);
    subset(facts, { format: 'tiff', width: 40, height: 30, colorSpace: 'cmyk', channels: 4, bitDepth: 8, frames: 1, xmp: SAMPLE_XMP });
    assert.equal(facts.icc?.colorSpace, 'CMYK');
    assert.deepEqual(facts.iptc, iptc);
    assert.equal(facts.exif, file, 'the file itself is the EXIF structure, handed over without a copy');
  });

  it('reads big-endian multi-page 16-bit TIFF', () => {
    subset(readImageFacts(tiff({ width: 3, height: 2, bigEndian: true, bitsPerSample: 16, pages: 3 })), { width: 3, height: 2, bitDepth: 16, colorSpace: 'rgb', frames: 3 });
  });

  it('throws truncated when strip data is missing', () => {
    const file = tiff({ width: 40, height: 30 });
    throwsKind(() => readImageFacts(file.subarray(0, file.length - 100)), 'truncated', /image data block 0/);
  });

  it('reads PSD header and resources', () => {
    const iptc = iptcRecords();
    const facts = readImageFacts(psd({ width: 30, height: 20, channels: 5, mode: 4, depth: 16, icc: cmykProfile(), iptc, xmp: SAMPLE_XMP }));
    subset(facts, { format: 'psd', width: 30, height: 20, channels: 5, colorSpace: 'cmyk', bitDepth: 16, hasAlpha: true, xmp: SAMPLE_XMP });
    assert.deepEqual(facts.iptc, iptc);
    assert.equal(facts.icc?.colorSpace, 'CMYK');
    subset(readImageFacts(psd({ width: 2, height: 2, channels: 3, mode: 3 })), { colorSpace: 'rgb', hasAlpha: false });
  });

  it('reads BMP info and V5 headers', () => {
    subset(readImageFacts(bmp(33, 7)), { format: 'bmp', width: 33, height: 7, colorSpace: 'rgb', hasAlpha: false, bitDepth: 8 });
    subset(readImageFacts(bmp(5, 9, 32)), { width: 5, height: 9, hasAlpha: true, channels: 4 });
    throwsKind(() => readImageFacts(bmp(33, 7).subarray(0, 200)), 'truncated', /33×7 pixels/);
  });

  it('reads ICO entries with embedded PNG', () => {
    subset(readImageFacts(ico(png({ width: 256, height: 256, colorType: 6 }), 256, 256)), { format: 'ico', width: 256, height: 256, hasAlpha: true });
  });

  it('reads EPS bounding box, process colours and XMP, plain or with a DOS header', () => {
    for (const file of [eps(595, 842), eps(595, 842, true)]) {
      subset(readImageFacts(file), { format: 'eps', width: 595, height: 842, colorSpace: 'cmyk', xmp: SAMPLE_XMP });
    }
  });
});

describe('image facts: sniffing and fake files', () => {
  it('decides the format from bytes only', () => {
    const cases: [Uint8Array, string][] = [
      [jpeg({ width: 8, height: 8 }), 'jpeg'], [png({ width: 1, height: 1 }), 'png'], [gif({ width: 1, height: 1, delays: [0] }), 'gif'],
      [webpLossy(1, 1), 'webp'], [avif({ width: 1, height: 1 }), 'avif'], [tiff({ width: 1, height: 1 }), 'tiff'], [bmp(1, 1), 'bmp'],
      [psd({ width: 1, height: 1, channels: 3, mode: 3 }), 'psd'], [ico(png({ width: 16, height: 16 }), 16, 16), 'ico'], [eps(1, 1), 'eps'],
      [bytes(svgText()), 'svg'], [bytes('<!DOCTYPE html><html><svg></svg></html>'), 'unknown'], [bytes('BMW'), 'unknown'], [new Uint8Array(0), 'unknown'],
    ];
    for (const [file, format] of cases) assert.equal(sniffImageFormat(file), format, format);
  });

  it('explains a fake image', () => {
    const html = bytes('<!DOCTYPE html><html></html>');
    throwsKind(() => readImageFacts(html, 'banner.png'), 'corrupt', /^File named banner\.png is not an image: its bytes start with '<!DO'$/);
    throwsKind(() => readImageFacts(bytes([0, 1, 2, 3, 4])), 'corrupt', /^The data is not an image: its first bytes are 00 01 02 03$/);
    throwsKind(() => readImageFacts(bytes('%PDF-1.7\n')), 'corrupt', /a PDF document/);
    throwsKind(() => readImageFacts(bytes(u32be(24), 'ftypisom', u32be(0), 'isommp41')), 'corrupt', /brand 'isom'/);
    throwsKind(() => readImageFacts(bytes([0xff, 0x0a, 0xfa, 0x7f])), 'unsupported', /JPEG XL/);
  });

  it('calls empty and signature-only files truncated', () => {
    throwsKind(() => readImageFacts(new Uint8Array(0), 'x.jpg'), 'truncated', /empty/);
    throwsKind(() => readImageFacts(bytes([0x89, 0x50, 0x4e])), 'truncated', /^PNG is truncated/);
    throwsKind(() => readImageFacts(bytes([0xff, 0xd8, 0xff])), 'truncated', /^JPEG is truncated/);
  });
});

describe('image facts: SVG', () => {
  it('reads root size and viewBox, px only', () => {
    const facts = readSvgFacts(svgText());
    assert.deepEqual(facts, { width: 300, height: 250, viewBox: [0, 0, 300, 250], hasScript: false, eventHandlers: [], externalRefs: [], embeddedRasterBytes: 0 });
    const relative = readSvgFacts('<svg width="100%" height="2em" viewBox="0,0,10,5"/>');
    assert.equal(relative.width, undefined);
    assert.equal(relative.height, undefined);
    assert.deepEqual(relative.viewBox, [0, 0, 10, 5]);
    subset(readImageFacts(bytes('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"></svg>')), { format: 'svg', width: 64, height: 32 });
  });

  it('finds scripts, handlers, external references and embedded rasters', () => {
    const raster = Buffer.from(new Uint8Array(300)).toString('base64');
    const svg = svgText([
      '<!-- <script>commented out</script> <a href="http://ignored.example/"/> -->',
      '<script><![CDATA[ if (a < b) alert(1) ]]></script>',
      '<rect onclick="go()" ONLOAD="x()" fill="url(#grad)"/>',
      '<image xlink:href="https://cdn.example/photo.jpg"/><use href="#icon"/><image href="local.png"/>',
      `<image href="data:image/png;base64,${raster}"/>`,
      '<image href="data:image/svg+xml;base64,PHN2Zy8+"/>',
      '<style>@import "https://fonts.example/a.css"; .x { background: url(\'bg.webp\') }</style>',
      '<a href="javascript:void(0)">x</a>',
    ].join('\n'));
    const facts = readSvgFacts(svg);
    assert.equal(facts.hasScript, true);
    assert.deepEqual(facts.eventHandlers, ['onclick', 'onload']);
    assert.deepEqual(facts.externalRefs, ['https://cdn.example/photo.jpg', 'local.png', 'https://fonts.example/a.css', 'bg.webp']);
    assert.equal(facts.embeddedRasterBytes, 300);
  });

  it('sees javascript: URLs as script and ignores commented markup', () => {
    const facts = readSvgFacts('<svg><!-- <script/> --><a xlink:href=" javascript:alert(1)"><text>x</text></a></svg>');
    assert.equal(facts.hasScript, true);
    assert.deepEqual(facts.externalRefs, []);
    assert.equal(readSvgFacts('<svg><!-- <script/> --></svg>').hasScript, false);
  });

  it('stays linear on unclosed constructs', () => {
    const hostile = [
      '<svg>' + '<style>'.repeat(50000),
      '<svg><style>' + 'url('.repeat(100000) + '</style>',
      '<svg><style>' + '@import "'.repeat(100000) + '</style>',
      '<svg>' + '<!--'.repeat(100000),
      '<svg ' + 'a '.repeat(200000),
      '<svg>' + 'data:image/png;base64,'.repeat(50000),
    ];
    const started = process.hrtime.bigint();
    for (const text of hostile) readSvgFacts(text);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(elapsedMs < 1000, `${elapsedMs} ms`);
  });
});

describe('image facts: robustness', () => {
  const fixtures: [string, Uint8Array][] = [
    ['jpeg baseline+metadata', jpeg({ width: 40, height: 30, icc: srgbProfile(), iccSegments: 2, exif: exifTiff(), xmp: SAMPLE_XMP, iptc: iptcRecords() })],
    ['jpeg progressive cmyk', jpeg({ width: 16, height: 16, components: 4, adobeTransform: 2, progressive: true })],
    ['png icc+apng', png({ width: 8, height: 8, icc: adobeRgbProfile(), animation: { frames: 3, plays: 1 }, exif: exifTiff(), xmp: SAMPLE_XMP, metadataAfterData: true })],
    ['png palette', png({ width: 8, height: 8, colorType: 3, transparency: true })],
    ['gif animated', gif({ width: 12, height: 12, delays: [10, 20, 30], loop: 0, xmp: SAMPLE_XMP })],
    ['webp lossy', webpLossy(30, 20)],
    ['webp lossless', webpLossless(30, 20)],
    ['webp animated', webpExtended({ width: 30, height: 20, frameDurations: [10, 20], icc: srgbProfile(), exif: exifTiff(), xmp: SAMPLE_XMP })],
    ['avif', avif({ width: 30, height: 20, icc: displayP3Profile(), cicp: { primaries: 1, transfer: 13, matrix: 6 }, alpha: true, exif: exifTiff(), xmp: SAMPLE_XMP })],
    ['tiff cmyk', tiff({ width: 6, height: 4, photometric: 5, icc: cmykProfile(), xmp: SAMPLE_XMP, iptc: iptcRecords(), pages: 2 })],
    ['tiff big-endian', tiff({ width: 6, height: 4, bigEndian: true })],
    ['psd', psd({ width: 4, height: 4, channels: 4, mode: 4, icc: cmykProfile(), iptc: iptcRecords(), xmp: SAMPLE_XMP })],
    ['bmp', bmp(7, 5)],
    ['bmp v5', bmp(7, 5, 32)],
    ['ico', ico(png({ width: 16, height: 16 }), 16, 16)],
    ['eps dos', eps(10, 10, true)],
    ['svg', bytes(svgText('<image href="data:image/png;base64,AAAA"/>'))],
  ];

  it('reads every fixture', () => {
    for (const [name, file] of fixtures) assert.doesNotThrow(() => readImageFacts(file), name);
  });

  it('survives truncation at every 7th byte with only ImageReadError', function () {
    this.timeout(20000);
    for (const [name, file] of fixtures) {
      for (let length = 0; length < file.length; length += 7) {
        try {
          readImageFacts(file.subarray(0, length));
        } catch (error) {
          assert.ok(error instanceof ImageReadError, `${name} cut at ${length}: ${String(error)}`);
          assert.doesNotMatch(error.message, /could not be read/, `${name} cut at ${length} escaped the bounds checks`);
        }
      }
    }
  });

  it('survives random byte corruption with only ImageReadError', function () {
    this.timeout(20000);
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    for (const [name, file] of fixtures) {
      for (let round = 0; round < 200; round++) {
        const damaged = file.slice();
        const flips = 1 + Math.floor(random() * 4);
        for (let i = 0; i < flips; i++) damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
        try {
          readImageFacts(damaged);
        } catch (error) {
          assert.ok(error instanceof ImageReadError, `${name} round ${round}: ${String((error as Error).stack)}`);
          assert.doesNotMatch(error.message, /could not be read/, `${name} round ${round} escaped the bounds checks`);
        }
      }
    }
  });

  it('does not loop on zero-length boxes, chunks and segments', () => {
    const zeroBox = bytes(u32be(20), 'ftypavif', u32be(0), 'mif1', u32be(8), 'free', u32be(8), 'free', u32be(7), 'meta');
    throwsKind(() => readImageFacts(zeroBox), 'corrupt');
    const zeroJpeg = bytes([0xff, 0xd8], [0xff, 0xe0, 0, 0], [0xff, 0xe0, 0, 2]);
    throwsKind(() => readImageFacts(zeroJpeg), 'corrupt', /declares length 0/);
  });

  it('does not copy or rescan large pixel data', () => {
    const big = png({ width: 4000, height: 3000, colorType: 0 });
    const started = process.hrtime.bigint();
    for (let i = 0; i < 200; i++) readImageFacts(big);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(elapsedMs < 500, `${elapsedMs} ms for 200 reads`);
  });
});
