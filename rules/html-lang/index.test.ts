import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<!DOCTYPE html><html lang="en"><head><title>x</title></head></html>',
    '<html lang="nl-BE"></html>',
    '<html lang="zh-Hant-TW"></html>',
    { name: 'fragments without <html> are partials', code: '<p>Hello</p>' },
    '<html lang="fil"></html>',
    { name: 'xml:lang counts in XHTML', code: '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"></html>', filename: 'page.xhtml' },
  ],
  invalid: [
    {
      code: '<!DOCTYPE html>\n<html>\n<head></head></html>',
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 7, suggestions: [{ messageId: 'addLang', output: '<!DOCTYPE html>\n<html lang="en">\n<head></head></html>' }] }],
      output: null,
    },
    {
      name: 'the configured language is a safe fix',
      code: '<html class="no-js">\n</html>',
      settings: { language: 'nl' },
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
      output: '<html class="no-js" lang="nl">\n</html>',
    },
    {
      code: '<html lang="">\n</html>',
      errors: [{ messageId: 'empty', line: 1, column: 1 }],
      output: null,
    },
    {
      code: '<html lang="english">\n</html>',
      errors: [{ messageId: 'invalid', data: { lang: 'english' }, line: 1, column: 13, endColumn: 20 }],
    },
    {
      code: '<html lang="en_US"></html>',
      errors: [{ messageId: 'invalid', line: 1, column: 13, endColumn: 18 }],
    },
    {
      name: 'a well-formed tag whose language is not registered',
      code: '<html lang="em-US"></html>',
      errors: [{ messageId: 'invalid', data: { lang: 'em-US' }, line: 1, column: 13, endColumn: 18 }],
    },
    {
      name: 'xml:lang alone does not set the language of an HTML page',
      code: '<html xml:lang="en">\n</html>',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 21 }],
      output: null,
    },
  ],
});
