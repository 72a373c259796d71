/** 1-based line and column, as editors and ESLint show them. Columns count UTF-16 code units. */
export interface Position { line: number; column: number }

/** Maps offsets to lines and columns for one text; built once per text. */
export class LineIndex {
  private readonly starts: number[];
  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) starts.push(i + 1);
      else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }
  get lineCount(): number { return this.starts.length; }
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }
  offsetAt(pos: Position): number {
    const line = Math.max(1, Math.min(pos.line, this.starts.length));
    const start = this.starts[line - 1];
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    return Math.min(start + pos.column - 1, next);
  }
  lineStart(line: number): number { return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]; }
  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    let end = next;
    while (end > this.starts[line - 1] && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }
  /** The line break the text mostly uses, for inserted lines. */
  static eol(text: string): string {
    const crlf = text.split('\r\n').length - 1;
    const lf = text.split('\n').length - 1 - crlf;
    return crlf > lf ? '\r\n' : '\n';
  }
}
