import { ruleTester } from '../_kit/tester';
import rule from '.';

const YAML_NAME = 'crossmedia-licences.yaml';

ruleTester(rule, {
  valid: [
    { name: 'a complete file', filename: YAML_NAME, code: 'version: 1\nentries:\n  - files: ["img/**/*.jpg", "img/*.png"]\n    licence: LicenseRef-Stock-RM\n    licensor: Example Stock\n    source: https://stock.example.com/123\n    channels: [web, social]\n    start: 2026-01-01\n    end: 2026-12-31\n    note: Invoice 4711\n    creator: Jäne\n    creditLine: "Foto: Jäne"\n' },
    { name: 'JSON', filename: 'crossmedia-licences.json', code: '{ "entries": [ { "files": "a.jpg", "licence": "CC0-1.0" } ] }' },
    { name: 'another YAML file is not a licence file', filename: 'data.yaml', code: 'entries: 3\n' },
    { name: 'a config with inline entries', filename: 'crossmedia-lint.config.yaml', code: 'licences:\n  require: [creator]\n  entries:\n    - files: a.jpg\n      licence: CC0-1.0\n' },
  ],
  invalid: [
    {
      name: 'unknown key, bad channel, bad date, end before start, missing licence',
      filename: YAML_NAME,
      code: 'entries:\n  - files: a.jpg\n    licence: X\n    licencor: Y\n    channels: [web, tv]\n    end: 2026-13-01\n  - files: b.jpg\n    start: 2026-05-01\n    end: 2026-04-30\n',
      errors: [
        { messageId: 'invalid', message: 'Unknown key "licencor" in "entries.0" (did you mean "licensor"?).', line: 4, column: 5, endLine: 4, endColumn: 13 },
        { messageId: 'invalid', message: /"entries\.0\.channels\.1" must be one of "web"/, line: 5, column: 21, endColumn: 23 },
        { messageId: 'invalid', message: '"entries.0.end" is not a real date: 2026-13-01.', line: 6, column: 10, endColumn: 20 },
        { messageId: 'invalid', message: '"entries.1" needs "licence".', line: 7, column: 5 },
        { messageId: 'invalid', message: '"entries.1.end" (2026-04-30) is before "start" (2026-05-01).', line: 9, column: 10 },
      ],
    },
    {
      name: 'YAML syntax error',
      filename: YAML_NAME,
      code: 'entries:\n  - files: [a.jpg\n',
      errors: [{ messageId: 'invalid', message: /^YAML syntax error/, line: 3, column: 1 }],
    },
    {
      name: 'not YYYY-MM-DD, and a missing entries list',
      filename: 'crossmedia-licences.json',
      code: '{\n  "version": 2,\n  "entris": []\n}',
      errors: [
        { messageId: 'invalid', message: '"version" must be 1.', line: 2, column: 14 },
        { messageId: 'invalid', message: 'Unknown key "entris" in the licence file (did you mean "entries"?).', line: 3, column: 3 },
        { messageId: 'invalid', message: 'The licence file needs "entries".', line: 1, column: 1 },
      ].sort((a, b) => a.line - b.line),
    },
    {
      name: 'inline entries in the configuration, and a named file that does not exist',
      filename: 'crossmedia-lint.config.yaml',
      code: 'licences:\n  file: licences/stock.yaml\n  require: [creator, photographer]\n  entries:\n    - files: a.jpg\n      end: 31.12.2026\n',
      errors: [
        { messageId: 'notFound', data: { file: 'licences/stock.yaml' }, line: 2, column: 9, endColumn: 28 },
        { messageId: 'invalid', message: /^"licences\.require\.1" must be one of/, line: 3, column: 22 },
        { messageId: 'invalid', message: '"licences.entries.0" needs "licence".', line: 5, column: 7 },
        { messageId: 'invalid', message: '"licences.entries.0.end" must be a date written YYYY-MM-DD.', line: 6, column: 12 },
      ],
    },
  ],
});
