import * as path from 'node:path';
import type { CodeAction, Diagnostic, TextEdit as LspTextEdit, WorkspaceEdit, Range } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Problem } from '../engine/problems';
import type { FileEdit, TextEdit } from '../../../rules/_kit/types';
import { applyFixes } from '../engine/fix';
import { languageOf } from '../engine/model/project';
import { LineIndex } from '../engine/util/lines';
import { pathToUri, problemToDiagnostic, rangesIntersect, toLspPosition } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.crossmediaLint`;
export const COMMAND_SHOW_DOCS = 'crossmediaLint.showDocumentation';

/** Offsets from the engine index the text without a BOM; an editor's text may still hold one. */
function bomShift(text: string): number { return text.charCodeAt(0) === 0xfeff ? 1 : 0; }

export function toLspEdits(doc: TextDocument, edits: TextEdit[]): LspTextEdit[] {
  const shift = bomShift(doc.getText());
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start + shift), end: doc.positionAt(e.end + shift) }, newText: e.text }));
}

/** One edit covering only what changed between two texts, so the cursor and undo stay sensible. */
export function minimalEdit(doc: TextDocument, before: string, after: string): LspTextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length, endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) { endB--; endA--; }
  return toLspEdits(doc, [{ start, end: endB, text: after.slice(start, endA) }]);
}

interface Comment { open: string; close: string }

/** The comment syntax at an offset: CSS inside <style>, script inside <script>, HTML elsewhere. */
export function commentAt(language: string, text: string, offset: number): Comment | undefined {
  switch (language) {
    case 'css': return { open: '/*', close: ' */' };
    case 'js': return { open: '//', close: '' };
    case 'yaml': return { open: '#', close: '' };
    case 'html': case 'svg': {
      const before = text.slice(0, offset).toLowerCase();
      const inside = (tag: string) => before.lastIndexOf(`<${tag}`) > before.lastIndexOf(`</${tag}`);
      if (inside('style') && before.lastIndexOf('>') > before.lastIndexOf('<style')) return { open: '/*', close: ' */' };
      if (inside('script') && before.lastIndexOf('>') > before.lastIndexOf('<script')) return { open: '//', close: '' };
      return { open: '<!--', close: ' -->' };
    }
    default: return undefined;
  }
}

function disableLineEdit(doc: TextDocument, file: string, p: Problem): LspTextEdit | undefined {
  const text = doc.getText();
  const shift = bomShift(text);
  const comment = commentAt(languageOf(file), text.slice(shift), p.startOffset);
  if (!comment) return undefined;
  const line = p.start.line - 1;
  const lineText = text.slice(doc.offsetAt({ line, character: 0 }), doc.offsetAt({ line: line + 1, character: 0 })).replace(/[\r\n]+$/, '');
  // Extend a directive already on the line above rather than stacking a second one.
  if (line > 0) {
    const prevStart = doc.offsetAt({ line: line - 1, character: 0 });
    const prev = text.slice(prevStart, doc.offsetAt({ line, character: 0 })).replace(/[\r\n]+$/, '');
    const m = /crossmedia-lint-disable-next-line\b([^\n]*?)(\s*(-->|\*\/))?\s*$/.exec(prev);
    if (m && m[1].trim()) {
      const at = prevStart + (m.index ?? 0) + 'crossmedia-lint-disable-next-line'.length + m[1].length;
      return { range: { start: doc.positionAt(at), end: doc.positionAt(at) }, newText: `, ${p.ruleId}` };
    }
  }
  const indent = /^\s*/.exec(lineText)?.[0] ?? '';
  const eol = LineIndex.eol(text);
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment.open} crossmedia-lint-disable-next-line ${p.ruleId}${comment.close}${eol}` };
}

function disableFileEdit(doc: TextDocument, file: string, p: Problem): LspTextEdit | undefined {
  const language = languageOf(file);
  const text = doc.getText();
  const comment = commentAt(language, '', 0);
  if (!comment) return undefined;
  const eol = LineIndex.eol(text);
  // A comment before <!doctype> would put browsers in quirks mode; @charset must stay first.
  let line = 0;
  const first = /^\ufeff?\s*(<!doctype[^>]*>|<\?xml[^>]*\?>|@charset[^;]*;)/i.exec(text);
  if (first) line = doc.positionAt(first[0].length).line + 1;
  const atEnd = line >= doc.lineCount;
  const newText = `${atEnd ? eol : ''}${comment.open} crossmedia-lint-disable-file ${p.ruleId}${comment.close}${atEnd ? '' : eol}`;
  const pos = atEnd ? doc.positionAt(text.length) : { line, character: 0 };
  return { range: { start: pos, end: pos }, newText };
}

/** Reads another file's text (open buffer or disk) to turn its offsets into positions. */
export type TextOf = (file: string) => string | undefined;

export function suggestionEdit(doc: TextDocument, uri: string, edits: TextEdit[] | undefined, fileEdits: FileEdit[] | undefined, textOf: TextOf, resourceOps: boolean): WorkspaceEdit | undefined {
  const own = edits?.length ? toLspEdits(doc, edits) : [];
  if (!fileEdits?.length) return { changes: { [uri]: own } };
  const needsOps = fileEdits.some((f) => f.create || f.renameTo || f.delete);
  if (needsOps && !resourceOps) return undefined;
  const positions = (file: string, list: TextEdit[]): LspTextEdit[] => {
    const raw = textOf(file) ?? '';
    const shift = bomShift(raw);
    const idx = new LineIndex(raw.slice(shift));
    return list.map((e) => ({ range: { start: toLspPosition(idx.positionAt(e.start)), end: toLspPosition(idx.positionAt(e.end)) }, newText: e.text }));
  };
  if (!needsOps) {
    const changes: Record<string, LspTextEdit[]> = { [uri]: own };
    for (const f of fileEdits) {
      const u = pathToUri(f.file);
      changes[u] = [...(changes[u] ?? []), ...positions(f.file, f.edits)];
    }
    return { changes };
  }
  const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
  if (own.length) documentChanges.push({ textDocument: { uri, version: null }, edits: own });
  for (const f of fileEdits) {
    const u = pathToUri(f.file);
    if (f.create) {
      documentChanges.push({ kind: 'create', uri: u, options: { ignoreIfExists: true } });
      const text = f.edits.map((e) => e.text).join('');
      if (text) documentChanges.push({ textDocument: { uri: u, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] });
    } else if (f.delete) {
      documentChanges.push({ kind: 'delete', uri: u, options: { ignoreIfNotExists: true } });
    } else {
      if (f.edits.length) documentChanges.push({ textDocument: { uri: u, version: null }, edits: positions(f.file, f.edits) });
      if (f.renameTo) documentChanges.push({ kind: 'rename', oldUri: u, newUri: pathToUri(path.resolve(path.dirname(f.file), f.renameTo)) });
    }
  }
  return { documentChanges };
}

export interface ActionContext {
  doc: TextDocument;
  uri: string;
  file: string;
  /** Problems whose offsets are valid for the document's current text. */
  problems: Problem[];
  range: Range;
  only?: string[];
  textOf: TextOf;
  resourceOps: boolean;
  /** Edits that fix every auto-fixable problem (several passes); computed only when needed. */
  fixAll: () => Promise<LspTextEdit[]>;
}

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only?.length) return kind.startsWith(CodeActionKind.QuickFix);
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/** Code actions in the vscode-eslint manner, built from the server's own problems for the text. */
export async function codeActions(ctx: ActionContext): Promise<CodeAction[]> {
  const actions: CodeAction[] = [];
  const { doc, uri, file } = ctx;
  if (ctx.only?.length && (wants(ctx.only, FIX_ALL_KIND) || ctx.only.some((o) => o === CodeActionKind.Source))) {
    const edits = await ctx.fixAll();
    if (edits.length) actions.push({ title: 'Fix all auto-fixable crossmedia-lint problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
  }
  if (!wants(ctx.only, CodeActionKind.QuickFix)) return actions;

  const here = ctx.problems.filter((p) => rangesIntersect(problemToDiagnostic(p).range, ctx.range));
  const diagnostic = (p: Problem): Diagnostic => problemToDiagnostic(p);
  const perRule = new Set<string>();
  const trailing: CodeAction[] = [];
  for (const p of here) {
    if (p.fix?.length) {
      actions.push({ title: `Fix this ${p.ruleId} problem`, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [diagnostic(p)], edit: { changes: { [uri]: toLspEdits(doc, p.fix) } } });
    }
    for (const s of p.suggestions ?? []) {
      const edit = suggestionEdit(doc, uri, s.edits, s.fileEdits, ctx.textOf, ctx.resourceOps);
      if (edit) actions.push({ title: s.desc, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic(p)], edit });
    }
    if (p.ruleId === 'internal-error') continue;
    const line = disableLineEdit(doc, file, p);
    if (line) actions.push({ title: `Disable ${p.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic(p)], edit: { changes: { [uri]: [line] } } });
    if (perRule.has(p.ruleId)) continue;
    perRule.add(p.ruleId);
    const whole = disableFileEdit(doc, file, p);
    if (whole) trailing.push({ title: `Disable ${p.ruleId} for the entire file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic(p)], edit: { changes: { [uri]: [whole] } } });
    if (p.docsUrl) trailing.push({ title: `Show documentation for ${p.ruleId}`, kind: CodeActionKind.QuickFix, command: { title: 'Show documentation', command: COMMAND_SHOW_DOCS, arguments: [p.docsUrl] } });
    const sameRule = ctx.problems.filter((q) => q.ruleId === p.ruleId && q.fix?.length);
    if (sameRule.length > 1) {
      const text = doc.getText();
      const shift = bomShift(text);
      const { output } = applyFixes(text.slice(shift), sameRule);
      const edits = minimalEdit(doc, text.slice(shift), output);
      if (edits.length) trailing.push({ title: `Fix all ${p.ruleId} problems in this file`, kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: edits } } });
    }
  }
  actions.push(...trailing);
  if (here.length && ctx.problems.some((p) => p.fix?.length)) {
    const edits = await ctx.fixAll();
    if (edits.length) actions.push({ title: 'Fix all auto-fixable problems', kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: edits } } });
  }
  return actions;
}
