import { parseTree, printParseErrorCode, findNodeAtLocation, getNodeValue, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { OffsetRange } from './css';

export interface JsonParseError { message: string; start: number; end: number }

/** A JSON document with a range for every JSON pointer, for problems at the exact key. */
export class JsonDocument {
  readonly tree: JsonNode | undefined;
  readonly value: unknown;
  readonly errors: JsonParseError[] = [];

  constructor(readonly text: string, options: { allowComments?: boolean } = {}) {
    const errors: ParseError[] = [];
    this.tree = parseTree(text, errors, { allowTrailingComma: !!options.allowComments, disallowComments: !options.allowComments });
    for (const e of errors) {
      this.errors.push({ message: describeJsonError(printParseErrorCode(e.error)), start: e.offset, end: e.offset + Math.max(1, e.length) });
    }
    this.value = this.tree ? getNodeValue(this.tree) : undefined;
  }

  /** The node at a JSON pointer (`/rules/img-alt`) or path array. */
  nodeAt(pointer: string | (string | number)[]): JsonNode | undefined {
    if (!this.tree) return undefined;
    const segs = typeof pointer === 'string' ? pointerSegments(pointer) : pointer;
    return findNodeAtLocation(this.tree, segs);
  }
  /** Range of a value at a pointer; with `key`, the property's key instead. */
  rangeAt(pointer: string | (string | number)[], which: 'value' | 'key' = 'value'): OffsetRange | undefined {
    const node = this.nodeAt(pointer);
    if (!node) return undefined;
    if (which === 'key' && node.parent?.type === 'property' && node.parent.children?.[0]) {
      const k = node.parent.children[0];
      return { start: k.offset, end: k.offset + k.length };
    }
    return { start: node.offset, end: node.offset + node.length };
  }
  /** The nearest existing range for a pointer: the value itself, or the deepest existing parent. */
  closestRange(pointer: string | (string | number)[]): OffsetRange {
    const segs = typeof pointer === 'string' ? pointerSegments(pointer) : [...pointer];
    while (segs.length) {
      const r = this.rangeAt(segs);
      if (r) return r;
      segs.pop();
    }
    return this.tree ? { start: this.tree.offset, end: this.tree.offset + 1 } : { start: 0, end: 0 };
  }
}

export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.replace(/^\//, '').split('/').map((s) => {
    const un = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(un) ? Number(un) : un;
  });
}

function describeJsonError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'invalid symbol', InvalidNumberFormat: 'invalid number', PropertyNameExpected: 'property name expected',
    ValueExpected: 'value expected', ColonExpected: 'colon expected', CommaExpected: 'comma expected',
    CloseBraceExpected: 'closing brace expected', CloseBracketExpected: 'closing bracket expected',
    EndOfFileExpected: 'end of file expected', InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unexpected end of comment', UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unexpected end of number', InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character', InvalidCharacter: 'invalid character',
  };
  return `JSON syntax error: ${words[code] ?? code}`;
}
