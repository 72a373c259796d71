import { ruleTester } from '../_kit/tester';
import rule from '.';

const dutch = 'Wij zijn een klein bureau in Utrecht en wij maken websites voor musea, bibliotheken en andere culturele instellingen. Het is belangrijk dat iedereen de informatie kan lezen, ook mensen die een schermlezer gebruiken.';
const english = 'We are a small studio in Utrecht and we make websites for museums, libraries and other cultural institutions. It is important that everyone can read the information, including people who use a screen reader.';

ruleTester(rule, {
  valid: [
    `<html lang="nl"><body><p>${dutch}</p></body></html>`,
    `<html lang="en"><body><p>${english}</p><p lang="nl">${dutch}</p></body></html>`,
    '<html lang="nl"><body><p>The Dutch word "gelukkig" has no English equivalent.</p></body></html>',
  ],
  invalid: [
    {
      code: `<html lang="en">\n<body><p>${dutch}</p></body></html>`,
      errors: [{ messageId: 'mismatch', line: 1, column: 13, endLine: 1, endColumn: 15, suggestions: [{ messageId: 'useGuess', output: `<html lang="nl">\n<body><p>${dutch}</p></body></html>` }] }],
    },
  ],
});
