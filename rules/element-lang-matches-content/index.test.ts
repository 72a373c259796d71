import { ruleTester } from '../_kit/tester';
import rule from '.';

const dutch = 'Wij zijn een klein bureau in Utrecht en wij maken websites voor musea, bibliotheken en andere culturele instellingen. Het is belangrijk dat iedereen de informatie kan lezen, ook mensen die een schermlezer gebruiken.';
const english = 'We are a small studio in Utrecht and we make websites for museums, libraries and other cultural institutions. It is important that everyone can read the information, including people who use a screen reader.';

ruleTester(rule, {
  valid: [
    `<html lang="en"><body><p>${english}</p><blockquote lang="nl">${dutch}</blockquote></body></html>`,
    '<html lang="en"><body><p>The Dutch phrase <span lang="nl">"Hij ging met de kippen op stok"</span> means he went to bed early.</p></body></html>',
    // The English parts carry their own lang: the Dutch paragraph's own text is Dutch.
    '<html lang="en"><body><p lang="nl"><span lang="en">The Dutch phrase</span> "Hij ging met de kippen op stok" <span lang="en">means that he went to bed early.</span></p></body></html>',
    // Words that are French and English at once.
    '<html lang="fr"><body><p>La phrase <span lang="en">Paul put dire comment on tape</span> est aussi anglaise.</p></body></html>',
    // lang on <html> is lang-matches-content's business; hidden parts are not read.
    `<html lang="en"><body><p>${dutch}</p></body></html>`,
    `<html lang="en"><body><div lang="en" style="display: none">${dutch}</div></body></html>`,
    // Too little to tell.
    '<html lang="nl"><body><p lang="fr">Bon appétit</p></body></html>',
  ],
  invalid: [
    {
      code: '<html lang="nl">\n<body>\n  <p lang="en">"Hij ging met de kippen op stok"</p>\n</body></html>',
      errors: [{
        messageId: 'shortMismatch',
        data: { lang: 'en', tag: 'p', guess: 'nl', guessName: 'Dutch', langName: 'English', evidence: '"hij", "met", "de", "op"' },
        line: 3, column: 12, endLine: 3, endColumn: 14,
        suggestions: [{ messageId: 'useGuess', output: '<html lang="nl">\n<body>\n  <p lang="nl">"Hij ging met de kippen op stok"</p>\n</body></html>' }],
      }],
    },
    {
      code: `<html lang="en"><body><section lang="en">${dutch}</section></body></html>`,
      errors: [{ messageId: 'mismatch', line: 1, column: 38, endLine: 1, endColumn: 40 }],
    },
    {
      // Each element is judged on its own text: the nested span with the right lang is fine.
      code: '<html lang="en"><body><div lang="fr">The river and the bridge from the tower <span lang="nl">met de kippen op stok</span></div></body></html>',
      errors: [{ messageId: 'shortMismatch', line: 1, column: 34, endLine: 1, endColumn: 36 }],
    },
  ],
});
