import { spacingRule } from '../_a11y/spacing';

export default spacingRule({ id: 'letter-spacing-important', property: 'letter-spacing', minimum: 0.12, act: '24afc2' });
