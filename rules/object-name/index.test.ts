import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<object title="Moon speech" data="speech.mp3"></object>',
    '<object aria-label="Intro film" data="intro.mp4"></object>',
    '<span id="l">Logo</span><object aria-labelledby="l" data="logo.png"></object>',
    '<object role="img" title="Logo" data="logo.png"></object>',
    '<object data="intro.mp4" style="display: none"></object>',
    '<object data="page.html"></object>',
    '<object data="report.pdf" type="application/pdf"></object>',
    '<object data="intro.mp4"><p>Your browser cannot play this film: <a href="intro.mp4">download it</a>.</p></object>',
  ],
  invalid: [
    { code: '<body>\n  <object data="speech.mp3"></object>\n</body>', errors: [{ messageId: 'noName', data: { kind: 'audio' }, line: 2, column: 3, endLine: 2, endColumn: 29 }] },
    { code: '<object title="" data="intro.mp4"></object>', errors: [{ messageId: 'noName', data: { kind: 'a video' }, line: 1, column: 1, endLine: 1, endColumn: 35 }] },
    { code: '<object data="/chart" type="image/png"></object>', errors: [{ messageId: 'noName', data: { kind: 'an image' }, line: 1, column: 1 }] },
  ],
});
