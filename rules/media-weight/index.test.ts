import { ruleTester } from '../_kit/tester';
import rule from '.';

const files = { 'media/big.mp4': new Uint8Array(3000), 'media/small.mp4': new Uint8Array(500), 'media/talk.mp3': new Uint8Array(2500) };
const options = { videoBytes: 2000, autoplayVideoBytes: 1000, audioBytes: 2000 };

ruleTester(rule, {
  valid: [
    { code: '<video src="media/small.mp4" autoplay muted playsinline></video>', files, options },
    { code: '<video controls><source src="media/small.mp4" type="video/mp4"></video>', files, options },
    { name: 'remote files are not measured', code: '<video src="https://cdn.example.com/big.mp4"></video>', files, options },
    { name: 'missing files are another rule\'s problem', code: '<video src="media/none.mp4"></video>', files, options },
    { name: 'defaults allow small files', code: '<video src="media/big.mp4"></video>', files },
  ],
  invalid: [
    {
      code: '<video controls>\n  <source src="media/big.mp4" type="video/mp4">\n</video>',
      files, options,
      errors: [{ messageId: 'video', line: 2, column: 16, endLine: 2, endColumn: 29, message: 'Video "media/big.mp4" is 2.9 KB, over the 2.0 KB budget for page video; compress it or shorten it.' }],
    },
    {
      name: 'autoplaying video has the tighter budget',
      code: '<video src="media/small.mp4?v=2" autoplay muted></video>',
      files, options: { ...options, autoplayVideoBytes: 400 },
      errors: [{ messageId: 'autoplayVideo', line: 1, column: 13, endColumn: 32 }],
    },
    {
      name: 'budget from settings.media.pageBudget',
      code: '<audio src="media/talk.mp3" controls></audio>',
      files, settings: { media: { pageBudget: { audioBytes: 1000 } } },
      errors: [{ messageId: 'audio', line: 1, column: 13, message: /over the 1000 B budget/ }],
    },
  ],
});
