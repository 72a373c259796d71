import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<main><p>Text.</p></main>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<div><h1>Chapter 1</h1><p>Text.</p></div>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<a href=\"#content\">Skip to content</a>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<div id=\"content\"><p>Text.</p></div>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<details><summary>Menu</summary><nav><a href=\"ch2.html\">Chapter 2</a></nav>\n</details>\n<div><p>Text.</p></div>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<script src=\"menu.js\"></script>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<div><p>Text.</p></div>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<p>Only main content, nothing repeated.</p>\n</body></html>', filename: 'page.html' },
  ],
  invalid: [
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<div><p>Text.</p></div>\n</body></html>', filename: 'page.html', errors: [{ messageId: 'fails', line: 3, column: 1, endLine: 3, endColumn: 6 }] },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<a href="ch2.html">Read chapter 2</a>\n<aside><p>About the book.</p></aside>\n<div><strong>Chapter 1</strong><p>Text.</p></div>\n</body></html>', filename: 'page.html', errors: [{ messageId: 'fails', line: 4, column: 1, endLine: 4, endColumn: 8 }] },
  ],
});
