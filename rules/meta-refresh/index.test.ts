import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<meta http-equiv="refresh" content="0; url=https://example.com/">',
    '<meta http-equiv="refresh" content="72001">',
    '<meta http-equiv="refresh" content="0: https://example.com/">',
    '<meta http-equiv="refresh" content="soon; url=/next.html">',
    { name: 'only the first valid declaration counts', code: '<meta http-equiv="refresh" content="0; /a.html"><meta http-equiv="refresh" content="5; /b.html">' },
  ],
  invalid: [
    { code: '<meta http-equiv="refresh" content="30">', errors: [{ messageId: 'delayed', data: { what: 'refreshes', delay: 30 }, line: 1, column: 37, endLine: 1, endColumn: 39 }] },
    { code: '<head>\n<meta http-equiv="Refresh" content="5; URL=\'/next.html\'">\n</head>', errors: [{ messageId: 'delayed', data: { what: 'redirects', delay: 5 }, line: 2, column: 37 }] },
    { name: 'strict setting: no delay at all', code: '<meta http-equiv="refresh" content="72001">', options: { maxDelay: 0 }, errors: [{ messageId: 'delayed', line: 1, column: 37 }] },
  ],
});
