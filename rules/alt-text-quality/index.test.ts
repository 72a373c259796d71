import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    // The repeated text is hidden from screen readers: nothing is heard twice.
    '<p><img src="w3c.png" alt="W3C logo image"> <span aria-hidden="true">(W3C logo image)</span></p>',
    '<img src="nyhavn.jpg" alt="Nyhavn harbour at dusk">',
    // File names are alt-text-file-name's report.
    '<img src="nyhavn.jpeg" alt="nyhavn.jpeg">',
    '<img src="x/IMG_0042.JPG" alt="IMG_0042">',
    '<img src="paris" alt="Paris">',
    '<img src="a.png" alt="">',
    '<img src="94251e110d24a4c2b6e6ce76e7203374" alt="94251e110d24a4c2b6e6ce76e7203374" aria-label="Nyhavn">',
    '<a href="/">Home <img src="h.png" alt="House icon"></a>',
  ],
  invalid: [
    {
      code: '<img src="b.png" alt="Image">',
      errors: [{ messageId: 'placeholder', data: { alt: 'Image' }, line: 1, column: 23, endLine: 1, endColumn: 28, suggestions: [{ messageId: 'markDecorative', output: '<img src="b.png" alt="">' }] }],
    },
    {
      code: '<a href="/shop"><img src="c.png" alt="Visit our shop"> Visit our shop</a>',
      errors: [{ messageId: 'redundant', line: 1, column: 39, suggestions: [{ messageId: 'markDecorative', output: '<a href="/shop"><img src="c.png" alt=""> Visit our shop</a>' }] }],
    },
    { code: '<img src="d.png" alt="A very long text">', options: { maxLength: 10 }, errors: [{ messageId: 'tooLong', data: { length: 16, max: 10 }, line: 1, column: 23 }] },
  ],
});
