import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    { filename: 'crossmedia-order.yaml', code: 'deliverables:\n  - name: Story\n    path: story.mp4\n    type: video\n    profile: meta/story\n    size: 1080x1920\n    duration: 15\n    maxWeight: 4 MB\n    captions: required\n' },
    { filename: 'crossmedia-order.json', code: '{ "deliverables": [ { "name": "Feed", "path": "feed.jpg", "type": "image", "profile": "instagram/feed" } ] }' },
    { name: 'other YAML files are not orders', filename: 'data.yaml', code: 'whatever: [1, 2\n' },
  ],
  invalid: [
    {
      name: 'unknown key is reported on the key',
      filename: 'crossmedia-order.yaml',
      code: 'deliverables:\n  - name: Story\n    path: story.mp4\n    type: video\n    lenght: 15\n',
      errors: [{ messageId: 'schema', message: /Unknown key "lenght" in deliverables\[0\]; allowed: name, path, type/, line: 5, column: 5, endLine: 5, endColumn: 11 }],
    },
    {
      name: 'wrong enum value is reported on the value',
      filename: 'crossmedia-order.yml',
      code: 'deliverables:\n  - name: Story\n    path: story.mp4\n    type: movie\n',
      errors: [{ messageId: 'schema', message: 'Deliverables[0].type must be one of: video, audio, image, banner, page.', line: 4, column: 11, endLine: 4, endColumn: 16 }],
    },
    {
      name: 'missing required key is reported on the first line of the item',
      filename: 'crossmedia-order.yaml',
      code: 'deliverables:\n  - name: Story\n    type: video\n',
      errors: [{ messageId: 'schema', message: 'Deliverables[0] is missing the required key "path".', line: 2, column: 5, endLine: 2, endColumn: 16 }],
    },
    {
      name: 'a path leaving the delivery folder and a bad size',
      filename: 'crossmedia-order.yaml',
      code: 'deliverables:\n  - name: Story\n    path: ../other/story.mp4\n    type: video\n    size: 1080*1920\n',
      errors: [
        { messageId: 'schema', line: 3, column: 11, message: /must be relative to the delivery folder/ },
        { messageId: 'schema', line: 5, column: 11, message: /size must match pattern/ },
      ],
    },
    {
      name: 'unknown profile and a profile without that kind of asset',
      filename: 'crossmedia-order.yaml',
      code: 'deliverables:\n  - name: A\n    path: a.mp4\n    type: video\n    profile: myspace/feed\n  - name: B\n    path: b.jpg\n    type: image\n    profile: instagram/reel\n',
      errors: [
        { messageId: 'unknownProfile', line: 5, column: 14, endColumn: 26, message: /Unknown profile "myspace\/feed"; known: meta\/feed/ },
        { messageId: 'profileType', line: 9, column: 14, message: 'Profile "instagram/reel" has no image spec; it lists video.' },
      ],
    },
    {
      name: 'YAML error: a key given twice',
      filename: 'crossmedia-order.yaml',
      code: 'deliverables: []\ndeliverables: []\n',
      errors: [{ messageId: 'syntax', line: 2, column: 1, message: /unique/ }],
    },
    {
      name: 'top-level keys are checked too',
      filename: 'crossmedia-order.json',
      code: '{\n  "deliverable": []\n}',
      errors: [
        { messageId: 'schema', line: 1, column: 1, message: 'The order is missing the required key "deliverables".' },
        { messageId: 'schema', line: 2, column: 3, endColumn: 16, message: /Unknown key "deliverable" in the order/ },
      ],
    },
  ],
});
