import type { RuleModule } from './_kit/types';
import fileReadError from './file-read-error';
import htmlParseError from './html-parse-error';
import cssParseError from './css-parse-error';
import jsonParseError from './json-parse-error';
import imgAlt from './img-alt';
import htmlLang from './html-lang';
import documentTitle from './document-title';

/** Every bundled rule, an explicit list (no directory scanning at run time). */
export const rules: RuleModule[] = [
  fileReadError,
  htmlParseError,
  cssParseError,
  jsonParseError,
  imgAlt,
  htmlLang,
  documentTitle,
];
