import { spacingRule } from '../_a11y/spacing';

export default spacingRule({ id: 'word-spacing-important', property: 'word-spacing', minimum: 0.16, act: '9e45ec' });
