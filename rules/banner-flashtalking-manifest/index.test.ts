import { ruleTester } from '../_kit/tester';
import rule from '.';

const page = `<!DOCTYPE html>
<html>
<head><script src="https://cdn.flashtalking.com/frameworks/js/api/v2/10/html5API.js"></script></head>
<body>
<script>
  var myFT = new FT();
  myFT.applyClickTag(document.body, 1);
</script>
</body>
</html>
`;
const manifest = (body: string) => `FT.manifest({\n${body}\n});\n`;
const OK = manifest('  "filename": "index.html",\n  "width": 300,\n  "height": 250,\n  "clickTagCount": 1');

ruleTester(rule, {
  valid: [
    { code: OK, filename: 'ft/manifest.js', files: { 'ft/index.html': page } },
    { code: page, filename: 'ft/index.html', files: { 'ft/manifest.js': OK } },
  ],
  invalid: [
    { name: 'syntax error', code: 'FT.manifest({\n  "filename": "index.html",,\n});', filename: 'ft/manifest.js', files: { 'ft/index.html': page }, errors: [{ messageId: 'syntax', line: 2, column: 28 }] },
    { name: 'count out of range', code: OK.replace('"clickTagCount": 1', '"clickTagCount": 21'), filename: 'ft/manifest.js', files: { 'ft/index.html': page }, errors: [{ messageId: 'clickTagCount', line: 5, column: 20, endColumn: 22 }] },
    { name: 'missing fields', code: manifest('  "filename": "index.html"'), filename: 'ft/manifest.js', files: { 'ft/index.html': page }, errors: [{ messageId: 'missingField', data: { field: 'clickTagCount' }, line: 1, column: 13 }, { messageId: 'missingField', data: { field: 'height' }, line: 1, column: 13 }, { messageId: 'missingField', data: { field: 'width' }, line: 1, column: 13 }] },
    {
      name: 'duplicate instantAds and richloads spelling',
      code: OK.replace('"clickTagCount": 1', '"clickTagCount": 1,\n  "richloads": [],\n  "instantAds": [{ "name": "headline", "type": "text" }, { "name": "headline", "type": "text" }]'),
      filename: 'ft/manifest.js', files: { 'ft/index.html': page },
      errors: [{ messageId: 'richLoadsSpelling', line: 6, column: 3 }, { messageId: 'duplicateInstantAd', line: 7, column: 68 }],
    },
    { name: 'filename missing', code: OK.replace('index.html', 'main.html'), filename: 'ft/manifest.js', files: { 'ft/index.html': page }, errors: [{ messageId: 'filenameMissing', line: 2, column: 15 }] },
    { name: 'click tag beyond the count', code: page.replace('document.body, 1', 'document.body, 2'), filename: 'ft/index.html', files: { 'ft/manifest.js': OK }, errors: [{ messageId: 'clickTagIndex', line: 7, column: 37 }] },
  ],
});
