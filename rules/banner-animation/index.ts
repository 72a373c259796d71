import { defineRule } from '../_kit';
import type { CssSheet } from '../_kit';
import type { Declaration, Rule } from 'postcss';
import { bannerContext, unitScripts } from '../../server/src/engine/model/banner';
import { gsapAnimation } from '../../server/src/engine/model/banner-code';

const TIME = /^(-?\d*\.?\d+)(m?s)$/i;

function seconds(token: string): number | undefined {
  const m = TIME.exec(token);
  return m ? Number(m[1]) / (m[2].toLowerCase() === 'ms' ? 1000 : 1) : undefined;
}

function splitTop(value: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

interface CssAnimation { duration: number; delay: number; count: number | 'infinite'; countDecl?: Declaration; countToken?: string; decl: Declaration }

/** The animations one CSS rule sets, from the shorthand and the longhands (longhands win when later). */
function animationsOf(rule: Rule): CssAnimation[] {
  let list: CssAnimation[] = [];
  const longhand: { durations?: number[]; delays?: number[]; counts?: (number | 'infinite')[]; countDecl?: Declaration; decl?: Declaration } = {};
  rule.each((d) => {
    if (d.type !== 'decl') return;
    const prop = d.prop.toLowerCase().replace(/^-webkit-/, '');
    if (prop === 'animation') {
      list = splitTop(d.value).filter((a) => a && a !== 'none').map((a) => {
        const tokens = a.split(/\s+/);
        const times = tokens.map(seconds).filter((t): t is number => t !== undefined);
        const countToken = tokens.find((t) => t.toLowerCase() === 'infinite' || /^\d*\.?\d+$/.test(t));
        const count = countToken === undefined ? 1 : countToken.toLowerCase() === 'infinite' ? 'infinite' : Number(countToken);
        return { duration: times[0] ?? 0, delay: times[1] ?? 0, count, countDecl: d, countToken, decl: d };
      });
    } else if (prop === 'animation-duration') { longhand.durations = splitTop(d.value).map((v) => seconds(v) ?? 0); longhand.decl = d; }
    else if (prop === 'animation-delay') longhand.delays = splitTop(d.value).map((v) => seconds(v) ?? 0);
    else if (prop === 'animation-iteration-count') {
      longhand.counts = splitTop(d.value).map((v) => (v.toLowerCase() === 'infinite' ? 'infinite' : Number(v) || 1));
      longhand.countDecl = d;
    }
  });
  const n = Math.max(list.length, longhand.durations?.length ?? 0, longhand.counts?.length ?? 0);
  const out: CssAnimation[] = [];
  for (let i = 0; i < n; i++) {
    const base = list[i] ?? list[list.length - 1];
    const pick = <T,>(arr: T[] | undefined): T | undefined => (arr?.length ? arr[i % arr.length] : undefined);
    const count = pick(longhand.counts) ?? base?.count ?? 1;
    const decl = longhand.decl ?? base?.decl ?? longhand.countDecl;
    if (!decl) continue;
    out.push({
      duration: pick(longhand.durations) ?? base?.duration ?? 0,
      delay: pick(longhand.delays) ?? base?.delay ?? 0,
      count,
      countDecl: longhand.counts ? longhand.countDecl : base?.countDecl,
      countToken: longhand.counts ? String(count) : base?.countToken,
      decl,
    });
  }
  return out.filter((a) => a.duration > 0);
}

export default defineRule({
  meta: {
    id: 'banner-animation',
    domain: 'banner',
    type: 'problem',
    scope: 'file',
    languages: ['html', 'css', 'js'],
    cost: 'cheap',
    docs: {
      description: 'Banner animation must stop within the profile\'s limit (IAB 15 s and 3 loops, Google 30 s) and must not loop forever; estimated from CSS animations and GSAP tweens and timelines.',
      recommended: true,
    },
    messages: {
      infinite: '{{what}} repeats forever; {{profile}} wants animation to stop{{limit}}.',
      tooLong: '{{what}} runs about {{seconds}} s; {{profile}} allows {{max}} s.',
      tooManyLoops: '{{what}} plays {{loops}} times; {{profile}} allows {{max}} loops.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const b = bannerContext(ctx.project, ctx.file, ctx.settings);
    if (!b || !b.unit.files.includes(ctx.file)) return;
    const anim = b.profile.animation;
    if (anim.allowInfinite && anim.maxSeconds === null && anim.maxLoops === null) return;
    const profile = b.profileIds.join(' + ');
    const limit = anim.maxSeconds ? ` within ${anim.maxSeconds} s` : '';
    const round = (n: number) => String(Math.round(n * 10) / 10);

    const sheets: CssSheet[] = ctx.file.sheets;
    for (const sheet of sheets) {
      sheet.root?.walk((node) => {
        if (node.type !== 'rule') return;
        for (const a of animationsOf(node)) {
          const what = `The CSS animation on "${node.selector}"`;
          if (a.count === 'infinite') {
            if (anim.allowInfinite) continue;
            const d = a.countDecl ?? a.decl;
            const raw = sheet.rawValue(d);
            const idx = raw.toLowerCase().indexOf('infinite');
            const range = idx >= 0 ? sheet.valuePartRange(d, idx, idx + 8) : sheet.valueRange(d);
            ctx.report({ messageId: 'infinite', data: { what, profile, limit }, range });
            continue;
          }
          const total = a.delay + a.duration * a.count;
          if (anim.maxLoops !== null && a.count > anim.maxLoops && a.countDecl) {
            ctx.report({ messageId: 'tooManyLoops', data: { what, loops: a.count, max: anim.maxLoops, profile }, range: sheet.valueRange(a.countDecl) });
          } else if (anim.maxSeconds !== null && total > anim.maxSeconds) {
            ctx.report({ messageId: 'tooLong', data: { what, seconds: round(total), max: anim.maxSeconds, profile }, range: sheet.valueRange(a.decl) });
          }
        }
      });
    }
    for (const chunk of unitScripts(b.unit)) {
      if (chunk.file !== ctx.file) continue;
      for (const t of gsapAnimation(chunk.facts).totals) {
        const what = `GSAP ${t.what}`;
        if (t.infinite) {
          if (!anim.allowInfinite) ctx.report({ messageId: 'infinite', data: { what, profile, limit }, range: t.repeatRange ?? t.range });
        } else if (anim.maxLoops !== null && t.loops > anim.maxLoops) {
          ctx.report({ messageId: 'tooManyLoops', data: { what, loops: t.loops, max: anim.maxLoops, profile }, range: t.repeatRange ?? t.range });
        } else if (anim.maxSeconds !== null && t.seconds > anim.maxSeconds) {
          ctx.report({ messageId: 'tooLong', data: { what, seconds: round(t.seconds), max: anim.maxSeconds, profile }, range: t.range });
        }
      }
    }
  },
});
