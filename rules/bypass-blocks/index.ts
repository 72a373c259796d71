import { bypassRule } from '../_a11y/bypass';

export default bypassRule({
  id: 'bypass-blocks',
  act: 'cf77f2',
  description: 'A page with repeated blocks (navigation, header, sidebar) before its main content needs a way past them: a main landmark, a heading, a skip link or a way to collapse them.',
  message: 'Keyboard users cannot bypass this <{{tag}}>: the page has no main landmark, no heading in its main content, no skip link and no way to collapse the block.',
  fails: (p) => !p.hasMainLandmark && p.textOutsideLandmarks !== '' && !p.hasMainHeading && !p.hasSkipLink && !p.mayCollapse,
});
