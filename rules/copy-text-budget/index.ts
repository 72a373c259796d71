import { defineRule, contentRange, startTagRange, textContent, getAttr, parentElement } from '../_kit';
import type { HtmlElement } from '../_kit';
import { houseStyleOf } from '../../server/src/engine/facts/house-style';

interface Compound { tag?: string; id?: string; classes: string[]; attrs: { name: string; value?: string }[] }

/** Parses the simple selectors text budgets use: `tag#id.class[attr=value]`, descendants by spaces. */
function parseSelector(selector: string): Compound[] | undefined {
  const parts = selector.trim().split(/\s+/);
  const out: Compound[] = [];
  for (const part of parts) {
    const c: Compound = { classes: [], attrs: [] };
    const re = /^([a-z][\w-]*|\*)|#([\w-]+)|\.([\w-]+)|\[([\w:-]+)(?:=["']?([^"'\]]*)["']?)?\]/giy;
    let at = 0;
    let m: RegExpExecArray | null;
    re.lastIndex = 0;
    while (at < part.length && (m = re.exec(part))) {
      if (m[1] && m[1] !== '*') c.tag = m[1].toLowerCase();
      if (m[2]) c.id = m[2];
      if (m[3]) c.classes.push(m[3]);
      if (m[4]) c.attrs.push({ name: m[4].toLowerCase(), value: m[5] });
      at = re.lastIndex;
    }
    if (at !== part.length) return undefined;
    out.push(c);
  }
  return out;
}

function matchesCompound(el: HtmlElement, c: Compound): boolean {
  if (c.tag && el.tagName !== c.tag) return false;
  if (c.id && getAttr(el, 'id') !== c.id) return false;
  const classes = (getAttr(el, 'class') ?? '').split(/\s+/);
  if (c.classes.some((k) => !classes.includes(k))) return false;
  return c.attrs.every((a) => { const v = getAttr(el, a.name); return v !== undefined && (a.value === undefined || v === a.value); });
}

function matches(el: HtmlElement, chain: Compound[]): boolean {
  if (!matchesCompound(el, chain[chain.length - 1])) return false;
  let rest = chain.length - 2;
  for (let p = parentElement(el); p && rest >= 0; p = parentElement(p)) if (matchesCompound(p, chain[rest])) rest--;
  return rest < 0;
}

export default defineRule({
  meta: {
    id: 'copy-text-budget',
    domain: 'house-style',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'svg'],
    cost: 'cheap',
    docs: {
      description: 'Copy must fit its slot: elements matched by a houseStyle.textBudgets selector must not hold more characters than the budget.',
      recommended: true,
    },
    messages: {
      overBudget: 'Text is {{length}} characters, over the budget of {{max}} for "{{selector}}" by {{over}}.',
      badSelector: 'Text budget selector "{{selector}}" is not understood (use tag, #id, .class, [attr=value] and spaces).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const hs = houseStyleOf(ctx);
    if (!hs || !Object.keys(hs.textBudgets).length) return;
    const budgets = Object.entries(hs.textBudgets).map(([selector, max]) => ({ selector, max, chain: parseSelector(selector) })).filter((b) => b.chain?.length);
    return {
      element(el) {
        for (const b of budgets) {
          if (!matches(el, b.chain!)) continue;
          const text = textContent(el).replace(/\s+/g, ' ').trim();
          const length = [...text].length;
          if (length <= b.max) continue;
          const range = contentRange(el) ?? startTagRange(el);
          ctx.report({ messageId: 'overBudget', data: { length, max: b.max, selector: b.selector, over: length - b.max }, range: range.end > range.start ? range : startTagRange(el) });
          return;
        }
      },
    };
  },
});
