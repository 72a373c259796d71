import { ruleTester } from '../_kit/tester';
import rule from '.';

const settings = { houseStyle: { words: ['Coca-Cola', 'PostNL', 'iPhone'] } };

ruleTester(rule, {
  valid: [
    { name: 'no house style', code: '<p>coca cola</p>' },
    { code: '<p title="Coca-Cola">Drink Coca-Cola and ship with PostNL. Cocacolaish is not the word.</p><script>var cocacola = 1</script><style>.coca-cola{}</style>', settings },
    { name: 'inside a longer word or a compound', code: '<p>PostNL-pakket, xiphone</p>', settings },
  ],
  invalid: [
    {
      name: 'case and hyphen variants in text',
      code: '<p>\n  Drink Coca Cola, not coca-cola.\n</p>',
      settings,
      errors: [
        { messageId: 'misspelt', data: { found: 'Coca Cola', word: 'Coca-Cola' }, line: 2, column: 9, endLine: 2, endColumn: 18 },
        { messageId: 'misspelt', data: { found: 'coca-cola', word: 'Coca-Cola' }, line: 2, column: 24, endLine: 2, endColumn: 33 },
      ],
      output: '<p>\n  Drink Coca-Cola, not Coca-Cola.\n</p>',
    },
    {
      name: 'alt, aria-label and text with character references',
      code: '<img alt="Post NL logo" src="a.png"><a aria-label="Buy an IPhone">Post&nbsp;NL &amp; I-phone</a>',
      settings,
      errors: [
        { messageId: 'misspelt', line: 1, column: 11, endColumn: 18 },
        { messageId: 'misspelt', line: 1, column: 59, endColumn: 65 },
        { messageId: 'misspelt', line: 1, column: 67, endColumn: 79 },
        { messageId: 'misspelt', data: { found: 'I-phone', word: 'iPhone' }, line: 1, column: 86, endColumn: 93 },
      ],
      output: '<img alt="PostNL logo" src="a.png"><a aria-label="Buy an iPhone">PostNL &amp; iPhone</a>',
    },
    {
      name: 'SVG text',
      filename: 'a.svg',
      code: '<svg xmlns="http://www.w3.org/2000/svg"><text>postnl</text></svg>',
      settings,
      errors: [{ messageId: 'misspelt', line: 1, column: 47, endColumn: 53 }],
      output: '<svg xmlns="http://www.w3.org/2000/svg"><text>PostNL</text></svg>',
    },
  ],
});
