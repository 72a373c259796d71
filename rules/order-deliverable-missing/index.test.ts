import { ruleTester } from '../_kit/tester';
import rule from '.';

const order = (body: string) => `deliveryFolder: out\ndeliverables:\n${body}`;

ruleTester(rule, {
  valid: [
    { filename: 'crossmedia-order.yaml', code: order('  - name: Story\n    path: social/story.mp4\n    type: video\n'), files: { 'out/social/story.mp4': 'x' } },
    { name: 'folder deliverable with files', filename: 'crossmedia-order.yaml', code: order('  - name: Banner\n    path: banners/300x250/\n    type: banner\n'), files: { 'out/banners/300x250/index.html': '<p>' } },
    { name: 'glob with enough matches', filename: 'crossmedia-order.yaml', code: order('  - name: Stills\n    path: stills/*.jpg\n    type: image\n    count: 2\n'), files: { 'out/stills/a.jpg': 'x', 'out/stills/b.jpg': 'x' } },
    { name: 'no order file, no problem', filename: 'data.yaml', code: 'deliverables: []\n' },
  ],
  invalid: [
    {
      filename: 'crossmedia-order.yaml',
      code: order('  - name: Story\n    path: social/story.mp4\n    type: video\n  - name: Feed\n    path: social/feed.jpg\n    type: image\n'),
      files: { 'out/social/feed.jpg': 'x', 'social/story.mp4': 'outside the delivery folder' },
      errors: [{ messageId: 'missing', filename: 'crossmedia-order.yaml', line: 4, column: 11, endLine: 4, endColumn: 27, message: '"Story" (video) is missing: nothing at "social/story.mp4" in the delivery folder.' }],
    },
    {
      name: 'empty folder and too few glob matches',
      filename: 'crossmedia-order.json',
      code: '{\n  "deliverables": [\n    { "name": "Banner", "path": "banners/", "type": "banner" },\n    { "name": "Stills", "path": "stills/*.jpg", "type": "image", "count": 3 }\n  ]\n}',
      files: { 'stills/a.jpg': 'x', 'stills/b.png': 'x' },
      errors: [
        { messageId: 'missing', line: 3, column: 33 },
        { messageId: 'tooFew', line: 4, column: 33, message: '"Stills" asks for 3 files matching "stills/*.jpg"; 1 delivered.' },
      ],
    },
  ],
});
