import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MediaReadError, readMediaFacts, type MediaFacts } from '../../server/src/engine/facts/media';

/**
 * test/fixtures/media in the repository. From out/test/facts the repo root is three levels up; when the tests are
 * compiled elsewhere, walk up from here and from the working directory to the folder holding package.json.
 */
function fixtureDir(): string {
  const direct = path.join(__dirname, '../../../test/fixtures/media');
  if (fs.existsSync(direct)) return direct;
  for (const from of [__dirname, process.cwd()]) {
    for (let dir = from; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'test/fixtures/media');
      if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`test/fixtures/media not found from ${__dirname} or ${process.cwd()}`);
}

const FIXTURES = fixtureDir();
const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

function near(actual: number | undefined, expected: number, tolerance = 0.05): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) <= tolerance, `expected ${expected} ± ${tolerance}, got ${actual}`);
}

function expectReadError(bytes: Uint8Array): MediaReadError {
  try {
    readMediaFacts(bytes);
  } catch (error) {
    assert.ok(error instanceof MediaReadError, `expected MediaReadError, got ${error instanceof Error ? error.stack : String(error)}`);
    assert.ok(error.message.length > 10, 'the message should explain the problem');
    return error;
  }
  assert.fail('expected a MediaReadError');
}

// ---- small byte builders for synthetic files ----

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const u32be = (v: number): number[] => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
const u32le = (v: number): number[] => u32be(v).reverse();
const u16le = (v: number): number[] => [v & 0xff, (v >> 8) & 0xff];

function box(type: string, ...content: (Uint8Array | number[])[]): Uint8Array {
  const body = concat(...content);
  return concat(u32be(8 + body.length), ascii(type), body);
}

function utf16(text: string, littleEndian: boolean, bom: boolean): number[] {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(littleEndian ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return out;
}

function latin1(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

const syncsafe = (v: number): number[] => [(v >> 21) & 0x7f, (v >> 14) & 0x7f, (v >> 7) & 0x7f, v & 0x7f];

function id3Frame(major: 3 | 4, id: string, data: number[] | Uint8Array, flags = 0): Uint8Array {
  const body = data instanceof Uint8Array ? data : Uint8Array.from(data);
  const size = major === 4 ? syncsafe(body.length) : u32be(body.length);
  return concat(ascii(id), size, [flags >> 8, flags & 0xff], body);
}

function id3Tag(major: 3 | 4, frames: Uint8Array[], flags = 0, padding = 32): Uint8Array {
  const body = concat(...frames, new Uint8Array(padding));
  return concat(ascii('ID3'), [major, 0, flags], syncsafe(body.length), body);
}

/** The MPEG audio of the real MP3 fixture, without its ID3 tag. */
function mp3Audio(): Uint8Array {
  const mp3 = fixture('tone.mp3');
  const size = ((mp3[6] & 0x7f) << 21) | ((mp3[7] & 0x7f) << 14) | ((mp3[8] & 0x7f) << 7) | (mp3[9] & 0x7f);
  return mp3.subarray(10 + size);
}

function ebml(id: number[], ...content: (Uint8Array | number[])[]): Uint8Array {
  const body = concat(...content);
  if (body.length > 0x3fff) throw new Error('test element too large');
  return concat(id, [0x40 | (body.length >> 8), body.length & 0xff], body);
}

const UNKNOWN_SIZE = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];

function f64(value: number): number[] {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, value);
  return Array.from(b);
}

function wavFile(chunks: Uint8Array[]): Uint8Array {
  const body = concat(ascii('WAVE'), ...chunks);
  return concat(ascii('RIFF'), u32le(body.length), body);
}

function riffChunk(id: string, data: Uint8Array | number[]): Uint8Array {
  const body = data instanceof Uint8Array ? data : Uint8Array.from(data);
  return concat(ascii(id), u32le(body.length), body, body.length % 2 ? [0] : []);
}

const PCM_MONO_8K = riffChunk('fmt ', [...u16le(1), ...u16le(1), ...u32le(8000), ...u32le(16000), ...u16le(2), ...u16le(16)]);

describe('readMediaFacts', () => {
  describe('real files made by scripts/make-media-fixtures.sh', () => {
    it('MP4 H.264 + mono AAC: channels come from the AAC config, not the sample entry', () => {
      const bytes = fixture('h264-aac-mono.mp4');
      const facts = readMediaFacts(bytes);
      assert.equal(facts.container, 'mp4');
      near(facts.durationSec, 1);
      assert.deepEqual(facts.video, { codec: 'avc1', width: 64, height: 36, displayWidth: 64, displayHeight: 36, rotation: 0, frameRate: 25 });
      assert.deepEqual(facts.audio, { codec: 'mp4a', channels: 1, sampleRate: 44100 });
      assert.deepEqual(facts.captionTracks, []);
      assert.equal(facts.tags.title, 'Tiny clip');
      assert.equal(facts.byteSize, bytes.length);
      near(facts.bitrateKbps, (bytes.length * 8) / 1000 / facts.durationSec!, 0.1);
    });

    it('MP4 rotated 90° through the track matrix', () => {
      const facts = readMediaFacts(fixture('rotated-90.mp4'));
      assert.equal(facts.video?.rotation, 90);
      assert.equal(facts.video?.width, 64);
      assert.equal(facts.video?.height, 36);
      assert.equal(facts.video?.displayWidth, 36, 'displayed portrait');
      assert.equal(facts.video?.displayHeight, 64);
      near(facts.durationSec, 1);
      assert.equal(facts.audio, undefined);
    });

    it('MP4 with a mov_text caption track', () => {
      const facts = readMediaFacts(fixture('captioned.mp4'));
      assert.deepEqual(facts.captionTracks, [{ codec: 'tx3g', language: 'eng' }]);
      assert.equal(facts.video?.width, 128);
      assert.equal(facts.video?.height, 72);
      assert.deepEqual(facts.audio, { codec: 'mp4a', channels: 2, sampleRate: 48000 });
      near(facts.durationSec, 1.9);
    });

    it('QuickTime MOV with a ©cpy copyright', () => {
      const facts = readMediaFacts(fixture('clip.mov'));
      assert.equal(facts.container, 'mov');
      assert.equal(facts.video?.codec, 'avc1');
      assert.equal(facts.video?.frameRate, 25);
      near(facts.durationSec, 2);
      assert.equal(facts.tags.copyright, '© 2025 Example Studio');
    });

    it('M4A with iTunes cprt, title and artist in UTF-8', () => {
      const facts = readMediaFacts(fixture('tone.m4a'));
      assert.equal(facts.container, 'm4a');
      assert.equal(facts.video, undefined);
      assert.deepEqual(facts.audio, { codec: 'mp4a', channels: 2, sampleRate: 48000 });
      near(facts.durationSec, 2);
      assert.deepEqual(facts.tags, { title: 'Tönë', artist: 'Jänë', copyright: '© 2025 Jänë Example' });
    });

    it('WebM VP9 + Opus with a COPYRIGHT tag', () => {
      const facts = readMediaFacts(fixture('vp9-opus.webm'));
      assert.equal(facts.container, 'webm');
      assert.deepEqual(facts.video, { codec: 'vp9', width: 64, height: 36, frameRate: 25 });
      assert.deepEqual(facts.audio, { codec: 'opus', channels: 1, sampleRate: 48000 });
      near(facts.durationSec, 1);
      assert.equal(facts.tags.copyright, '© 2025 WebM Owner');
    });

    it('Matroska with a WebVTT subtitle track and its language', () => {
      const facts = readMediaFacts(fixture('subtitled.mkv'));
      assert.equal(facts.container, 'mkv');
      assert.deepEqual(facts.captionTracks, [{ codec: 'D_WEBVTT/SUBTITLES', language: 'ger' }]);
      near(facts.durationSec, 1.9);
    });

    it('MP3 with ID3v2.3 TCOP in UTF-16, TPUB, mono 44.1 kHz and LAME gapless duration', () => {
      const facts = readMediaFacts(fixture('tone.mp3'));
      assert.equal(facts.container, 'mp3');
      assert.deepEqual(facts.audio, { codec: 'mp3', channels: 1, sampleRate: 44100 });
      near(facts.durationSec, 1);
      assert.deepEqual(facts.tags, { copyright: '© 2025 Jänë', title: 'Tiny tone', artist: 'Jänë', publisher: 'Example Records' });
    });

    it('WAV with LIST/INFO ICOP', () => {
      const facts = readMediaFacts(fixture('tone.wav'));
      assert.equal(facts.container, 'wav');
      assert.deepEqual(facts.audio, { codec: 'pcm', channels: 1, sampleRate: 8000 });
      near(facts.durationSec, 1);
      assert.equal(facts.tags.copyright, '© 2025 Wav Owner');
      assert.equal(facts.tags.title, 'Wave');
    });

    it('Ogg Vorbis with COPYRIGHT and LICENSE comments', () => {
      const facts = readMediaFacts(fixture('tone-vorbis.ogg'));
      assert.equal(facts.container, 'ogg');
      assert.deepEqual(facts.audio, { codec: 'vorbis', channels: 1, sampleRate: 22050 });
      near(facts.durationSec, 1.5);
      assert.equal(facts.tags.copyright, '© 2025 Ögg Owner');
      assert.equal(facts.tags.licenseUrl, 'https://example.com/licence');
    });

    it('Ogg Opus: duration from the last granule minus pre-skip at 48 kHz', () => {
      const facts = readMediaFacts(fixture('tone-opus.ogg'));
      assert.deepEqual(facts.audio, { codec: 'opus', channels: 2, sampleRate: 48000 });
      near(facts.durationSec, 2);
      assert.equal(facts.tags.copyright, '© 2025 Opus Owner');
    });
  });

  describe('robustness', () => {
    const names = fs.readdirSync(FIXTURES).filter((n) => /\.(mp4|mov|m4a|webm|mkv|mp3|wav|ogg)$/u.test(n)).sort();

    it('has all the fixtures, each under 60 KB', () => {
      assert.equal(names.length, 11);
      for (const name of names) assert.ok(fixture(name).length < 60 * 1024, name);
    });

    for (const name of names) {
      it(`${name}: every truncation gives a MediaReadError or partial facts, never another exception`, () => {
        const bytes = fixture(name);
        const cuts = new Set<number>();
        for (let cut = 0; cut < Math.min(bytes.length, 256); cut++) cuts.add(cut);
        for (let cut = 256; cut < bytes.length; cut += 7) cuts.add(cut);
        cuts.add(bytes.length - 1);
        let errors = 0;
        for (const cut of cuts) {
          const part = bytes.subarray(0, cut);
          try {
            const facts = readMediaFacts(part);
            assert.equal(facts.byteSize, cut);
          } catch (error) {
            assert.ok(error instanceof MediaReadError, `cut at ${cut}: ${error instanceof Error ? error.stack : String(error)}`);
            errors++;
          }
        }
        assert.ok(errors > cuts.size / 2, `most truncations should be reported (${errors} of ${cuts.size})`);
      });
    }

    it('reports truncation inside the MP4 moov and mdat as "truncated"', () => {
      const mp4 = fixture('h264-aac-mono.mp4'); // ftyp, moov at 32, free, mdat at 2263
      assert.equal(expectReadError(mp4.subarray(0, 1000)).kind, 'truncated');
      assert.equal(expectReadError(mp4.subarray(0, 4000)).kind, 'truncated');
      assert.equal(expectReadError(mp4.subarray(0, 2263)).kind, 'truncated', 'sample data missing although moov is complete');
      assert.match(expectReadError(fixture('tone.wav').subarray(0, 9000)).message, /truncated.*'data'/);
    });

    it('survives random bit flips in every fixture', () => {
      let seed = 11;
      const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
      for (const name of names) {
        const bytes = fixture(name);
        for (let n = 0; n < 120; n++) {
          const flipped = bytes.slice();
          // Headers are where the interesting damage happens, so aim most flips at the first and last 4 KB.
          for (let k = 0; k < 3; k++) {
            const zone = random() < 0.5 ? random() * Math.min(4096, bytes.length) : bytes.length - 1 - random() * Math.min(4096, bytes.length);
            flipped[Math.floor(zone)] ^= 1 << Math.floor(random() * 8);
          }
          try {
            readMediaFacts(flipped);
          } catch (error) {
            assert.ok(error instanceof MediaReadError, `${name} flip ${n}: ${error instanceof Error ? error.stack : String(error)}`);
          }
        }
      }
    });

    it('rejects fake and unknown files with a clear message', () => {
      const html = expectReadError(utf8('<!DOCTYPE html><html><body>not a video</body></html>'));
      assert.equal(html.kind, 'corrupt');
      assert.match(html.message, /not an audio or video file.*"<!DOCTYPE html/);
      assert.equal(expectReadError(new Uint8Array(0)).kind, 'truncated');
      assert.equal(expectReadError(Uint8Array.of(1, 2, 3)).kind, 'truncated');
      assert.equal(expectReadError(concat([0x89], ascii('PNG\r\n\x1a\n'), new Uint8Array(40))).kind, 'corrupt');
      const flac = expectReadError(concat(ascii('fLaC'), new Uint8Array(60)));
      assert.equal(flac.kind, 'unsupported');
      assert.match(flac.message, /FLAC/);
      assert.equal(expectReadError(concat(ascii('RIFF'), u32le(100), ascii('AVI LIST'), new Uint8Array(100))).kind, 'unsupported');
    });

    it('does not loop on zero-size or undersized boxes', () => {
      const zeroInside = concat(box('ftyp', ascii('isom'), u32be(0), ascii('isom')), box('moov', u32be(0), ascii('trak')));
      assert.ok(['truncated', 'corrupt'].includes(expectReadError(zeroInside).kind));
      const undersized = concat(box('ftyp', ascii('isom'), u32be(0)), u32be(4), ascii('moov'), new Uint8Array(16));
      assert.equal(expectReadError(undersized).kind, 'corrupt');
      const ebmlLoop = concat([0x1a, 0x45, 0xdf, 0xa3, 0x80], [0x18, 0x53, 0x80, 0x67, 0x80], new Uint8Array(64));
      expectReadError(ebmlLoop);
    });
  });

  describe('ISO-BMFF details', () => {
    it('reads a 64-bit largesize mdat and a size-0 (to end of file) box', () => {
      const original = fixture('rotated-90.mp4'); // ftyp, free (8 bytes) at 32, mdat at 40, moov at 1364
      const mdatSize = new DataView(original.buffer, original.byteOffset).getUint32(40);
      const large = original.slice();
      large.set([0, 0, 0, 1, ...ascii('mdat'), 0, 0, 0, 0, ...u32be(mdatSize + 8)], 32);
      assert.deepEqual(readMediaFacts(large).video, readMediaFacts(original).video);

      const faststart = fixture('h264-aac-mono.mp4').slice(); // mdat is the last box, at 2263
      faststart.set(u32be(0), 2263);
      near(readMediaFacts(faststart).durationSec, 1);
    });

    it('reads the XMP uuid box, a 3GPP udta cprt and prefers ilst copyright', () => {
      const original = fixture('rotated-90.mp4'); // moov is the last box: grow it with a udta
      const moovAt = 1364;
      const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>';
      const uuid = box('uuid', Uint8Array.from(Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex')), utf8(xmp));
      const cprt = box('cprt', [0, 0, 0, 0], [0x15, 0xc7], utf8('© 2025 Udta Owner'), [0]); // language 'eng'
      const udta = box('udta', cprt);
      const moovBody = original.subarray(moovAt + 8);
      const withUdta = concat(original.subarray(0, moovAt), box('moov', moovBody, udta), uuid);
      const facts = readMediaFacts(withUdta);
      assert.equal(facts.tags.copyright, '© 2025 Udta Owner');
      assert.equal(facts.xmp, xmp);

      const data = box('data', u32be(1), u32be(0), utf8('© 2025 Ilst Owner'));
      const meta = box('meta', [0, 0, 0, 0], box('hdlr', new Uint8Array(8), ascii('mdir'), new Uint8Array(13)), box('ilst', box('cprt', data)));
      const both = concat(original.subarray(0, moovAt), box('moov', moovBody, box('udta', cprt, meta)));
      assert.equal(readMediaFacts(both).tags.copyright, '© 2025 Ilst Owner');
    });

    it('reads UTF-16 3GPP text with a byte-order mark', () => {
      const original = fixture('rotated-90.mp4');
      const cprt = box('cprt', [0, 0, 0, 0], [0x15, 0xc7], utf16('© Ünïcödé', false, true), [0, 0]);
      const file = concat(original.subarray(0, 1364), box('moov', original.subarray(1364 + 8), box('udta', cprt)));
      assert.equal(readMediaFacts(file).tags.copyright, '© Ünïcödé');
    });
  });

  describe('ID3v2 tags', () => {
    const audio = mp3Audio();
    const withTag = (tag: Uint8Array): MediaFacts => readMediaFacts(concat(tag, audio));

    it('decodes all four text encodings', () => {
      const text = '© 2025 Jänë';
      const cases: [number, number[]][] = [
        [0, latin1(text)],
        [1, utf16(text, true, true)],
        [1, utf16(text, false, true)],
        [2, utf16(text, false, false)],
        [3, Array.from(utf8(text))],
      ];
      for (const [encoding, encoded] of cases) {
        const facts = withTag(id3Tag(3, [id3Frame(3, 'TCOP', [encoding, ...encoded, 0])]));
        assert.equal(facts.tags.copyright, text, `encoding ${encoding}`);
      }
    });

    it('reads WCOP, a WXXX licence URL, TPUB and the plain COMM over iTunes data', () => {
      const tag = id3Tag(3, [
        id3Frame(3, 'WCOP', latin1('https://example.com/copyright')),
        id3Frame(3, 'WXXX', [0, ...latin1('Homepage'), 0, ...latin1('https://example.com/')]),
        id3Frame(3, 'WXXX', [1, ...utf16('LICENSE', true, true), 0, 0, ...latin1('https://example.com/licence')]),
        id3Frame(3, 'TPUB', [0, ...latin1('Example Records')]),
        id3Frame(3, 'COMM', [0, ...latin1('eng'), ...latin1('iTunNORM'), 0, ...latin1(' 00000001 00000002')]),
        id3Frame(3, 'COMM', [3, ...latin1('eng'), 0, ...utf8('Gemischt von Jänë')]),
      ]);
      const facts = withTag(tag);
      assert.equal(facts.tags.copyrightUrl, 'https://example.com/copyright');
      assert.equal(facts.tags.licenseUrl, 'https://example.com/licence');
      assert.equal(facts.tags.publisher, 'Example Records');
      assert.equal(facts.tags.comment, 'Gemischt von Jänë');
    });

    it('reads ID3v2.4 syncsafe frame sizes and multiple values', () => {
      const long = 'x'.repeat(200); // a size above 127 differs between syncsafe and plain encoding
      const tag = id3Tag(4, [
        id3Frame(4, 'TIT2', [3, ...utf8(long)]),
        id3Frame(4, 'TPE1', [3, ...utf8('Jänë'), 0, ...utf8('Zoë')]),
        id3Frame(4, 'TCOP', [3, ...utf8('© 2025 Jänë'), 0]),
      ]);
      const facts = withTag(tag);
      assert.equal(facts.tags.title, long);
      assert.equal(facts.tags.artist, 'Jänë / Zoë');
      assert.equal(facts.tags.copyright, '© 2025 Jänë');
    });

    it('undoes unsynchronisation (ID3v2.3 whole tag)', () => {
      // "ÿ" is 0xFF in Latin-1; followed by 0xE0 it would look like an MPEG sync, so the writer inserts 0x00.
      const frame = id3Frame(3, 'TCOP', [0, ...latin1('A\u00ff\u00e0B')]);
      const unsynced: number[] = [];
      for (let i = 0; i < frame.length; i++) {
        unsynced.push(frame[i]);
        if (frame[i] === 0xff) unsynced.push(0);
      }
      const facts = withTag(id3Tag(3, [Uint8Array.from(unsynced)], 0x80));
      assert.equal(facts.tags.copyright, 'A\u00ff\u00e0B');
    });

    it('reads the MP3 without any tag, and reports a tag that runs past the end as truncated', () => {
      const facts = readMediaFacts(audio);
      assert.deepEqual(facts.tags, {});
      near(facts.durationSec, 1);
      const tag = id3Tag(3, [id3Frame(3, 'TCOP', [0, ...latin1('x')])]);
      assert.equal(expectReadError(tag.subarray(0, 20)).kind, 'truncated');
    });
  });

  describe('Matroska details', () => {
    it('walks an unknown-size Segment and Cluster and reads tags after the cluster', () => {
      const header = ebml([0x1a, 0x45, 0xdf, 0xa3], ebml([0x42, 0x82], ascii('webm')));
      const info = ebml([0x15, 0x49, 0xa9, 0x66], ebml([0x2a, 0xd7, 0xb1], [0x0f, 0x42, 0x40]), ebml([0x44, 0x89], f64(2500)));
      const video = ebml([0xe0], ebml([0xb0], [0x01, 0x40]), ebml([0xba], [0xf0]), ebml([0x54, 0xb0], [0x02, 0x80]), ebml([0x54, 0xba], [0xf0]));
      const track = ebml([0xae], ebml([0xd7], [1]), ebml([0x83], [1]), ebml([0x86], ascii('V_VP9')), video);
      const subtitle = ebml([0xae], ebml([0xd7], [2]), ebml([0x83], [17]), ebml([0x86], ascii('S_TEXT/WEBVTT')), ebml([0x22, 0xb5, 0x9c], ascii('fre')));
      const tracks = ebml([0x16, 0x54, 0xae, 0x6b], track, subtitle);
      const cluster = concat([0x1f, 0x43, 0xb6, 0x75], UNKNOWN_SIZE, ebml([0xe7], [0]), ebml([0xa3], [0x81, 0, 0, 0x80, 1, 2, 3]));
      const simpleTag = (name: string, value: string): Uint8Array => ebml([0x67, 0xc8], ebml([0x45, 0xa3], ascii(name)), ebml([0x44, 0x87], utf8(value)));
      const tags = ebml([0x12, 0x54, 0xc3, 0x67], ebml([0x73, 0x73], ebml([0x63, 0xc0]), simpleTag('COPYRIGHT', '© 2025 Mätröska'), simpleTag('LICENSE', 'https://example.com/l')));
      const file = concat(header, [0x18, 0x53, 0x80, 0x67], UNKNOWN_SIZE, info, tracks, cluster, tags);
      const facts = readMediaFacts(file);
      assert.equal(facts.container, 'webm');
      assert.deepEqual(facts.video, { codec: 'vp9', width: 320, height: 240, displayWidth: 640, displayHeight: 240 });
      assert.deepEqual(facts.captionTracks, [{ codec: 'S_TEXT/WEBVTT', language: 'fre' }]);
      near(facts.durationSec, 2.5);
      assert.equal(facts.tags.copyright, '© 2025 Mätröska');
      assert.equal(facts.tags.licenseUrl, 'https://example.com/l');
    });
  });

  describe('WAV details', () => {
    it('reads an XMP _PMX chunk, INFO tags and a streaming data size of 0', () => {
      const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"/>';
      const info = concat(ascii('INFO'), riffChunk('ICOP', [...utf8('© Wäv'), 0]), riffChunk('IART', [...latin1('Caf\u00e9'), 0]));
      const file = wavFile([PCM_MONO_8K, riffChunk('LIST', info), riffChunk('_PMX', utf8(xmp)), concat(ascii('data'), u32le(0), new Uint8Array(8000))]);
      const facts = readMediaFacts(file);
      assert.equal(facts.xmp, xmp);
      assert.equal(facts.tags.copyright, '© Wäv');
      assert.equal(facts.tags.artist, 'Café', 'Latin-1 INFO text');
      near(facts.durationSec, 0.5);
    });

    it('rejects a WAV without a data chunk or with a short fmt chunk', () => {
      assert.equal(expectReadError(wavFile([PCM_MONO_8K])).kind, 'truncated');
      assert.equal(expectReadError(wavFile([riffChunk('fmt ', [1, 0, 1, 0]), riffChunk('data', [0, 0])])).kind, 'corrupt');
    });
  });
});
