import { bypassRule } from '../_a11y/bypass';

export default bypassRule({
  id: 'main-landmark',
  act: 'b40fd1',
  description: 'When repeated blocks (navigation, header, sidebar) come before the main content, the main content must be in a landmark (<main> or role="main") that screen reader users can jump to.',
  message: 'The content after this <{{tag}}> is in no landmark: wrap it in <main> so screen reader users can jump to it.',
  fails: (p) => !p.hasMainLandmark && p.textOutsideLandmarks !== '',
});
