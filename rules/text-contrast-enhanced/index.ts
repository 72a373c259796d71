import { contrastRule } from '../_a11y/contrast';

export default contrastRule({ id: 'text-contrast-enhanced', act: '09o5cg', wcag: '1.4.6', normal: 7, large: 4.5, level: 'AAA' });
