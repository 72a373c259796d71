import { bypassRule } from '../_a11y/bypass';

export default bypassRule({
  id: 'repeated-content-collapsible',
  act: '3e12e1',
  description: 'Blocks repeated on every page (navigation, header, sidebar) can be collapsed so keyboard users need not tab through them. Reported only for pages with no script, <details>, popover or CSS toggle that could do it.',
  message: 'This <{{tag}}> cannot be collapsed: the page has no script, <details>, popover or CSS toggle that could hide it.',
  fails: (p) => !p.mayCollapse,
});
