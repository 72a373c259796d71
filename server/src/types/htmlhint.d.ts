// HTMLHint ships no type declarations for its CommonJS entry; these cover what the adapter uses.
declare module 'htmlhint' {
  interface HtmlHintRule { id: string; description: string; link?: string }
  interface HtmlHintMessage { type: string; message: string; raw: string; evidence: string; line: number; col: number; rule: HtmlHintRule }
  export const HTMLHint: {
    rules: Record<string, HtmlHintRule>;
    verify(html: string, ruleset?: Record<string, unknown>): HtmlHintMessage[];
  };
}
