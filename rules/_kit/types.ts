// The rule contract (design §3). Rules import only from rules/_kit; the engine implements it.
import type { SourceFile, Project } from '../../server/src/engine/model/project';
import type { HtmlElement, HtmlText } from '../../server/src/engine/parse/html';
import type { CssSheet } from '../../server/src/engine/parse/css';
import type { Declaration, AtRule, Rule as CssRule } from 'postcss';

export type Domain =
  | 'html' | 'css' | 'a11y' | 'banner' | 'asset' | 'image' | 'licence'
  | 'house-style' | 'media' | 'deliverables' | 'core';

/** The kinds of document a rule can be triggered by. */
export type Language =
  | 'html' | 'css' | 'svg' | 'json' | 'yaml' | 'js' | 'image' | 'media' | 'font' | 'text' | 'zip' | 'other';

export type Severity = 'off' | 'info' | 'warn' | 'error';
export type SeverityInput = Severity | 0 | 1 | 2;

export interface JsonSchema { [key: string]: unknown }

export interface RuleDocs {
  description: string;
  /** Link to the rule's documentation; defaults to the rule README in the repository. */
  url?: string;
  /** W3C ACT rule ids this rule implements (accessibility rules). */
  act?: string[];
  /** WCAG success criteria, e.g. "1.1.1". */
  wcag?: string[];
  /** True when the rule is in the `recommended` preset; informational only (presets are data). */
  recommended?: boolean;
}

export interface RuleMeta {
  id: string;
  domain: Domain;
  type: 'problem' | 'suggestion';
  scope: 'file' | 'project';
  languages: Language[];
  cost: 'cheap' | 'expensive';
  docs: RuleDocs;
  messages: Record<string, string>;
  schema?: JsonSchema;
  defaultOptions?: Record<string, unknown>;
  fixable?: boolean;
  hasSuggestions?: boolean;
}

/** A text edit on one document: offsets into the document's text as read (BOM excluded). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** An edit on another file than the reported one (suggestions only). */
export interface FileEdit {
  /** Absolute path of the file. */
  file: string;
  /** Text edits; when `create` is set the file is created with `text` of the only edit. */
  edits: TextEdit[];
  create?: boolean;
  /** Rename or delete the file instead of editing it. */
  renameTo?: string;
  delete?: boolean;
}

export interface Fixer {
  replace(range: OffsetRange, text: string): TextEdit;
  insertBefore(range: OffsetRange | number, text: string): TextEdit;
  insertAfter(range: OffsetRange | number, text: string): TextEdit;
  remove(range: OffsetRange): TextEdit;
}

export interface OffsetRange { start: number; end: number }

export interface RelatedLocation {
  file: string;
  range: OffsetRange;
  message: string;
}

export interface SuggestionDescriptor {
  messageId: string;
  data?: Record<string, unknown>;
  fix?: (fixer: Fixer) => TextEdit | TextEdit[] | null;
  /** Edits on other files (a workspace edit). */
  fileEdits?: FileEdit[];
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, unknown>;
  /** Range in the current file (or in `file`). */
  range: OffsetRange;
  /** Report on another file than the one being linted (project rules). */
  file?: SourceFile;
  fix?: (fixer: Fixer) => TextEdit | TextEdit[] | null;
  suggest?: SuggestionDescriptor[];
  related?: RelatedLocation[];
}

/** Visitors called by the engine's single walk over the parsed model. */
export interface RuleVisitors {
  /** Each HTML element (also inline SVG elements) in document order. */
  element?(el: HtmlElement): void;
  text?(node: HtmlText): void;
  /** Each stylesheet: a .css file, a <style> block or a style="" attribute. */
  sheet?(sheet: CssSheet): void;
  declaration?(decl: Declaration, sheet: CssSheet): void;
  atRule?(rule: AtRule, sheet: CssSheet): void;
  cssRule?(rule: CssRule, sheet: CssSheet): void;
  /** After the walk. */
  end?(): void;
}

export interface RuleContext {
  readonly id: string;
  readonly meta: RuleMeta;
  /** The file being linted; for project rules, the project's first file is never assumed: use `project`. */
  readonly file: SourceFile;
  readonly project: Project;
  readonly options: Record<string, unknown>;
  /** Whole resolved configuration settings (houseStyle, banner, licences, language...). */
  readonly settings: Record<string, unknown>;
  /** The clock used for dates (fixed in tests). */
  now(): Date;
  /** True once the run is cancelled; long rules should check it. */
  readonly cancelled: boolean;
  report(descriptor: ReportDescriptor): void;
}

export interface RuleModule {
  meta: RuleMeta;
  create(ctx: RuleContext): RuleVisitors | void | Promise<RuleVisitors | void>;
  /**
   * The most severe a report may be, whatever the configuration says: a banner platform that only
   * warns about a check caps its problems at "warn". Undefined leaves the configured severity.
   */
  severityCap?(report: ReportDescriptor, ctx: RuleContext): 'error' | 'warn' | 'info' | undefined;
}
