import { ruleTester } from '../_kit/tester';
import rule from '.';

const page = (title: string, body: string, head = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

const files = {
  'contact.html': page('Contact', '<section id="chat" hidden>Chat with us</section><section id="call" hidden>Call 0301 555 10</section><script src="show-section.js"></script>'),
  'contact.php': '<?php echo $_GET["topic"]; ?>',
  'shop.html': page('Shop', '<h1>Seeds and bulbs</h1>'),
  'home.html': page('Garden club', '<h1>Welcome to the garden club</h1><p>Meetings every Tuesday.</p>'),
  'moved.html': page('Moved', '', '<meta http-equiv="refresh" content="30; url=home.html">'),
  'go-home.html': page('Moved', '', '<meta http-equiv="refresh" content="0; url=home.html">'),
  'call.html': page('Call us', '<h1>Get in touch</h1><p>Call us: 0301 555 10</p>'),
  'details.html': page('Contact', '<h1>Contact</h1><p>Phone 0301 555 10, mail info@example.com</p>'),
};

ruleTester(rule, {
  valid: [
    { name: 'the same page twice', code: '<p><a href="home.html">Garden club</a> or <a href="home.html">Garden club</a></p>', files },
    { name: 'an instant redirect to the same page', code: '<p><a href="home.html">Home</a> <a href="go-home.html">Home</a></p>', files },
    { name: 'a static page ignores its query string', code: '<p><a href="shop.html?from=a">Shop</a> <a href="shop.html?from=b">Shop</a></p>', files },
    { name: 'different pages may hold the same relevant information: only a reader can tell', code: '<p>Learn more (<a href="call.html">Call us</a>) and get in touch (<a href="details.html">Call us</a>)</p>', files },
    { name: 'different blocks are different contexts', code: '<div><a href="contact.html?s=chat">Contact us</a> by chat</div><div><a href="contact.html?s=call">Contact us</a> by phone</div>', files },
    { name: 'list items are different contexts', code: '<ul><li><a href="contact.html?s=chat">Contact us</a></li><li><a href="contact.html?s=call">Contact us</a></li></ul>', files },
    { name: 'described differently', code: '<p><a href="contact.html?s=chat" aria-describedby="c">Contact us</a> <a href="contact.html?s=call" aria-describedby="p">Contact us</a><span id="c">chat</span><span id="p">phone</span></p>', files },
    { name: 'external pages cannot be read', code: '<p>We are on social media: <a href="https://a.example/">Garden club</a> <a href="https://b.example/">Garden club</a></p>', files },
    { name: 'different names', code: '<p><a href="contact.html?s=chat">Chat with us</a> <a href="contact.html?s=call">Call us</a></p>', files },
    { name: 'a hidden link', code: '<p><a href="contact.html?s=chat">Contact us</a> <a aria-hidden="true" href="contact.html?s=call">Contact us</a></p>', files },
    { name: 'scripted links to the same place', code: '<p><span role="link" tabindex="0" onclick="location=\'home.html\'">Home</span> <span role="link" tabindex="0" onclick="location=\'home.html\'">Home</span></p>', files },
  ],
  invalid: [
    {
      code: '<p>\n  To reach us, <a href="contact.html?s=chat">contact us</a> by chat or\n  <a href="contact.html?s=call">contact us</a> by phone.\n</p>',
      files,
      errors: [{ messageId: 'query', data: { name: 'contact us', first: 'contact.html?s=chat', other: 'contact.html?s=call' }, line: 3, column: 3, endLine: 3, endColumn: 33 }],
    },
    {
      name: 'a server-side page reads its query',
      code: '<p><a href="contact.php?topic=sales">Contact</a> <a href="contact.php?topic=press">Contact</a></p>',
      files,
      errors: [{ messageId: 'query', line: 1, column: 50, endLine: 1, endColumn: 84 }],
    },
    {
      name: 'links in the same flex row, one to a delayed redirect',
      code: '<p>Contact us <span style="display: flex"><a href="home.html">Contact us</a> <a href="moved.html">Contact us</a></span></p>',
      files,
      errors: [{ messageId: 'emptyPage', data: { name: 'Contact us', first: 'home.html', other: 'moved.html', empty: 'moved.html' }, line: 1, column: 78, endLine: 1, endColumn: 99 }],
    },
    {
      name: 'scripted role=link elements',
      code: '<div>\n<span role="link" tabindex="0" onclick="location=\'contact.html?s=chat\'">Contact</span>\n<span role="link" tabindex="0" onclick="window.location.href = \'contact.html?s=call\';">Contact</span>\n</div>',
      files,
      errors: [{ messageId: 'query', line: 3, column: 1, endLine: 3, endColumn: 88 }],
    },
  ],
});
