import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<a href=\"#main\">Skip to main content</a>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<main id=\"main\"><p>Text.</p></main>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<p>Only main content.</p>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<div role=\"link\" tabindex=\"0\" onclick=\"location.hash=\'main\'\">Skip</div>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<main id=\"main\"><p>Text.</p></main>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang="en"><head><title>Chapter 1</title></head><body>\n<a href="#end-of-aside">Skip to main content</a>\n<aside><p>About the book.</p><span id="end-of-aside"></span></aside>\n<div><p>Text.</p></div>\n</body></html>', filename: 'page.html' },
    { code: '<!doctype html>\n<html lang="en"><head><title>Chapter 1</title></head><body>\n<header><img src="logo.png" alt="Example"></header>\n<div><p>Text.</p></div>\n</body></html>', filename: 'page.html' },
  ],
  invalid: [
    { code: '<!doctype html>\n<html lang="en"><head><title>Chapter 1</title></head><body>\n<a href="#about">Skip to main content</a>\n<aside><p id="about">About the book.</p></aside>\n<div><p>Text.</p></div>\n</body></html>', filename: 'page.html', errors: [{ messageId: 'fails', line: 4, column: 1, endLine: 4, endColumn: 8 }] },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<main><h1>Chapter 1</h1><p>Text.</p></main>\n</body></html>', filename: 'page.html', errors: [{ messageId: 'fails', line: 3, column: 1, endLine: 3, endColumn: 6 }] },
    { code: '<!doctype html>\n<html lang=\"en\"><head><title>Chapter 1</title></head><body>\n<a href=\"#missing\">Skip to main content</a>\n<nav><a href=\"ch2.html\">Chapter 2</a></nav>\n<main id=\"main\"><p>Text.</p></main>\n</body></html>', filename: 'page.html', errors: [{ messageId: 'fails', line: 4, column: 1, endLine: 4, endColumn: 6 }] },
  ],
});
