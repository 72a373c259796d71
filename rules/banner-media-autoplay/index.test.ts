import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, CM360, GOOGLE_ADS } from '../../test/banner/fixtures';

const withMedia = (tag: string) => CM360_OK.replace('<body>', `<body>\n${tag}`);

ruleTester(rule, {
  valid: [{ code: withMedia('<video src="a.mp4" autoplay muted></video>'), filename: '300x250/index.html', settings: CM360 }],
  invalid: [
    { name: 'video in a fragment', code: '<!DOCTYPE html><html><head><meta name="ad.size" content="width=300,height=250"></head><body><video src="a.mp4" autoplay></video></body></html>', filename: '300x250/index.html', settings: CM360, errors: [{ messageId: 'unmuted', line: 1, column: 93 }], output: '<!DOCTYPE html><html><head><meta name="ad.size" content="width=300,height=250"></head><body><video src="a.mp4" autoplay muted></video></body></html>' },
    { code: withMedia('<video src="a.mp4" autoplay></video>'), filename: '300x250/index.html', settings: CM360, errors: [{ messageId: 'unmuted', line: 8, column: 1 }], output: withMedia('<video src="a.mp4" autoplay muted></video>') },
    { code: withMedia('<audio src="a.mp3" autoplay></audio>'), filename: '300x250/index.html', settings: CM360, errors: [{ messageId: 'autoplayAudio', line: 8, column: 1 }] },
    { code: withMedia('<video src="a.mp4"></video>'), filename: '300x250/index.html', settings: GOOGLE_ADS, errors: [{ messageId: 'notAllowed', line: 8, column: 1 }] },
  ],
});
