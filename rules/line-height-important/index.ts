import { spacingRule } from '../_a11y/spacing';

export default spacingRule({ id: 'line-height-important', property: 'line-height', minimum: 1.5, act: '78fd32' });
