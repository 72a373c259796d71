import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p>ok</p></body></html>',
    { name: 'missing doctype is quiet by default', code: '<p>fragment</p>' },
  ],
  invalid: [
    {
      code: '<!DOCTYPE html>\n<p class="a" class="b">x</p>',
      errors: [{ messageId: 'parseError', line: 2, column: 14, endColumn: 19, message: /duplicate-attribute/ }],
    },
    {
      code: '<!DOCTYPE html>\n<img src="a"alt="">',
      errors: [{ messageId: 'parseError', line: 2, column: 13, message: /missing-whitespace-between-attributes/ }],
    },
    {
      name: 'options replace the default ignore list',
      code: '<p>x</p>',
      options: { ignore: [] },
      errors: [{ messageId: 'parseError', line: 1, column: 1, message: /missing-doctype/ }],
    },
  ],
});
