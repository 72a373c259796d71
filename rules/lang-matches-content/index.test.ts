import { ruleTester } from '../_kit/tester';
import rule from '.';

const dutch = 'Wij zijn een klein bureau in Utrecht en wij maken websites voor musea, bibliotheken en andere culturele instellingen. Het is belangrijk dat iedereen de informatie kan lezen, ook mensen die een schermlezer gebruiken.';
const english = 'We are a small studio in Utrecht and we make websites for museums, libraries and other cultural institutions. It is important that everyone can read the information, including people who use a screen reader.';

ruleTester(rule, {
  valid: [
    `<html lang="nl"><body><p>${dutch}</p></body></html>`,
    `<html lang="en"><body><p>${english}</p><p lang="nl">${dutch}</p></body></html>`,
    // Short and English: the English function words agree with the declared language.
    '<html lang="EN"><head><title>Gelukkig</title></head><body><p>The Dutch word "gelukkig" has no equivalent in English.</p></body></html>',
    // Words that are French and English at once say nothing either way.
    '<html lang="fr"><head><title>Paul put dire comment on tape</title></head><body><p>Paul put dire comment on tape</p></body></html>',
    // Loanwords and names are not evidence: only function words are.
    '<html lang="nl"><head><title>Shop</title></head><body><h1>Summer Sale</h1><p>Fireworks over Paris</p></body></html>',
    // One English function word in a Dutch page is not enough.
    '<html lang="nl"><body><p>Shop the look</p></body></html>',
    // Text under another lang and hidden text do not count for the page language.
    '<html lang="nl"><body><p lang="en">The Dutch word "gelukkig" has no equivalent in English.</p></body></html>',
    '<html lang="nl"><body><p hidden>The Dutch word has no equivalent in English.</p></body></html>',
    // Undecided between languages with the same function words: nothing is reported.
    '<html lang="en"><body><p>Café de la Paix, le restaurant</p></body></html>',
  ],
  invalid: [
    {
      code: `<html lang="en">\n<body><p>${dutch}</p></body></html>`,
      errors: [{ messageId: 'mismatch', line: 1, column: 13, endLine: 1, endColumn: 15, suggestions: [{ messageId: 'useGuess', output: `<html lang="nl">\n<body><p>${dutch}</p></body></html>` }] }],
    },
    {
      code: '<!DOCTYPE html>\n<html lang="nl">\n<head><title>Gelukkig</title></head>\n<body><p>The Dutch word "gelukkig" has no equivalent in English.</p></body>\n</html>',
      errors: [{
        messageId: 'shortMismatch',
        data: { lang: 'nl', guess: 'en', guessName: 'English', langName: 'Dutch', evidence: '"the", "has", "no"' },
        line: 2, column: 13, endLine: 2, endColumn: 15,
        suggestions: [{ messageId: 'useGuess', output: '<!DOCTYPE html>\n<html lang="en">\n<head><title>Gelukkig</title></head>\n<body><p>The Dutch word "gelukkig" has no equivalent in English.</p></body>\n</html>' }],
      }],
    },
    {
      // The title counts; the English paragraph has its own lang and does not.
      code: '<html lang="en"><head><title>Met de kippen op stok</title></head><body><blockquote>Hij ging met de kippen op stok</blockquote><p lang="en">He went to bed early.</p></body></html>',
      errors: [{ messageId: 'shortMismatch', line: 1, column: 13, endLine: 1, endColumn: 15 }],
    },
    {
      // alt text is read out in the page language too.
      code: '<html lang="de"><body><img src="a.png" alt="A view of the river and the bridge from the tower"></body></html>',
      errors: [{ messageId: 'shortMismatch', line: 1, column: 13 }],
    },
  ],
});
