import { ruleTester } from '../_kit/tester';
import rule from '.';
import { fontWith } from '../../test/licence/assets';

const face = (src: string) => `@font-face {\n  font-family: "Brand";\n  src: ${src};\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'installable font', filename: 'style.css', code: face('url(fonts/ok.ttf) format("truetype")'), files: { 'fonts/ok.ttf': fontWith(0) } },
    { name: 'editable embedding is allowed by default', filename: 'style.css', code: face('url(fonts/ed.ttf)'), files: { 'fonts/ed.ttf': fontWith(0x0008) } },
    { name: 'preview & print allowed by default', filename: 'style.css', code: face('url(fonts/pp.ttf)'), files: { 'fonts/pp.ttf': fontWith(0x0004) } },
    { name: 'a restricted font that is not in @font-face (a download link)', code: '<a href="fonts/r.ttf">Download</a>', filename: 'index.html', files: { 'fonts/r.ttf': fontWith(0x0002) } },
  ],
  invalid: [
    {
      name: 'restricted licence embedding served as a web font',
      code: face('url("fonts/r.ttf") format("truetype")'),
      filename: 'style.css',
      files: { 'fonts/r.ttf': fontWith(0x0002) },
      errors: [{ messageId: 'forbidden', data: { asset: 'fonts/r.ttf', fsType: '0002', meaning: 'restricted licence embedding: the font must not be embedded or served at all' }, line: 3, column: 13, endLine: 3, endColumn: 24 }],
    },
    {
      name: 'in a <style> of a page, with forbid including preview-print',
      code: `<style>\n${face('url(f/pp.ttf)')}</style>`,
      filename: 'index.html',
      options: { forbid: ['restricted', 'preview-print'] },
      files: { 'f/pp.ttf': fontWith(0x0004) },
      errors: [{ messageId: 'forbidden', message: /fsType 0x0004: preview & print/, line: 4, column: 12 }],
    },
  ],
});
