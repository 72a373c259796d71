import { ruleTester } from '../_kit/tester';
import rule from '.';

ruleTester(rule, {
  valid: [
    '<figure><audio src="a.mp3" controls></audio><figcaption><a href="a.html">Read the transcript</a></figcaption></figure>',
    '<section><h2>Episode 1</h2><audio src="a.mp3" controls></audio></section><p><a href="episode-1-transcript.html">Text</a></p>',
    '<div><audio src="a.mp3" controls></audio></div><details><summary>Transcript</summary><p>Hello.</p></details>',
    '<audio src="a.mp3" controls aria-describedby="t"></audio><div id="t">Hello.</div>',
    { name: 'other languages through the option', code: '<div><audio src="a.mp3"></audio><a href="x.html">Abschrift</a></div>', options: { words: ['abschrift'] } },
  ],
  invalid: [
    {
      code: '<main>\n  <section>\n    <h2>Listen</h2>\n    <audio src="a.mp3" controls></audio>\n  </section>\n</main>',
      errors: [{ messageId: 'missing', line: 4, column: 6, endLine: 4, endColumn: 11 }],
      output: null,
    },
    {
      name: 'a transcript link too far away does not count',
      code: '<div><audio src="a.mp3"></audio></div><p>1</p><p>2</p><p>3</p><p><a href="t.html">Transcript</a></p>',
      errors: [{ messageId: 'missing', line: 1, column: 7 }],
    },
  ],
});
