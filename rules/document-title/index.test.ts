import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<html><head><title>Spring sale</title></head></html>',
    { name: 'a fragment is not a page', code: '<section><h2>Hi</h2></section>' },
    '<html><head><title>Shop</title></head><body><svg><title>icon</title></svg></body></html>',
  ],
  invalid: [
    {
      code: '<html>\n<head>\n<meta charset="utf-8">\n</head>\n</html>',
      errors: [{ messageId: 'missing', line: 2, column: 1, endColumn: 7, suggestions: [{ messageId: 'addTitle', output: '<html>\n<head>\n  <title></title>\n<meta charset="utf-8">\n</head>\n</html>' }] }],
    },
    {
      name: 'CRLF files get CRLF in the inserted line',
      code: '<html>\r\n<head>\r\n</head>\r\n</html>',
      errors: [{ messageId: 'missing', line: 2, column: 1, suggestions: [{ messageId: 'addTitle', output: '<html>\r\n<head>\r\n  <title></title>\r\n</head>\r\n</html>' }] }],
    },
    {
      code: '<html><head><title>  </title></head></html>',
      errors: [{ messageId: 'empty', line: 1, column: 13, endColumn: 30 }],
    },
    {
      name: 'only an SVG title',
      code: '<html><head></head><body><svg><title>icon</title></svg></body></html>',
      errors: [{ messageId: 'missing', line: 1, column: 7 }],
    },
  ],
});
