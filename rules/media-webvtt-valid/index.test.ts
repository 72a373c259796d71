import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    { filename: 'captions.vtt', code: 'WEBVTT\n\n00:00.000 --> 00:01.500\nHello\n\n00:00:02.000 --> 00:00:03.000 align:start\nWorld\n' },
    { name: 'other text files are not WebVTT', filename: 'notes.txt', code: 'not a caption file' },
  ],
  invalid: [
    {
      name: 'end before start, at the end timestamp',
      filename: 'captions.vtt',
      code: 'WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nNew season.\n\n00:00:01.500 --> 00:00:01.200\nNew colours.\n',
      errors: [{ messageId: 'endBeforeStart', line: 6, column: 18, endLine: 6, endColumn: 30 }],
    },
    {
      name: 'an SRT file saved as .vtt',
      filename: 'captions.vtt',
      code: '1\n00:00:00,000 --> 00:00:01,000\nHello\n',
      errors: [{ messageId: 'signature', line: 1, column: 1 }],
    },
    {
      name: 'bad timestamp and a missing blank line after the header',
      filename: 'subs.vtt',
      code: 'WEBVTT\n00:00:00.000 --> 00:00:01.000\nHi\n\n00:00:02.00 --> 00:00:03.000\nThere\n',
      errors: [
        { messageId: 'blankLine', line: 2, column: 1 },
        { messageId: 'timestamp', line: 5, column: 1, endColumn: 12 },
      ],
    },
  ],
});
