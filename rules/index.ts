import type { RuleModule } from './_kit/types';
import fileReadError from './file-read-error';
import htmlParseError from './html-parse-error';
import cssParseError from './css-parse-error';
import jsonParseError from './json-parse-error';
import imgAlt from './img-alt';
import htmlLang from './html-lang';
import documentTitle from './document-title';
import { a11yRules } from './_domains/a11y';
import { bannerRules } from './_domains/banner';
import { assetRules } from './_domains/asset';
import { licenceRules } from './_domains/licence';
import { houseStyleRules } from './_domains/house-style';
import { mediaRules } from './_domains/media';

/** Every bundled rule, an explicit list (no directory scanning at run time). */
export const rules: RuleModule[] = [
  fileReadError,
  htmlParseError,
  cssParseError,
  jsonParseError,
  imgAlt,
  htmlLang,
  documentTitle,
  ...a11yRules,
  ...bannerRules,
  ...assetRules,
  ...licenceRules,
  ...houseStyleRules,
  ...mediaRules,
];
