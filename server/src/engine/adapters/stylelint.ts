import * as path from 'node:path';
import type { RuleMeta } from '../../../../rules/_kit/types';
import type { RuleGroup } from '../run';
import type { CssSheet } from '../parse/css';
import { LineIndex } from '../util/lines';

const PREFIX = 'stylelint';

interface StylelintWarning { line: number; column: number; endLine?: number; endColumn?: number; rule: string; severity: string; text: string; fix?: { range: [number, number]; text: string } }
interface StylelintApi {
  lint(options: { code: string; config: object; configBasedir: string; computeEditInfo: boolean; codeFilename?: string }): Promise<{ results: { warnings: StylelintWarning[] }[] }>;
}
let api: Promise<StylelintApi> | undefined;
/** Loaded on first use through its ES module entry (the CommonJS one is deprecated). */
export function stylelint(): Promise<StylelintApi> {
  return (api ??= import('stylelint').then((m) => ((m as { default?: unknown }).default ?? m) as StylelintApi));
}

// A style="" attribute holds declarations only; block-level layout rules do not apply to it.
const OFF_IN_ATTRIBUTES = [
  'declaration-block-single-line-max-declarations', 'rule-empty-line-before', 'block-no-empty',
  'declaration-empty-line-before', 'no-duplicate-selectors', 'selector-class-pattern', 'no-descending-specificity',
  'no-empty-source',
];
const OFF_EVERYWHERE_EMBEDDED = ['no-empty-source'];

let ruleNames: string[] | undefined;
function stylelintRuleNames(): string[] {
  if (ruleNames) return ruleNames;
  // Rule names only; the rule code itself loads with stylelint on first lint.
  const dir = path.join(path.dirname(require.resolve('stylelint/package.json')), 'lib', 'rules');
  try {
    ruleNames = require('node:fs').readdirSync(dir, { withFileTypes: true }).filter((d: { isDirectory(): boolean }) => d.isDirectory()).map((d: { name: string }) => d.name).sort();
  } catch {
    ruleNames = [];
  }
  return ruleNames!;
}

let metaCache: RuleMeta[] | undefined;

function packageRoot(): string {
  return path.dirname(require.resolve('stylelint-config-standard/package.json')).replace(/[\\/]node_modules[\\/]stylelint-config-standard$/, '');
}

interface Segment { sheet: CssSheet; codeStart: number; prefix: number; length: number }

/** stylelint on .css files and on the <style> and style="" CSS of pages, with offsets mapped back. */
export const stylelintGroup: RuleGroup = {
  prefix: PREFIX,
  languages: ['css', 'html'],
  cost: 'cheap',
  metas() {
    return (metaCache ??= stylelintRuleNames().map((name): RuleMeta => ({
      id: `${PREFIX}/${name}`,
      domain: 'css',
      type: 'problem',
      scope: 'file',
      languages: ['css', 'html'],
      cost: 'cheap',
      docs: { description: `stylelint rule ${name}.`, url: `https://stylelint.io/user-guide/rules/${name}` },
      messages: { [name]: '{{message}}' },
      schema: { description: 'stylelint rule options' },
      defaultOptions: {},
      fixable: true,
      hasSuggestions: false,
    })));
  },
  async run(file, enabled, env) {
    const sheets = file.sheets.filter((s) => s.root && s.cssText.trim());
    if (!sheets.length) return;
    const lint = await stylelint();
    const base = (env.config.settings.stylelint as Record<string, unknown> | undefined) ?? { extends: ['stylelint-config-standard'] };
    // Whole files and <style> blocks are linted one by one; all style="" attributes of a page together.
    const groups: CssSheet[][] = [];
    const attrs = sheets.filter((s) => s.kind === 'attr');
    for (const s of sheets) if (s.kind !== 'attr') groups.push([s]);
    if (attrs.length) groups.push(attrs);
    for (const group of groups) {
      if (env.cancelled) return;
      const isAttr = group[0].kind === 'attr';
      const segments: Segment[] = [];
      let code = '';
      for (const s of group) {
        const prefix = isAttr ? 'a{' : '';
        segments.push({ sheet: s, codeStart: code.length, prefix: prefix.length, length: s.cssText.length });
        code += prefix + s.cssText + (isAttr ? '}\n' : '');
      }
      const offRules = isAttr ? OFF_IN_ATTRIBUTES : group[0].kind === 'style' ? OFF_EVERYWHERE_EMBEDDED : [];
      const config = { ...base, rules: { ...((base.rules as object) ?? {}), ...Object.fromEntries(offRules.map((r) => [r, null])) } };
      const result = await lint.lint({ code, config, configBasedir: packageRoot(), computeEditInfo: true, codeFilename: isAttr ? undefined : file.path.replace(/\.html?$/i, '.css') });
      const warnings = result.results[0]?.warnings ?? [];
      const lines = new LineIndex(code);
      for (const w of warnings) {
        const id = `${PREFIX}/${w.rule}`;
        if (!enabled.has(id)) continue;
        const startCode = lines.offsetAt({ line: w.line, column: w.column });
        const endCode = w.endLine !== undefined && w.endColumn !== undefined ? lines.offsetAt({ line: w.endLine, column: w.endColumn }) : startCode;
        const seg = segments.find((s) => startCode >= s.codeStart && startCode <= s.codeStart + s.prefix + s.length + 1);
        if (!seg) continue;
        const local = (o: number) => Math.max(0, Math.min(seg.length, o - seg.codeStart - seg.prefix));
        const fixInfo = w.fix;
        const start = seg.sheet.toDocOffset(local(startCode));
        const end = seg.sheet.toDocOffset(local(Math.max(endCode, startCode)));
        const message = w.text.replace(new RegExp(`\\s*\\(${w.rule.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&')}\\)$`), '');
        env.report(id, {
          messageId: w.rule,
          data: { message },
          range: { start, end },
          // A quote inside style="" would end the attribute: such fixes are left to the user.
          fix: fixInfo && isInside(seg, fixInfo.range) && !(isAttr && /["']/.test(fixInfo.text)) ? (f) => f.replace({ start: seg.sheet.toDocOffset(local(fixInfo.range[0])), end: seg.sheet.toDocOffset(local(fixInfo.range[1])) }, fixInfo.text) : undefined,
        });
      }
    }
  },
};

function isInside(seg: Segment, range: [number, number]): boolean {
  const lo = seg.codeStart + seg.prefix, hi = lo + seg.length;
  return range[0] >= lo && range[1] <= hi;
}
