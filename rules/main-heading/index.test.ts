import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<main><h1>Chapter 1</h1><p>Text.</p></main>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<div><p role=\"heading\" aria-level=\"1\">Chapter 1</p><p>Text.</p></div>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<p>Only main content.</p>\n</body></html>', filename: 'page.html' },
  ],
  invalid: [
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<main><p>Text.</p></main>\n</body></html>', filename: 'page.html', errors: [{ messageId: 'fails', line: 3, column: 1, endLine: 3, endColumn: 6 }] },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><h2>Chapters</h2><a href=\"ch2.html\">Chapter 2</a></nav>\n<main><p>Text.</p></main>\n</body></html>', filename: 'page.html', errors: [{ messageId: 'fails', line: 3, column: 1, endLine: 3, endColumn: 6 }] },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<main><h1 style=\"position: absolute; left: -9999px\">Chapter 1</h1><p>Text.</p></main>\n</body></html>', filename: 'page.html', errors: [{ messageId: 'fails', line: 3, column: 1, endLine: 3, endColumn: 6 }] },
  ],
});
