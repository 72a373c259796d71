import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: ['{"version": "1.0", "width": 300}', '[]'],
  invalid: [
    { code: '{\n  "width": 300,\n  "height": \n}', errors: [{ messageId: 'syntax', line: 4, column: 1, message: 'JSON syntax error: value expected.' }] },
    { code: '{"a": 1,}', errors: [{ messageId: 'syntax', line: 1, column: 9 }] },
    { code: '{"a": 1} // note', errors: [{ messageId: 'syntax', line: 1, column: 10, message: 'JSON syntax error: comments are not allowed in JSON.' }] },
  ],
});
