import { ruleTester } from '../_kit/tester';
import rule from '.';

const settings = { houseStyle: { projectWords: ['Fietsplan'], words: ['PostNL'] } };
const config = '{\n  "houseStyle": {\n    "projectWords": ["Fietsplan"]\n  }\n}\n';

ruleTester(rule, {
  valid: [
    { name: 'no house style', code: '<p lang="en">Thiss is wrng</p>' },
    { code: '<html lang="en"><p>The color of the bicycle is red. Fietsplan by PostNL, see www.example.com or mail a@b.nl. NASA’s well-known e-bike.</p><script>var wrng</script></html>', settings },
    { name: 'a language without a dictionary is not checked', code: '<p lang="xx">Qwzx blorf</p>', settings },
    { name: 'Dutch text by its lang attribute', code: '<p lang="nl-NL">Fietsen is gezond voor iedereen.</p>', settings },
  ],
  invalid: [
    {
      name: 'text node, with replacement suggestions',
      code: '<html lang="en-GB"><body>\n<p>Buy a new bicylce today</p>\n</body></html>',
      settings,
      errors: [{
        messageId: 'unknown', data: { word: 'bicylce', language: 'English' }, line: 2, column: 14, endLine: 2, endColumn: 21,
        suggestions: [{ messageId: 'replace', output: '<html lang="en-GB"><body>\n<p>Buy a new bicycle today</p>\n</body></html>' }],
      }],
      output: null,
    },
    {
      name: 'alt and aria-label; the element language wins over the page language',
      code: '<html lang="nl"><img lang="en" alt="A smilling face" src="a.png"><a lang="en" aria-label="Shopp now" href="#">x</a></html>',
      settings,
      errors: [
        { messageId: 'unknown', data: { word: 'smilling', language: 'English' }, line: 1, column: 39, endColumn: 47 },
        { messageId: 'unknown', data: { word: 'Shopp', language: 'English' }, line: 1, column: 91, endColumn: 96 },
      ],
    },
    {
      name: '"add to project words" edits the configuration file',
      code: '<p lang="en">Welcome to Zwolletown</p>',
      files: { 'crossmedia-lint.config.json': config },
      errors: [{ messageId: 'unknown', line: 1, column: 25, endColumn: 35, suggestions: [{ messageId: 'addWord' }] }],
    },
    {
      name: 'SVG text',
      filename: 'a.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg" lang="en"><text>Greate deals</text></svg>',
      settings: { ...settings, houseStyle: { ...settings.houseStyle } },
      options: { maxSuggestions: 0 },
      errors: [{ messageId: 'unknown', line: 1, column: 57, endColumn: 63, suggestions: null }],
    },
  ],
});
