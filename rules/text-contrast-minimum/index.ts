import { contrastRule } from '../_a11y/contrast';

export default contrastRule({ id: 'text-contrast-minimum', act: 'afw4f7', wcag: '1.4.3', normal: 4.5, large: 3, level: 'AA' });
