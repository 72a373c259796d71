import { ruleTester } from '../_kit/tester';
import rule from '.';

const files = {
  'offers/shoes.html': '<!DOCTYPE html><html><head><title>Offer</title></head><body><h1>Running shoes</h1><p>Now 20% off.</p></body></html>',
  'offers/shoes-copy.html': '<!DOCTYPE html><html><head><title>Offer</title></head><body><h1>Running shoes</h1></body></html>',
  'legal/imprint.html': '<!DOCTYPE html><html><head><title>Imprint</title></head><body><address>Acme GmbH, Berlin</address></body></html>',
  'legal/scripted.html': '<!DOCTYPE html><html><body><address>Acme GmbH, Berlin</address><script>document.title = "x"</script></body></html>',
  'legal/empty.html': '<!DOCTYPE html><html><body><img src="logo.png" alt=""></body></html>',
};

ruleTester(rule, {
  valid: [
    { code: '<iframe title="Shoe offer" src="offers/shoes.html"></iframe><iframe title="Imprint" src="legal/imprint.html"></iframe>', files },
    { code: '<iframe title="Offer" src="offers/shoes.html"></iframe><iframe title="Offer" src="offers/shoes-copy.html"></iframe>', files },
    { code: '<iframe title="Offer" src="offers/shoes.html"></iframe><iframe title="Offer" src="https://ads.example.com/x.html"></iframe>', files },
    { code: '<iframe title="Offer" src="offers/shoes.html"></iframe><iframe title="Offer" src="legal/scripted.html"></iframe>', files },
    { code: '<iframe title="Offer" src="offers/shoes.html"></iframe><iframe title="Offer" src="legal/empty.html"></iframe>', files },
    { code: '<iframe title="Offer" src="offers/shoes.html"></iframe><iframe title="Offer" src="legal/imprint.html" style="display:none"></iframe>', files },
    { code: '<iframe title="Offer" src="offers/shoes.html"></iframe><iframe title="Offer" aria-hidden="true" src="legal/imprint.html"></iframe>', files },
    { code: '<iframe aria-labelledby="a" src="offers/shoes.html"></iframe><iframe aria-labelledby="b" src="legal/imprint.html"></iframe><p id="a">Offer</p><p id="b">Imprint</p>', files },
    { code: '<iframe aria-labelledby="gone" title="Offer" src="offers/shoes.html"></iframe><iframe title="Offer" src="legal/imprint.html"></iframe>', files },
    { code: '<iframe alt="Offer" src="offers/shoes.html"></iframe><iframe alt="Offer" src="legal/imprint.html"></iframe>', files },
  ],
  invalid: [
    {
      code: '<body>\n  <iframe title="Partner content" src="offers/shoes.html"></iframe>\n  <iframe aria-label="partner  content" src="legal/imprint.html"></iframe>\n</body>',
      files,
      errors: [{ messageId: 'samename', data: { name: 'partner content' }, line: 3, column: 3, endLine: 3, endColumn: 66 }],
    },
    {
      code: '<iframe title="Info" srcdoc="<p>Opening hours: 9 to 5</p>"></iframe><iframe title="Info" srcdoc="<p>Closed on Sundays</p>"></iframe>',
      errors: [{ messageId: 'samename', data: { name: 'Info' }, line: 1, column: 69, endLine: 1, endColumn: 124 }],
    },
  ],
});
