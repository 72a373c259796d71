import type { Formatter } from './types';
import { stylish } from './stylish';
import { json } from './json';
import { sarif } from './sarif';
import { junit } from './junit';
import { github } from './github';
import { html } from './html';

export const formatters: Record<string, Formatter> = { stylish, json, sarif, junit, github, html };
export type { Formatter, FormatterFile, FormatterContext } from './types';
