import * as path from 'node:path';
import { defineRule } from '../_kit';
import { parseWebVtt, type WebVttErrorCode } from '../../server/src/engine/facts/media';

const MESSAGE_IDS: Record<WebVttErrorCode, string> = {
  'missing-signature': 'signature',
  'bad-timestamp': 'timestamp',
  'end-before-start': 'endBeforeStart',
  'overlap-order': 'order',
  'missing-arrow': 'arrow',
  'empty-cue': 'emptyCue',
  'bad-setting': 'setting',
  'missing-blank-line': 'blankLine',
  'misplaced-block': 'misplaced',
};

export default defineRule({
  meta: {
    id: 'media-webvtt-valid',
    domain: 'media',
    type: 'problem',
    scope: 'file',
    languages: ['text'],
    cost: 'cheap',
    docs: {
      description: 'A WebVTT caption file (.vtt) must start with the WEBVTT signature and have well-formed, ordered cue timings; browsers silently drop cues they cannot read, so viewers lose captions without anyone noticing.',
      recommended: true,
    },
    messages: {
      signature: '{{message}}',
      timestamp: '{{message}}',
      endBeforeStart: '{{message}}',
      order: '{{message}}',
      arrow: '{{message}}',
      emptyCue: '{{message}}',
      setting: '{{message}}',
      blankLine: '{{message}}',
      misplaced: '{{message}}',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    if (path.extname(ctx.file.path).toLowerCase() !== '.vtt') return;
    const text = ctx.file.text;
    const lines = ctx.file.lineIndex;
    for (const e of parseWebVtt(text).errors) {
      const start = lines.offsetAt({ line: e.line, column: e.column });
      const end = lines.offsetAt({ line: e.line, column: e.endColumn });
      ctx.report({ messageId: MESSAGE_IDS[e.code] ?? 'timestamp', data: { message: e.message }, range: { start, end: Math.max(end, start) } });
    }
  },
});
