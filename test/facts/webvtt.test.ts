import * as assert from 'node:assert/strict';
import { parseWebVtt, type WebVttError } from '../../server/src/engine/facts/media';

/** Errors without their messages, for exact position checks. */
function positions(errors: WebVttError[]): { code: string; line: number; column: number; endColumn: number }[] {
  return errors.map(({ code, line, column, endColumn }) => ({ code, line, column, endColumn }));
}

describe('parseWebVtt', () => {
  it('parses a valid file with header, NOTE, STYLE, identifiers, settings and multi-line cues', () => {
    const text = [
      'WEBVTT - Launch film', // 1
      'Kind: captions', // 2
      '', // 3
      'NOTE written by the', // 4
      'subtitling team', // 5
      '', // 6
      'STYLE', // 7
      '::cue { color: yellow }', // 8
      '', // 9
      'intro', // 10
      '00:00:00.000 --> 00:00:01.500 align:start line:90% position:10%,line-left size:80%', // 11
      'Hello', // 12
      '<b>world</b>', // 13
      '', // 14
      '00:01.500 --> 00:03.000', // 15
      'Second cue', // 16
      '', // 17
      '01:00:00.000 --> 01:00:01.000 vertical:rl region:r1 line:-1,end', // 18
      'Late', // 19
      '',
    ].join('\n');
    const result = parseWebVtt(text);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.cues, [
      { start: 0, end: 1.5, startLine: 11, text: 'Hello\n<b>world</b>', id: 'intro' },
      { start: 1.5, end: 3, startLine: 15, text: 'Second cue' },
      { start: 3600, end: 3601, startLine: 18, text: 'Late' },
    ]);
  });

  it('accepts a byte-order mark, CRLF line ends and a bare signature', () => {
    const result = parseWebVtt('\ufeffWEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.250\r\nHi\r\n');
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.cues, [{ start: 1, end: 2.25, startLine: 3, text: 'Hi' }]);
    assert.deepEqual(parseWebVtt('WEBVTT'), { cues: [], errors: [] });
    assert.deepEqual(parseWebVtt('WEBVTT\tcomment\n').errors, []);
  });

  describe('missing-signature', () => {
    it('flags a file without WEBVTT on line 1 and reports nothing else', () => {
      const result = parseWebVtt('Hello\n\n00:00.000 --> 00:01.000\nx');
      assert.deepEqual(positions(result.errors), [{ code: 'missing-signature', line: 1, column: 1, endColumn: 6 }]);
      assert.match(result.errors[0].message, /missing "WEBVTT" signature/);
      assert.deepEqual(result.cues, []);
    });

    it('recognises SRT delivered instead of WebVTT', () => {
      const srt = '1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:03,000 --> 00:00:04,000\nWorld\n';
      const result = parseWebVtt(srt);
      assert.deepEqual(positions(result.errors), [{ code: 'missing-signature', line: 1, column: 1, endColumn: 2 }]);
      assert.equal(result.errors[0].message, 'looks like SRT (comma in timestamps / numeric cue ids); WebVTT is required');
    });

    it('explains lower-case and run-on signatures', () => {
      assert.match(parseWebVtt('webvtt\n').errors[0].message, /capitals/);
      const runOn = parseWebVtt('WEBVTTX\n');
      assert.deepEqual(positions(runOn.errors), [{ code: 'missing-signature', line: 1, column: 1, endColumn: 8 }]);
      assert.match(runOn.errors[0].message, /followed by a space, a tab or the end of the line/);
    });
  });

  describe('bad-timestamp', () => {
    it('points at an SRT-style start timestamp and drops the cue', () => {
      const result = parseWebVtt('WEBVTT\n\n00:00:01,000 --> 00:00:02.000\nHi\n');
      assert.deepEqual(positions(result.errors), [{ code: 'bad-timestamp', line: 3, column: 1, endColumn: 13 }]);
      assert.match(result.errors[0].message, /comma/);
      assert.deepEqual(result.cues, []);
    });

    it('points at a malformed end timestamp', () => {
      const result = parseWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:2.000\nHi\n');
      assert.deepEqual(positions(result.errors), [{ code: 'bad-timestamp', line: 3, column: 18, endColumn: 29 }]);
    });

    it('rejects minutes or seconds above 59 and one-digit hours', () => {
      const result = parseWebVtt('WEBVTT\n\n00:60:00.000 --> 01:00:60.000\nA\n\n1:00:00.000 --> 01:00:01.000\nB\n');
      assert.deepEqual(positions(result.errors), [
        { code: 'bad-timestamp', line: 3, column: 1, endColumn: 13 },
        { code: 'bad-timestamp', line: 3, column: 18, endColumn: 30 },
        { code: 'bad-timestamp', line: 6, column: 1, endColumn: 12 },
      ]);
      assert.match(result.errors[0].message, /minutes above 59/);
      assert.match(result.errors[1].message, /seconds above 59/);
      assert.match(result.errors[2].message, /one-digit hour/);
    });

    it('reports a missing end timestamp at the arrow', () => {
      const result = parseWebVtt('WEBVTT\n\n00:00:01.000 -->\nHi\n');
      assert.deepEqual(positions(result.errors), [{ code: 'bad-timestamp', line: 3, column: 14, endColumn: 17 }]);
    });
  });

  it('end-before-start: points at the end timestamp and keeps the cue', () => {
    const result = parseWebVtt('WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nHi\n\n00:00:06.000 --> 00:00:06.000\nSame\n');
    assert.deepEqual(positions(result.errors), [
      { code: 'end-before-start', line: 3, column: 18, endColumn: 30 },
      { code: 'end-before-start', line: 6, column: 18, endColumn: 30 },
    ]);
    assert.equal(result.errors[0].message, 'cue ends at 00:00:04.000, which is not after its start 00:00:05.000');
    assert.equal(result.cues.length, 2);
  });

  it('overlap-order: a cue starting before the previous cue start', () => {
    const result = parseWebVtt('WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nA\n\n  00:00:02.000 --> 00:00:03.000\nB\n');
    assert.deepEqual(positions(result.errors), [{ code: 'overlap-order', line: 6, column: 3, endColumn: 15 }]);
    assert.match(result.errors[0].message, /previous cue \(line 3\) starts at 00:00:05\.000/);
  });

  describe('missing-arrow', () => {
    it('points at a timing line without "-->"', () => {
      const result = parseWebVtt('WEBVTT\n\n1\n00:00:01.000 00:00:02.000\nHi\n\n00:00:03.000 --> 00:00:04.000\nok\n');
      assert.deepEqual(positions(result.errors), [{ code: 'missing-arrow', line: 4, column: 1, endColumn: 26 }]);
      assert.equal(result.cues.length, 1);
    });

    it('explains text orphaned by a blank line inside a cue', () => {
      const result = parseWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nLine one\n\n  Line two\n');
      assert.deepEqual(positions(result.errors), [{ code: 'missing-arrow', line: 6, column: 3, endColumn: 11 }]);
      assert.match(result.errors[0].message, /blank line/);
    });
  });

  it('empty-cue: a timing line with no text', () => {
    const result = parseWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n00:00:03.000 --> 00:00:04.000\nx\n');
    assert.deepEqual(positions(result.errors), [{ code: 'empty-cue', line: 3, column: 1, endColumn: 30 }]);
  });

  it('bad-setting: unknown names, bad values, missing colons and repeats, each at its own token', () => {
    const line = '00:00:01.000 --> 00:00:02.000 align:middle foo:bar size:120% line position:50%,left vertical:rl vertical:lr';
    const result = parseWebVtt(`WEBVTT\n\n${line}\nHi\n`);
    assert.deepEqual(positions(result.errors), [
      { code: 'bad-setting', line: 3, column: 31, endColumn: 43 },
      { code: 'bad-setting', line: 3, column: 44, endColumn: 51 },
      { code: 'bad-setting', line: 3, column: 52, endColumn: 61 },
      { code: 'bad-setting', line: 3, column: 62, endColumn: 66 },
      { code: 'bad-setting', line: 3, column: 67, endColumn: 84 },
      { code: 'bad-setting', line: 3, column: 97, endColumn: 108 },
    ]);
    assert.match(result.errors[0].message, /start, center, end, left or right/);
    assert.match(result.errors[1].message, /unknown name/);
    assert.match(result.errors[3].message, /name:value/);
    assert.match(result.errors[5].message, /repeats "vertical"/);
    assert.equal(result.cues.length, 1, 'bad settings do not drop the cue');
  });

  it('missing-blank-line: timing lines straight after the header or a cue', () => {
    const result = parseWebVtt('WEBVTT\n00:00:01.000 --> 00:00:02.000\nA\n00:00:02.000 --> 00:00:03.000\nB\n');
    assert.deepEqual(positions(result.errors), [
      { code: 'missing-blank-line', line: 2, column: 1, endColumn: 30 },
      { code: 'missing-blank-line', line: 4, column: 1, endColumn: 30 },
    ]);
    assert.deepEqual(result.cues.map((c) => c.text), ['A', 'B']);
  });

  it('misplaced-block: STYLE after the first cue', () => {
    const result = parseWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA\n\nSTYLE\n::cue { color: red }\n');
    assert.deepEqual(positions(result.errors), [{ code: 'misplaced-block', line: 6, column: 1, endColumn: 6 }]);
  });

  it('accepts an arrow without surrounding spaces, as browsers do', () => {
    const result = parseWebVtt('WEBVTT\n\n00:00:01.000-->00:00:02.000\nA\n');
    assert.deepEqual(result.errors, []);
    assert.equal(result.cues[0].end, 2);
  });

  it('survives arbitrary input without throwing', () => {
    const pieces = ['WEBVTT', '', '-->', '00:00:01.000', ' ', 'NOTE', 'STYLE', 'x:y', '\r', '\n', '00:0', ',', '\ufeff', 'align:'];
    let seed = 3;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (let n = 0; n < 500; n++) {
      let text = n % 2 ? 'WEBVTT\n\n' : '';
      for (let k = 0; k < 30; k++) text += pieces[Math.floor(random() * pieces.length)] + (random() < 0.3 ? '\n' : '');
      const result = parseWebVtt(text);
      for (const e of result.errors) assert.ok(e.line >= 1 && e.column >= 1 && e.endColumn > e.column, JSON.stringify(e));
    }
  });
});
