import { ruleTester } from '../_kit/tester';
import rule from '.';

const order = {
  'crossmedia-order.yaml': 'deliveryFolder: out\nignore: ["**/*.md"]\ndeliverables:\n  - name: Story\n    path: social/story.mp4\n    type: video\n  - name: Page\n    path: page/index.html\n    type: page\n  - name: Banners\n    path: banners/\n    type: banner\n  - name: Stills\n    path: "stills/*.jpg"\n    type: image\n',
};

ruleTester(rule, {
  valid: [
    { filename: 'out/social/story.mp4', code: 'x', files: order },
    { name: 'caption sidecar of an ordered video', filename: 'out/social/story.en.vtt', code: 'WEBVTT\n', files: order },
    { name: 'assets in the folder of an ordered page', filename: 'out/page/img/hero.jpg', code: 'x', files: order },
    { name: 'inside an ordered folder', filename: 'out/banners/300x250/index.html', code: '<p>', files: order },
    { name: 'matched by a glob', filename: 'out/stills/a.jpg', code: 'x', files: order },
    { name: 'ignored by the order', filename: 'out/notes/README.md', code: '# notes', files: order },
    { name: 'outside the delivery folder', filename: 'README.md', code: '# job', files: order },
    { name: 'no order file', filename: 'out/anything.png', code: 'x' },
  ],
  invalid: [
    {
      filename: 'out/social/story-old.mp4',
      code: 'x',
      files: order,
      errors: [{ messageId: 'unrequested', line: 1, column: 1, message: /^"social\/story-old\.mp4" is in the delivery folder but no line of the order asks for it/ }],
    },
    {
      name: 'a glob that does not match',
      filename: 'out/stills/a.png',
      code: 'x',
      files: order,
      errors: [{ messageId: 'unrequested', line: 1, column: 1, data: { path: 'stills/a.png' } }],
    },
  ],
});
