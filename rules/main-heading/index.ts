import { bypassRule } from '../_a11y/bypass';

export default bypassRule({
  id: 'main-heading',
  act: '047fe0',
  description: 'When repeated blocks (navigation, header, sidebar) come before the main content, the main content needs a visible heading that screen reader users can jump to.',
  message: 'The content after this <{{tag}}> has no visible heading: start the main content with a heading so screen reader users can jump to it.',
  fails: (p) => !p.hasMainHeading,
});
