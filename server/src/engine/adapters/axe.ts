import * as path from 'node:path';
import type { RuleMeta } from '../../../../rules/_kit/types';
import type { RuleGroup } from '../run';
import type { SourceFile } from '../model/project';
import { AxeTimeoutError, runAxe } from './axe-runner';

const PREFIX = 'axe';
/** Reports axe's `incomplete` results ("needs review"); only runs when configured (e.g. at "info"). */
export const AXE_NEEDS_REVIEW = `${PREFIX}/needs-review`;
/** Says that axe-core did not check a page (time budget, size limit), so a clean result is not read as a pass. */
export const AXE_SKIPPED = `${PREFIX}/skipped`;
const DEFAULT_TIMEOUT_MS = 20000;
/** Pages larger than this are not given to jsdom (memory and time grow with the DOM); our static rules still run. */
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * axe rules that need a rendering engine: jsdom has no layout, so their answers would be guesses
 * (every box is 0×0 at 0,0, no fonts, no scrolling). Our own static rules cover contrast.
 */
export const AXE_LAYOUT_RULES = new Set([
  'color-contrast', 'color-contrast-enhanced', 'target-size', 'link-in-text-block',
  'scrollable-region-focusable', 'css-orientation-lock', 'p-as-heading', 'focus-order-semantics',
  'hidden-content', 'frame-tested',
]);

interface AxeRuleInfo { ruleId: string; description: string; help: string; helpUrl: string; tags: string[]; actIds?: string[]; enabled?: boolean }

let metaCache: RuleMeta[] | undefined;

/** `wcag111` → `1.1.1`, `wcag1410` → `1.4.10`; level tags (`wcag2aa`) are not criteria. */
export function wcagCriterionOfTag(tag: string): string | undefined {
  const m = /^wcag(\d)(\d)(\d+)$/.exec(tag);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : undefined;
}

function axeRules(): AxeRuleInfo[] {
  // Loading axe-core alone (no jsdom) is enough to read its rule list.
  const axe = require('axe-core') as { getRules(): AxeRuleInfo[] };
  return axe.getRules().filter((r) => !AXE_LAYOUT_RULES.has(r.ruleId));
}

function metaOf(r: AxeRuleInfo): RuleMeta {
  const wcag = [...new Set(r.tags.map(wcagCriterionOfTag).filter((c): c is string => !!c))];
  return {
    id: `${PREFIX}/${r.ruleId}`,
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'expensive',
    docs: {
      description: r.description.replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      url: r.helpUrl,
      ...(r.actIds?.length ? { act: [...r.actIds] } : {}),
      ...(wcag.length ? { wcag } : {}),
    },
    messages: { [r.ruleId]: '{{message}}' },
    schema: { type: 'object' },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  };
}

/** Local stylesheets the page links to, read from the project (never fetched). */
function localStyles(file: SourceFile, getFile: (abs: string) => SourceFile | undefined, root: string): string[] {
  const out: string[] = [];
  for (const el of file.html?.elements ?? []) {
    if (el.tagName !== 'link') continue;
    const rel = el.attrs.find((a) => a.name === 'rel')?.value.toLowerCase().split(/\s+/) ?? [];
    const href = el.attrs.find((a) => a.name === 'href')?.value.trim();
    if (!rel.includes('stylesheet') || rel.includes('alternate') || !href) continue;
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(href)) continue;
    const clean = decodeURIComponentSafe(href.replace(/[?#].*$/, ''));
    const abs = clean.startsWith('/') ? path.join(root, clean) : path.resolve(path.dirname(file.path), clean);
    const sheet = getFile(abs);
    if (sheet?.language === 'css' && sheet.text) out.push(sheet.text);
  }
  return out;
}
function decodeURIComponentSafe(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** axe-core's rules as `axe/<id>`, all enabled ones in one `axe.run` per page on jsdom. */
export const axeGroup: RuleGroup = {
  prefix: PREFIX,
  languages: ['html'],
  cost: 'expensive',
  metas() {
    if (!metaCache) {
      metaCache = axeRules().map(metaOf);
      metaCache.push({
        id: AXE_NEEDS_REVIEW,
        domain: 'a11y',
        type: 'suggestion',
        scope: 'file',
        languages: ['html'],
        cost: 'expensive',
        docs: { description: 'What axe-core could not decide on jsdom (its "incomplete" results): elements for a person to review. Off unless configured, e.g. at "info".', url: 'https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#results-object' },
        messages: { needsReview: 'Needs review ({{rule}}): {{message}}' },
        schema: { type: 'object' },
        defaultOptions: {},
        fixable: false,
        hasSuggestions: false,
      }, {
        id: AXE_SKIPPED,
        domain: 'a11y',
        type: 'suggestion',
        scope: 'file',
        languages: ['html'],
        cost: 'expensive',
        docs: { description: 'A page axe-core did not check: it took longer than the time budget (settings.a11y.axeTimeoutMs) or is larger than settings.a11y.axeMaxBytes. The static accessibility rules still ran on it.', url: 'https://github.com/dequelabs/axe-core/blob/develop/doc/API.md' },
        messages: {
          timeout: 'axe-core took longer than {{ms}} ms on this page, so its checks were skipped here (the static accessibility rules still ran); raise settings.a11y.axeTimeoutMs to give it more time.',
          tooLarge: 'This page is {{size}} KB, more than settings.a11y.axeMaxBytes ({{max}} KB), so axe-core did not check it (the static accessibility rules still ran).',
        },
        schema: { type: 'object' },
        defaultOptions: {},
        fixable: false,
        hasSuggestions: false,
      });
    }
    return metaCache;
  },
  async run(file, enabled, env) {
    const html = file.text;
    if (!html || !file.html) return;
    const known = new Set(axeGroup.metas().map((m) => m.id));
    const rules = [...enabled.keys()].filter((id) => id !== AXE_NEEDS_REVIEW && id !== AXE_SKIPPED && known.has(id)).map((id) => id.slice(PREFIX.length + 1));
    const wantIncomplete = enabled.has(AXE_NEEDS_REVIEW);
    if (!rules.length) return;
    const settings = (env.config.settings.a11y ?? {}) as { axeTimeoutMs?: unknown; axeMaxBytes?: unknown };
    const maxBytes = typeof settings.axeMaxBytes === 'number' && settings.axeMaxBytes > 0 ? settings.axeMaxBytes : DEFAULT_MAX_BYTES;
    const top = { start: 0, end: 0 };
    if (html.length > maxBytes) {
      if (enabled.has(AXE_SKIPPED)) env.report(AXE_SKIPPED, { messageId: 'tooLarge', data: { size: Math.ceil(html.length / 1024), max: Math.floor(maxBytes / 1024) }, range: top });
      return;
    }
    const timeoutMs = typeof settings.axeTimeoutMs === 'number' && settings.axeTimeoutMs > 0 ? settings.axeTimeoutMs : DEFAULT_TIMEOUT_MS;
    const root = env.project.rootOf(file.path);
    const styles = file.inArchive ? [] : localStyles(file, (abs) => env.project.getFile(abs), root);
    if (env.cancelled) return;
    let result: Awaited<ReturnType<typeof runAxe>>;
    try {
      result = await runAxe({ html, rules, styles, timeoutMs, wantIncomplete });
    } catch (e) {
      // Running out of time is a limit of this page, not a fault of the linter.
      if (!(e instanceof AxeTimeoutError)) throw e;
      if (enabled.has(AXE_SKIPPED)) env.report(AXE_SKIPPED, { messageId: 'timeout', data: { ms: timeoutMs }, range: top });
      return;
    }
    if (env.cancelled) return;
    const fallback = { start: 0, end: 0 };
    for (const v of result.violations) {
      const id = `${PREFIX}/${v.id}`;
      if (!enabled.has(id)) continue;
      for (const n of v.nodes) {
        const range = n.start !== undefined && n.end !== undefined ? { start: n.start, end: n.end } : fallback;
        env.report(id, { messageId: v.id, data: { message: messageOf(v.help, n.summary) }, range });
      }
    }
    for (const v of result.incomplete) {
      if (!known.has(`${PREFIX}/${v.id}`)) continue;
      for (const n of v.nodes) {
        const range = n.start !== undefined && n.end !== undefined ? { start: n.start, end: n.end } : fallback;
        env.report(AXE_NEEDS_REVIEW, { messageId: 'needsReview', data: { rule: v.id, message: messageOf(v.help, n.summary) }, range });
      }
    }
  },
};

function messageOf(help: string, summary: string): string {
  const detail = summary.replace(/^Fix (?:any|all) of the following:\s*/gm, '').split('\n').map((l) => l.trim()).filter(Boolean);
  const text = detail.length ? `${help}: ${detail.join('; ')}` : help;
  return text.replace(/\s+/g, ' ').trim();
}
