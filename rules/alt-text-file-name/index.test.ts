import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<img src="nyhavn.jpg" alt="Nyhavn harbour at dusk">',
    // A file named after what it shows: the name may well describe it.
    '<img src="paris" alt="Paris">',
    '<img src="login" alt="login">',
    '<img src="a.png" alt="">',
    '<img src="94251e110d24a4c2b6e6ce76e7203374" alt="94251e110d24a4c2b6e6ce76e7203374" aria-label="Nyhavn">',
    '<img src="IMG_0042.jpg" alt="IMG_0042" role="presentation">',
    '<img src="b.png" alt="Image">',
  ],
  invalid: [
    { code: '<img src="nyhavn.jpeg" alt="nyhavn.jpeg">', errors: [{ messageId: 'fileName', data: { alt: 'nyhavn.jpeg' }, line: 1, column: 29, endLine: 1, endColumn: 40 }] },
    { code: '<img src="x/IMG_0042.JPG" alt="IMG_0042">', errors: [{ messageId: 'fileName', data: { alt: 'IMG_0042' }, line: 1, column: 32, endLine: 1, endColumn: 40 }] },
    { code: '<img src="hero-banner.png" alt="hero-banner">', errors: [{ messageId: 'fileName', line: 1, column: 33, endLine: 1, endColumn: 44 }] },
    { code: '<input type="image" src="login.png" alt="login.png">', errors: [{ messageId: 'fileName', line: 1, column: 42, endLine: 1, endColumn: 51 }] },
    { code: '<img\n  src="x/94251e110d24a4c2b6e6ce76e7203374"\n  alt="94251e110d24a4c2b6e6ce76e7203374">', errors: [{ messageId: 'fileName', line: 3, column: 8, endLine: 3, endColumn: 40 }] },
  ],
});
