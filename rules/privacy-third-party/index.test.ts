import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    { filename: 'index.html', code: '<link rel="stylesheet" href="css/site.css"><a href="https://www.facebook.com/acme">Facebook</a>' },
    { filename: 'index.html', code: '<script src="https://cdn.acme.com/app.js"></script>', settings: { assets: { allowedHosts: ['*.acme.com'] } } },
    { filename: 'index.html', code: '<img src="https://img.example.org/a.png" alt="">', options: { reportUnknownHosts: false } },
  ],
  invalid: [
    {
      filename: 'index.html',
      code: '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">',
      errors: [{ messageId: 'thirdParty', message: /^Google Fonts \(fonts\.googleapis\.com\): web fonts from a font CDN/, line: 1, column: 30, endLine: 1, endColumn: 76, suggestions: [] }],
    },
    {
      filename: 'index.html',
      code: '<iframe src="https://www.youtube.com/embed/abc"></iframe>\n<script src="https://code.jquery.com/jquery.min.js"></script>',
      files: { 'js/jquery.min.js': '/* local */' },
      errors: [
        { messageId: 'thirdParty', message: /^YouTube \(www\.youtube\.com\): video embed/, line: 1, column: 14, endColumn: 47, suggestions: [{ messageId: 'privacyHost', output: '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>\n<script src="https://code.jquery.com/jquery.min.js"></script>' }] },
        { messageId: 'thirdParty', line: 2, column: 14, endColumn: 51, suggestions: [{ messageId: 'useLocal', output: '<iframe src="https://www.youtube.com/embed/abc"></iframe>\n<script src="js/jquery.min.js"></script>' }] },
      ],
      output: null,
    },
    {
      filename: 'style.css',
      code: '@font-face { font-family: X; src: url(https://fonts.gstatic.com/s/x.woff2) }',
      errors: [{ messageId: 'thirdParty', line: 1, column: 39, endColumn: 74 }],
    },
  ],
});
