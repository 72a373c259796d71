import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<a href="/" aria-label="ACT rules">ACT rules</a>',
    '<a href="/" aria-label="  act rules ">ACT rules</a>',
    '<button aria-label="Next page in the list">Next Page</button>',
    '<button aria-label="Close">X</button>',
    '<nav aria-label="Main">Site navigation</nav>',
  ],
  invalid: [
    { code: '<a href="/" aria-label="WCAG">ACT rules</a>', errors: [{ messageId: 'mismatch', data: { name: 'WCAG', visible: 'ACT rules' }, line: 1, column: 25, endLine: 1, endColumn: 29 }] },
    { code: '<button aria-label="the full">The full label</button>', errors: [{ messageId: 'mismatch', line: 1, column: 21 }] },
    { code: '<a href="#" aria-label="non-standard">nonstandard</a>', errors: [{ messageId: 'mismatch', line: 1, column: 25 }] },
  ],
});
