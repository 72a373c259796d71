import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    'a { color: red }',
    { filename: 'page.html', code: '<style>a{color:red}</style><p style="color: red">x</p>' },
  ],
  invalid: [
    { code: 'a { color: red }\nb { color: blue }}', errors: [{ messageId: 'syntax', line: 2, column: 18, message: 'CSS syntax error: Unexpected }.' }] },
    { code: 'a {\n  color: red;\n', errors: [{ messageId: 'syntax', line: 1, column: 1, message: 'CSS syntax error: Unclosed block.' }] },
    {
      name: 'inside <style>, at the place in the HTML',
      filename: 'page.html',
      code: '<html>\n<style>\n  a { color: red; }}\n</style>\n</html>',
      errors: [{ messageId: 'syntax', line: 3, column: 20 }],
    },
    {
      name: 'inside style=""',
      filename: 'page.html',
      code: '<p style="color: red; }">x</p>',
      errors: [{ messageId: 'syntax', line: 1, column: 23 }],
    },
  ],
});

ruleTester(rule, {
  valid: [
    { name: 'CDATA around SVG <style> is not CSS', filename: 'icon.svg', code: '<svg xmlns="http://www.w3.org/2000/svg"><style><![CDATA[\n  .a { fill: red; }\n]]></style></svg>' },
  ],
  invalid: [
    {
      name: 'an error inside SVG CDATA keeps its place',
      filename: 'icon.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg"><style><![CDATA[\n  .a { fill: red; }}\n]]></style></svg>',
      errors: [{ messageId: 'syntax', line: 2, column: 20 }],
    },
  ],
});
