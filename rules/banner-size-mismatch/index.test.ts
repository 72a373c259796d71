import { ruleTester } from '../_kit/tester';
import rule from '.';
import { CM360_OK, CM360 } from '../../test/banner/fixtures';

ruleTester(rule, {
  valid: [
    { code: CM360_OK, filename: '300x250/index.html', settings: CM360 },
    { code: CM360_OK.replace('<body>', '<body>\n<style>#banner { width: 300px; height: 250px; }</style>'), filename: 'b/index.html', settings: CM360 },
  ],
  invalid: [
    {
      name: 'meta against folder name',
      code: CM360_OK, filename: 'spring_300x600/index.html', settings: CM360,
      errors: [{ messageId: 'mismatch', line: 4, column: 33, message: 'The ad.size meta says 300x250 but the package name "spring_300x600" says 300x600.' }],
    },
    {
      name: 'CSS stage box',
      code: CM360_OK.replace('</head>', '<style>\n#banner { width: 320px; height: 250px; }\n</style>\n</head>'), filename: 'b/index.html', settings: CM360,
      errors: [{ messageId: 'stage', line: 7, column: 11, endColumn: 23 }],
    },
    {
      name: 'Animate canvas',
      code: CM360_OK.replace('<body>', '<body>\n<canvas id="canvas" width="300" height="600"></canvas>'), filename: 'b/index.html', settings: CM360,
      errors: [{ messageId: 'stage', line: 8, column: 1 }],
    },
  ],
});
