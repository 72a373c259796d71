// Static facts about banner JavaScript: parsed with acorn as data, never executed. The facts are
// what ad servers check by reading code: click-tag variables, exit calls, hard-coded landing URLs,
// web storage, document.write, and the GSAP calls that drive animation length.
import { parse as parseJs, type Node as AcornNode } from 'acorn';
import type { OffsetRange } from '../parse/css';

/** A JavaScript value as the code writes it, with its range in the document. */
export interface JsValue {
  kind: 'string' | 'number' | 'identifier' | 'member' | 'object' | 'array' | 'call' | 'other';
  start: number;
  end: number;
  /** Literal value (string/number), identifier name, or dotted member path. */
  value?: string | number;
  /** Object literal properties in source order (kind 'object'). */
  props?: { key: string; keyStart: number; keyEnd: number; value: JsValue }[];
  /** Array literal elements (kind 'array'). */
  items?: JsValue[];
  /** For a string built by concatenation or a template: the literal parts. */
  literalParts?: { value: string; start: number; end: number }[];
}

export interface JsCall {
  /** Dotted name of the callee, e.g. `window.open`, `Enabler.exit`, `tl.to`; chained calls keep the chain root (`tl.to`). */
  callee: string;
  /** The last name of the callee (`open`, `exit`, `to`). */
  method: string;
  /** The chain root for method chains (`tl` in `tl.to().to()`), else the object name. */
  root: string;
  isNew: boolean;
  start: number;
  end: number;
  /** Where the method name is, for ordering chained calls. */
  methodStart: number;
  args: JsValue[];
  /** Whether the call runs at top level of its script (not inside a function). */
  topLevel: boolean;
}

export interface JsDeclaration {
  name: string;
  start: number;
  end: number;
  init?: JsValue;
  /** The call or `new` that initialised it, when there is one. */
  initCall?: JsCall;
  topLevel: boolean;
  /** var/let/const, or 'assign' for `window.x = …` / `x = …`. */
  kind: string;
}

export interface JsAssignment {
  /** Dotted target, e.g. `window.location.href`, `location`. */
  target: string;
  start: number;
  end: number;
  value: JsValue;
}

export interface ScriptFacts {
  parseError?: { message: string; offset: number };
  declarations: JsDeclaration[];
  calls: JsCall[];
  assignments: JsAssignment[];
  /** Member accesses and identifiers by dotted name (`localStorage`, `document.cookie`, `window.localStorage.setItem`). */
  references: { name: string; start: number; end: number }[];
  strings: { value: string; start: number; end: number }[];
}

type AnyNode = AcornNode & Record<string, unknown>;

/** Parses a script (inline or file) and collects its facts; `offset` maps positions into the document. */
export function scriptFacts(code: string, offset = 0): ScriptFacts {
  const facts: ScriptFacts = { declarations: [], calls: [], assignments: [], references: [], strings: [] };
  let program: AnyNode;
  try {
    program = parseJs(code, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, allowHashBang: true }) as unknown as AnyNode;
  } catch (scriptError) {
    try {
      program = parseJs(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true }) as unknown as AnyNode;
    } catch {
      const e = scriptError as Error & { pos?: number };
      facts.parseError = { message: e.message.replace(/\s*\(\d+:\d+\)$/, ''), offset: offset + (e.pos ?? 0) };
      return facts;
    }
  }
  const at = (n: AcornNode): OffsetRange => ({ start: n.start + offset, end: n.end + offset });

  const dotted = (n: AnyNode | undefined): string | undefined => {
    if (!n) return undefined;
    if (n.type === 'Identifier') return n.name as string;
    if (n.type === 'ThisExpression') return 'this';
    if (n.type === 'MemberExpression') {
      const obj = dotted(n.object as AnyNode);
      const prop = n.computed ? ((n.property as AnyNode).type === 'Literal' ? String((n.property as AnyNode).value) : undefined) : ((n.property as AnyNode).name as string);
      return obj && prop ? `${obj}.${prop}` : undefined;
    }
    if (n.type === 'CallExpression') return dotted(n.callee as AnyNode) ? `${dotted(n.callee as AnyNode)}()` : undefined;
    return undefined;
  };

  const valueOf = (n: AnyNode): JsValue => {
    const r = at(n);
    switch (n.type) {
      case 'Literal':
        if (typeof n.value === 'string') return { kind: 'string', ...r, value: n.value };
        if (typeof n.value === 'number') return { kind: 'number', ...r, value: n.value };
        return { kind: 'other', ...r };
      case 'UnaryExpression':
        if (n.operator === '-' && (n.argument as AnyNode).type === 'Literal' && typeof (n.argument as AnyNode).value === 'number') {
          return { kind: 'number', ...r, value: -((n.argument as AnyNode).value as number) };
        }
        return { kind: 'other', ...r };
      case 'Identifier': return { kind: 'identifier', ...r, value: n.name as string };
      case 'MemberExpression': return { kind: 'member', ...r, value: dotted(n) };
      case 'CallExpression': case 'NewExpression': return { kind: 'call', ...r, value: dotted(n.callee as AnyNode) };
      case 'ObjectExpression': {
        const props: NonNullable<JsValue['props']> = [];
        for (const p of n.properties as AnyNode[]) {
          if (p.type !== 'Property') continue;
          const k = p.key as AnyNode;
          const key = k.type === 'Identifier' && !p.computed ? (k.name as string) : k.type === 'Literal' ? String(k.value) : undefined;
          if (key === undefined) continue;
          props.push({ key, keyStart: k.start + offset, keyEnd: k.end + offset, value: valueOf(p.value as AnyNode) });
        }
        return { kind: 'object', ...r, props };
      }
      case 'ArrayExpression':
        return { kind: 'array', ...r, items: (n.elements as (AnyNode | null)[]).filter((e): e is AnyNode => !!e).map(valueOf) };
      case 'BinaryExpression': case 'TemplateLiteral': {
        const parts: NonNullable<JsValue['literalParts']> = [];
        const collect = (x: AnyNode): void => {
          if (x.type === 'Literal' && typeof x.value === 'string') parts.push({ value: x.value, ...at(x) });
          else if (x.type === 'BinaryExpression' && x.operator === '+') { collect(x.left as AnyNode); collect(x.right as AnyNode); }
          else if (x.type === 'TemplateLiteral') for (const q of x.quasis as AnyNode[]) parts.push({ value: String((q.value as { cooked?: string }).cooked ?? ''), ...at(q) });
        };
        collect(n);
        return { kind: 'other', ...r, literalParts: parts };
      }
      default: return { kind: 'other', ...r };
    }
  };

  const callOf = (n: AnyNode, topLevel: boolean): JsCall | undefined => {
    const callee = n.callee as AnyNode;
    let method = '', root = '', methodStart = callee.start;
    if (callee.type === 'Identifier') { method = callee.name as string; root = method; }
    else if (callee.type === 'MemberExpression' && !callee.computed) {
      method = (callee.property as AnyNode).name as string;
      methodStart = (callee.property as AnyNode).start;
      let obj = callee.object as AnyNode;
      while (obj.type === 'CallExpression' && (obj.callee as AnyNode).type === 'MemberExpression') obj = (obj.callee as AnyNode).object as AnyNode;
      root = dotted(obj) ?? '';
    } else return undefined;
    return {
      callee: root && root !== method ? `${root}.${method}` : method,
      method, root, isNew: n.type === 'NewExpression', ...at(n), methodStart: methodStart + offset,
      args: (n.arguments as AnyNode[]).map(valueOf), topLevel,
    };
  };

  const visit = (n: AnyNode, depth: number, parent: AnyNode | undefined): void => {
    const topLevel = depth === 0;
    switch (n.type) {
      case 'CallExpression': case 'NewExpression': {
        const c = callOf(n, topLevel);
        if (c) facts.calls.push(c);
        break;
      }
      case 'VariableDeclarator': {
        const id = n.id as AnyNode;
        if (id.type === 'Identifier') {
          const init = n.init as AnyNode | null;
          facts.declarations.push({
            name: id.name as string, ...at(id), init: init ? valueOf(init) : undefined,
            initCall: init && (init.type === 'CallExpression' || init.type === 'NewExpression') ? callOf(init, topLevel) : undefined,
            topLevel, kind: String((parent as AnyNode | undefined)?.kind ?? 'var'),
          });
        }
        break;
      }
      case 'AssignmentExpression': {
        const left = n.left as AnyNode;
        const target = dotted(left);
        if (target) {
          const right = n.right as AnyNode;
          facts.assignments.push({ target, ...at(left), value: valueOf(right) });
          const name = target.replace(/^(window|self|top)\./, '');
          if (!name.includes('.')) {
            facts.declarations.push({
              name, ...at(left), init: valueOf(right),
              initCall: right.type === 'CallExpression' || right.type === 'NewExpression' ? callOf(right, topLevel) : undefined,
              topLevel, kind: 'assign',
            });
          }
        }
        break;
      }
      case 'MemberExpression': {
        const name = dotted(n);
        if (name) facts.references.push({ name, ...at(n) });
        break;
      }
      case 'Identifier':
        if (parent?.type !== 'MemberExpression' || parent.object === n) facts.references.push({ name: n.name as string, ...at(n) });
        break;
      case 'Literal':
        if (typeof n.value === 'string') facts.strings.push({ value: n.value, ...at(n) });
        else if (n.regex) facts.strings.push({ value: String((n.regex as { pattern: string }).pattern), ...at(n) });
        break;
      case 'TemplateElement':
        facts.strings.push({ value: String((n.value as { cooked?: string }).cooked ?? ''), ...at(n) });
        break;
    }
    const inner = n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression' ? depth + 1 : depth;
    for (const key of Object.keys(n)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const child = n[key];
      if (Array.isArray(child)) { for (const c of child) if (c && typeof c === 'object' && typeof (c as AnyNode).type === 'string') visit(c as AnyNode, inner, n); }
      else if (child && typeof child === 'object' && typeof (child as AnyNode).type === 'string') visit(child as AnyNode, inner, n);
    }
  };
  visit(program, 0, undefined);
  return facts;
}

/** Plain data from a literal JsValue (objects, arrays, strings, numbers); undefined for code. */
export function literalData(v: JsValue | undefined): unknown {
  if (!v) return undefined;
  if (v.kind === 'string' || v.kind === 'number') return v.value;
  if (v.kind === 'identifier' && (v.value === 'true' || v.value === 'false')) return v.value === 'true';
  if (v.kind === 'array') return (v.items ?? []).map(literalData);
  if (v.kind === 'object') {
    const o: Record<string, unknown> = {};
    for (const p of v.props ?? []) o[p.key] = literalData(p.value);
    return o;
  }
  return undefined;
}

export function propOf(v: JsValue | undefined, key: string): JsValue | undefined {
  return v?.kind === 'object' ? v.props?.find((p) => p.key === key)?.value : undefined;
}

// ---------------------------------------------------------------------------------------------
// Flashtalking manifest.js: `FT.manifest({ ... })`, read as data.

export interface FlashtalkingManifest {
  /** The object literal passed to FT.manifest, when found. */
  object?: JsValue;
  data: Record<string, unknown>;
  parseError?: { message: string; offset: number };
  /** Set when the file has no FT.manifest({...}) call. */
  missingCall?: boolean;
}

export function readFlashtalkingManifest(code: string): FlashtalkingManifest {
  const facts = scriptFacts(code);
  if (facts.parseError) return { data: {}, parseError: facts.parseError };
  const call = facts.calls.find((c) => c.callee === 'FT.manifest' && c.args[0]?.kind === 'object');
  if (!call) return { data: {}, missingCall: true };
  return { object: call.args[0], data: (literalData(call.args[0]) as Record<string, unknown>) ?? {} };
}

// ---------------------------------------------------------------------------------------------
// GSAP animation length, estimated from tween and timeline calls.

export interface AnimationFinding {
  kind: 'infinite' | 'duration' | 'loops';
  /** Seconds of one run (duration) or the loop count (loops). */
  seconds?: number;
  loops?: number;
  range: OffsetRange;
  what: string;
}

const TWEEN_METHODS = new Set(['to', 'from', 'fromTo', 'set', 'staggerTo', 'staggerFrom', 'staggerFromTo']);
const TWEEN_OWNERS = new Set(['gsap', 'TweenMax', 'TweenLite']);
const TIMELINE_CTORS = new Set(['gsap.timeline', 'TimelineMax', 'TimelineLite', 'gsap.core.Timeline']);

function num(v: JsValue | undefined): number | undefined {
  return v?.kind === 'number' && typeof v.value === 'number' ? v.value : undefined;
}

interface TweenTiming { duration: number; delay: number; repeat?: JsValue; repeatDelay: number; vars?: JsValue; position?: JsValue }

/** Duration and vars of a tween call in GSAP 3 (`to(t, {duration})`) or GSAP 2 (`to(t, 1, {...})`) form. */
function tweenTiming(call: JsCall): TweenTiming {
  const a = call.args;
  let duration: number | undefined, vars: JsValue | undefined, position: JsValue | undefined;
  if (call.method === 'set') { vars = a[1]; position = a[2]; duration = 0; }
  else if (call.method === 'fromTo') {
    if (num(a[1]) !== undefined) { duration = num(a[1]); vars = a[3]; position = a[4]; }
    else { vars = a[2]; position = a[3]; }
  } else if (num(a[1]) !== undefined) { duration = num(a[1]); vars = a[2]; position = a[3]; }
  else { vars = a[1]; position = a[2]; }
  if (duration === undefined) duration = num(propOf(vars, 'duration')) ?? 0.5;
  return { duration, delay: num(propOf(vars, 'delay')) ?? 0, repeat: propOf(vars, 'repeat'), repeatDelay: num(propOf(vars, 'repeatDelay')) ?? 0, vars, position };
}

function withRepeat(t: { duration: number; repeat?: JsValue; repeatDelay: number }): { total: number; infinite: boolean; loops: number } {
  const r = num(t.repeat) ?? 0;
  if (r < 0) return { total: Infinity, infinite: true, loops: Infinity };
  return { total: t.duration * (r + 1) + t.repeatDelay * r, infinite: false, loops: r + 1 };
}

/** Estimates each timeline and standalone tween; returns findings against the limits given. */
export function gsapAnimation(facts: ScriptFacts): { totals: { what: string; seconds: number; loops: number; infinite: boolean; range: OffsetRange; repeatRange?: OffsetRange }[] } {
  const totals: { what: string; seconds: number; loops: number; infinite: boolean; range: OffsetRange; repeatRange?: OffsetRange }[] = [];
  const timelines = new Map<string, { decl: JsDeclaration; repeat?: JsValue; repeatDelay: number; delay: number; end: number; lastStart: number; children: number }>();
  for (const d of facts.declarations) {
    const c = d.initCall;
    if (!c) continue;
    if (!TIMELINE_CTORS.has(c.callee)) continue;
    const opts = c.args[0];
    timelines.set(d.name, { decl: d, repeat: propOf(opts, 'repeat'), repeatDelay: num(propOf(opts, 'repeatDelay')) ?? 0, delay: num(propOf(opts, 'delay')) ?? 0, end: 0, lastStart: 0, children: 0 });
  }
  const ordered = [...facts.calls].sort((x, y) => x.methodStart - y.methodStart);
  for (const call of ordered) {
    const tl = timelines.get(call.root);
    if (tl && call.method === 'repeat' && call.args[0]) { tl.repeat = call.args[0]; continue; }
    if (tl && TWEEN_METHODS.has(call.method)) {
      const t = tweenTiming(call);
      const own = withRepeat(t);
      const length = own.infinite ? Infinity : t.delay + own.total;
      let start = tl.end;
      const p = t.position;
      if (p?.kind === 'number') start = p.value as number;
      else if (p?.kind === 'string') {
        const s = String(p.value);
        const rel = /^([+-])=\s*([\d.]+)/.exec(s);
        if (rel) start = tl.end + (rel[1] === '+' ? 1 : -1) * Number(rel[2]);
        else if (s.startsWith('<')) start = tl.lastStart + (Number(s.slice(1)) || 0);
        else if (s.startsWith('>')) start = tl.end + (Number(s.slice(1)) || 0);
      }
      start = Math.max(0, start);
      tl.lastStart = start;
      tl.end = Math.max(tl.end, start + length);
      tl.children++;
      if (own.infinite) totals.push({ what: `a tween on timeline "${call.root}"`, seconds: Infinity, loops: Infinity, infinite: true, range: { start: call.start, end: call.end }, repeatRange: t.repeat && { start: t.repeat.start, end: t.repeat.end } });
      continue;
    }
    if (TWEEN_OWNERS.has(call.root) && TWEEN_METHODS.has(call.method)) {
      const t = tweenTiming(call);
      const own = withRepeat(t);
      totals.push({ what: `${call.callee}()`, seconds: own.infinite ? Infinity : t.delay + own.total, loops: own.loops, infinite: own.infinite, range: { start: call.start, end: call.end }, repeatRange: t.repeat && { start: t.repeat.start, end: t.repeat.end } });
    }
  }
  for (const [name, tl] of timelines) {
    const own = withRepeat({ duration: tl.end, repeat: tl.repeat, repeatDelay: tl.repeatDelay });
    totals.push({ what: `timeline "${name}"`, seconds: own.infinite ? Infinity : tl.delay + own.total, loops: own.loops, infinite: own.infinite, range: { start: tl.decl.start, end: tl.decl.end }, repeatRange: tl.repeat && { start: tl.repeat.start, end: tl.repeat.end } });
  }
  return { totals };
}
