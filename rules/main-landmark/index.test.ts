import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<main><p>Text.</p></main>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<div role=\"main\"><p>Text.</p></div>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<p>Only main content.</p>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<section aria-label=\"Chapter\"><p>Text.</p></section>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang="en"><head><title>Chapter 1</title></head><body>\n<header><img src="logo.png" alt="Example"></header>\n<div><p>Text.</p></div>\n</body></html>', filename: 'page.html' },
  ],
  invalid: [
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<div><h1>Chapter 1</h1><p>Text.</p></div>\n</body></html>', filename: 'page.html', errors: [{ messageId: 'fails', line: 3, column: 1, endLine: 3, endColumn: 6 }] },
  ],
});
