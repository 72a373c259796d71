import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, CM360, GOOGLE_ADS, IAB } from '../../test/banner/fixtures';

const bare = '<!DOCTYPE html>\n<html>\n<head>\n  <meta name="ad.size" content="width=300,height=250">\n</head>\n<body>\n  <div id="banner"></div>\n</body>\n</html>\n';
const IAB_OK = bare.replace('</body>', '<script>\n  var clickTag = new URLSearchParams(location.search).get("clickTag");\n  banner.onclick = function () { window.open(clickTag, "_blank"); };\n</script>\n</body>');

ruleTester(rule, {
  valid: [
    { code: CM360_OK, filename: '300x250/index.html', settings: CM360 },
    { code: IAB_OK, filename: '300x250/index.html', settings: IAB },
    { name: 'google-ads needs no click tag', code: bare, filename: '300x250/index.html', settings: GOOGLE_ADS },
    { name: 'not a banner', code: '<a href="https://www.example.com/">x</a>', filename: 'site/index.html' },
  ],
  invalid: [
    {
      name: 'missing, with the profile boilerplate as a suggestion',
      code: bare, filename: '300x250/index.html', settings: CM360,
      errors: [{
        messageId: 'missing', line: 3, column: 1,
        suggestions: [{ messageId: 'insertBoilerplate', output: bare.replace('<head>\n', '<head>\n  <script type="text/javascript">\n    var clickTag = "https://www.example.com/";\n  </script>\n') }],
      }],
    },
    {
      name: 'wrong casing for CM360, never auto-fixed',
      code: CM360_OK.replace(/clickTag/g, 'clickTAG'), filename: '300x250/index.html', settings: CM360,
      errors: [{ messageId: 'name', line: 5, column: 15, endColumn: 23 }],
    },
    {
      name: 'declared in <body>',
      code: CM360_OK.replace('  <script>var clickTag = "https://www.example.com/";</script>\n', '').replace('<body>', '<body>\n<script>var clickTag = "https://www.example.com/";</script>'),
      filename: '300x250/index.html', settings: CM360,
      errors: [{ messageId: 'location', line: 7, column: 13 }],
    },
    {
      name: 'hard-coded landing URL, replaced by the click tag',
      code: CM360_OK.replace("window.open(window.clickTag, '_blank')", "window.open('https://www.brand.example/sale', '_blank')"),
      filename: '300x250/index.html', settings: CM360,
      errors: [
        { messageId: 'unused', line: 5, column: 15 },
        {
          messageId: 'hardcoded', line: 8, column: 41,
          suggestions: [{ messageId: 'useVariable', output: CM360_OK.replace("window.open(window.clickTag, '_blank')", "window.open(clickTag, '_blank')") }],
        },
      ],
    },
    {
      name: 'no _blank',
      code: CM360_OK.replace("window.open(window.clickTag, '_blank')", 'window.open(window.clickTag)'), filename: '300x250/index.html', settings: CM360,
      errors: [{ messageId: 'target', line: 8, column: 29, suggestions: [{ messageId: 'addBlank', output: CM360_OK.replace("window.open(window.clickTag, '_blank')", "window.open(window.clickTag, '_blank')") }] }],
    },
    {
      name: 'IAB: fixed URL instead of the URL parameter',
      code: bare.replace('</head>', '<script>var clickTag = "https://www.brand.example/";</script>\n</head>').replace('</body>', '<script>banner.onclick = function () { window.open(clickTag, "_blank"); };</script>\n</body>'),
      filename: '300x250/index.html', settings: IAB,
      errors: [{ messageId: 'notFromUrl', line: 5, column: 24 }],
    },
    {
      name: 'two exits on Google Ads',
      code: bare.replace('</body>', '<script>\n  a.onclick = function () { ExitApi.exit(); };\n  b.onclick = function () { ExitApi.exit(); };\n</script>\n</body>'),
      filename: '300x250/index.html', settings: GOOGLE_ADS,
      errors: [{ messageId: 'exits', line: 10, column: 29, endColumn: 41 }],
    },
  ],
});
