import { bypassRule } from '../_a11y/bypass';

export default bypassRule({
  id: 'skip-link',
  act: 'ye5d6e',
  description: 'When repeated blocks (navigation, header, sidebar) come before the main content, a same-page link ("Skip to main content") must let keyboard users move focus past them.',
  message: 'No link on this page moves focus past this <{{tag}}>: add a "Skip to main content" link to the main content\'s id.',
  fails: (p) => !p.hasSkipLink,
});
