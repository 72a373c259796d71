/** Absolute font-size keywords in CSS pixels at the browsers' default medium of 16px (CSS Fonts 4). */
export const FONT_SIZE_KEYWORDS_PX: Readonly<Record<string, number>> = {
  'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32, 'xxx-large': 48,
};
