import { ruleTester } from '../_kit/tester';
import rule from '.';

const page = (title: string) => `<!DOCTYPE html>\n<html lang="en">\n<head>\n  <title>${title}</title>\n</head>\n<body></body>\n</html>`;

ruleTester(rule, {
  valid: [
    page('Spring sale – Example Shop'),
    page('Home – Example Shop'),
    page('Documents and downloads'),
    page('Test results 2025 – City of Utrecht'),
    page(''),
    '<svg xmlns="http://www.w3.org/2000/svg"><title>Document</title></svg>',
    { code: page('Index of artists'), filename: 'index.html' },
    { code: page('About'), filename: 'about.html' },
  ],
  invalid: [
    { code: page('Document'), errors: [{ messageId: 'placeholder', data: { title: 'Document' }, line: 4, column: 10, endLine: 4, endColumn: 18 }] },
    { code: page('Untitled-1'), errors: [{ messageId: 'placeholder', data: { title: 'Untitled-1' }, line: 4, column: 10, endLine: 4, endColumn: 20 }] },
    { code: page('  Untitled   Document '), errors: [{ messageId: 'placeholder', data: { title: 'Untitled Document' }, line: 4, column: 10, endLine: 4, endColumn: 32 }] },
    { code: page('Naamloos document'), errors: [{ messageId: 'placeholder', line: 4, column: 10 }] },
    { code: page('728x90_autumn'), filename: 'banners/728x90_autumn.html', errors: [{ messageId: 'fileName', data: { title: '728x90_autumn' }, line: 4, column: 10, endLine: 4, endColumn: 23 }] },
    { code: page('index.html'), filename: 'index.html', errors: [{ messageId: 'fileName', line: 4, column: 10 }] },
  ],
});
