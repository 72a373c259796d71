import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<meta http-equiv="refresh" content="0; url=https://example.com/">',
    '<meta http-equiv="refresh" content="30">',
    '<meta http-equiv="refresh" content="72000; url=/next.html">',
    '<meta http-equiv="refresh" content="+72001; url=/next.html">',
    '<meta http-equiv="refresh" content="soon; url=/next.html">',
    { name: 'only the first valid declaration counts', code: '<meta http-equiv="refresh" content="0; /a.html"><meta http-equiv="refresh" content="90000; /b.html">' },
  ],
  invalid: [
    { code: '<meta http-equiv="refresh" content="72001">', errors: [{ messageId: 'delayed', data: { what: 'refreshes', noun: 'refresh', delay: 72001 }, line: 1, column: 37, endLine: 1, endColumn: 42 }] },
    {
      name: 'an invalid declaration before does not count',
      code: '<head>\n<meta http-equiv="refresh" content="0: https://example.com">\n<meta http-equiv="Refresh" content="90000; URL=\'/next.html\'">\n</head>',
      errors: [{ messageId: 'delayed', data: { what: 'redirects', noun: 'redirect', delay: 90000 }, line: 3, column: 37, endLine: 3, endColumn: 60 }],
    },
    { code: '<meta http-equiv="refresh" content="30">', options: { minDelay: 0 }, errors: [{ messageId: 'delayed', line: 1, column: 37, endLine: 1, endColumn: 39 }] },
  ],
});
