import { ruleTester } from '../_kit/tester';
import rule from '.';

const page = (css: string) => `<html lang="en"><head><style>\n${css}\n</style></head><body>Content</body></html>`;

ruleTester(rule, {
  valid: [
    page('@media (orientation: portrait) { html { transform: rotateZ(1turn); } }'),
    page('@media (orientation: portrait) { html { rotate: 0turn; } }'),
    page('@media (orientation: portrait) { body { transform: translateX(100px); } }'),
    page('@media (orientation: lanscape) { body { transform: rotate(90deg); } }'),
    page('@media (orientation: portrait) { .card { transform: rotate(90deg); } }'),
    page('html { transform: rotate(90deg); }'),
    page('@media (min-width: 600px) { body { transform: rotate(90deg); } }'),
    { code: '@media (orientation: portrait) {\n  body { transform: skewX(10deg) rotate(90deg); }\n}', filename: 'site.css' },
    `<html><head><style>@media (orientation: portrait) { body { transform: rotate(90deg); } }</style></head><body style="display: none">x</body></html>`,
  ],
  invalid: [
    {
      code: page('@media (orientation: portrait) {\n  html { transform: rotate(90deg); }\n}'),
      errors: [{ messageId: 'locked', data: { orientation: 'portrait' }, line: 3, column: 10, endLine: 3, endColumn: 34 }],
    },
    {
      name: 'relative to the rotation outside the media query',
      code: page('body { transform: rotate(2.5deg); }\n@media (orientation: landscape) {\n  body { transform: rotate(92.5deg); }\n}'),
      errors: [{ messageId: 'locked', data: { orientation: 'landscape' }, line: 4, column: 10 }],
    },
    { code: page('@media (orientation: portrait) { html { rotate: 90deg; } }'), errors: [{ messageId: 'locked', line: 2 }] },
    { code: page('@media screen and (orientation: portrait) { :root { transform: rotate3d(0, 0, 1, -0.25turn); } }'), errors: [{ messageId: 'locked', line: 2 }] },
    { code: '@media (orientation: portrait) {\n  body { transform: matrix(0, 1, -1, 0, 0, 0); }\n}', filename: 'site.css', errors: [{ messageId: 'locked', line: 2, column: 10, endLine: 2, endColumn: 46 }] },
  ],
});
