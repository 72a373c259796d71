import { ruleTester } from '../_kit/tester';
import rule from '.';

const page = (name: string) => `<!DOCTYPE html>
<html>
<head><meta name="ad.size" content="width=160,height=600"></head>
<body>
<script>
  var clickTAG = dhtml.getVar('${name}', 'https://www.example.com/');
  var landingPageTarget = dhtml.getVar('landingPageTarget', '_blank');
</script>
</body>
</html>
`;
const manifest = (extra = '') => `{
  "version": "1.0",
  "title": "Winter",
  "width": "160",
  "height": "600",
  "clicktags": { "clickTAG": "https://www.example.com/" },
  "source": "index.html"${extra}
}
`;

ruleTester(rule, {
  valid: [
    { code: manifest(), filename: 'w/manifest.json', files: { 'w/index.html': page('clickTAG') } },
    { code: page('clickTAG'), filename: 'w/index.html', files: { 'w/manifest.json': manifest() } },
    { name: 'a site manifest outside any banner', code: '{ "name": "App", "icons": [] }', filename: 'site/manifest.json', files: { 'site/index.html': '<p>hi</p>' } },
  ],
  invalid: [
    {
      name: 'schema error at the exact key',
      code: manifest().replace('"version": "1.0"', '"version": 1').replace('"width": "160"', '"width": "160px"'), filename: 'w/manifest.json', files: { 'w/index.html': page('clickTAG') },
      errors: [{ messageId: 'schema', line: 2, column: 14, message: 'manifest.json "version" must be string.' }, { messageId: 'schema', line: 4, column: 12, message: /"width" must be a positive whole number/ }],
    },
    {
      name: 'source missing',
      code: manifest().replace('"source": "index.html"', '"source": "banner.html"'), filename: 'w/manifest.json', files: { 'w/index.html': page('clickTAG') },
      errors: [{ messageId: 'sourceMissing', line: 7, column: 13 }],
    },
    {
      name: 'declared but unused (casing)',
      code: manifest(), filename: 'w/manifest.json', files: { 'w/index.html': page('clickTag') },
      errors: [{ messageId: 'unused', line: 6, column: 18 }],
    },
    {
      name: 'read but undeclared, at the call',
      code: page('clickTag'), filename: 'w/index.html', files: { 'w/manifest.json': manifest() },
      errors: [{ messageId: 'undeclared', line: 6, column: 31, message: /the manifest has "clickTAG"/ }],
    },
    {
      name: 'required and missing',
      code: page('clickTAG'), filename: 'w_160x600/index.html', settings: { banner: { profile: 'adform' } },
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});
