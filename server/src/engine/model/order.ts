/**
 * The production order (`crossmedia-order.yaml`, `.yml` or `.json`): what must be delivered, where, and to which
 * spec. Parsed with `yaml` (JSON is read by the same parser) so that every problem points at the exact key or value,
 * and validated against schemas/crossmedia-order.schema.json plus the checks a schema cannot make (profiles exist).
 */
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import picomatch from 'picomatch';
import { parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node as YamlNode, type Pair } from 'yaml';
import orderSchema from '../../../../schemas/crossmedia-order.schema.json';
import mediaDefaults from '../../../../rules/profiles/media/defaults.json';
import { socialPlacement, socialPlacementIds, type SocialMediaSpec, type SocialPlacement } from '../../../../rules/profiles/social';
import type { Project, SourceFile } from './project';

export const ORDER_FILE_NAMES: readonly string[] = mediaDefaults.orderFileNames;

export type DeliverableType = 'video' | 'audio' | 'image' | 'banner' | 'page';

export interface TextRange { start: number; end: number }

export interface OrderLoudness { integrated?: number; tolerance?: number; truePeak?: number }

export interface OrderDeliverable {
  index: number;
  name: string;
  /** As written, relative to the delivery folder, '/'-separated. */
  path: string;
  type: DeliverableType;
  profile?: string;
  /** The placement's spec for this deliverable's type, when `profile` names one that has it. */
  spec?: SocialMediaSpec;
  placement?: SocialPlacement;
  count: number;
  size?: { width: number; height: number };
  aspect?: string;
  duration?: { min?: number; max?: number; exact?: number };
  maxBytes?: number;
  codecs?: string[];
  formats?: string[];
  captions?: 'required' | 'optional';
  loudness?: OrderLoudness;
  /** The whole list item, its `path` value and each key's value, in the order file's text. */
  range: TextRange;
  pathRange: TextRange;
  keyRanges: Record<string, TextRange>;
}

export interface OrderProblem {
  code: 'syntax' | 'schema' | 'unknown-profile' | 'profile-type';
  message: string;
  range: TextRange;
}

export interface ProductionOrder {
  file: SourceFile;
  /** Absolute folder of the order file. */
  dir: string;
  /** Absolute delivery folder. */
  deliveryDir: string;
  deliverables: OrderDeliverable[];
  ignore: string[];
  problems: OrderProblem[];
}

export function isOrderFile(file: string): boolean {
  return ORDER_FILE_NAMES.includes(path.basename(file));
}

let validator: ValidateFunction | undefined;
function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(orderSchema);
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** Parses and validates an order file; never throws. Deliverables with invalid entries are kept when usable. */
export function parseOrder(file: SourceFile): ProductionOrder {
  return file.cached('production-order', () => readOrder(file));
}

function readOrder(file: SourceFile): ProductionOrder {
  const dir = path.dirname(file.path);
  const order: ProductionOrder = { file, dir, deliveryDir: dir, deliverables: [], ignore: [], problems: [] };
  const text = file.text;
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    order.problems.push({ code: 'syntax', message: e.message.split('\n')[0], range: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) } });
  }
  if (doc.errors.length) return order;
  const data = doc.toJS() as unknown;
  for (const error of validate(data)) order.problems.push(schemaProblem(doc, error, text));
  if (!data || typeof data !== 'object' || Array.isArray(data)) return order;
  const root = data as Record<string, unknown>;
  if (typeof root.deliveryFolder === 'string' && isInside(root.deliveryFolder)) order.deliveryDir = path.resolve(dir, root.deliveryFolder);
  if (Array.isArray(root.ignore)) order.ignore = root.ignore.filter((g): g is string => typeof g === 'string');
  const list = doc.get('deliverables', true);
  if (!isSeq(list)) return order;
  list.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const raw = (item as YamlNode).toJSON() as Record<string, unknown>;
    const deliverable = toDeliverable(raw, index, item as YamlNode);
    if (!deliverable) return;
    if (deliverable.profile) {
      const found = socialPlacement(deliverable.profile);
      const at = deliverable.keyRanges.profile ?? deliverable.range;
      if (!found) {
        order.problems.push({ code: 'unknown-profile', range: at, message: `Unknown profile "${deliverable.profile}"; known: ${socialPlacementIds().join(', ')}.` });
      } else {
        deliverable.placement = found.placement;
        const kind = deliverable.type === 'video' || deliverable.type === 'audio' || deliverable.type === 'image' ? deliverable.type : undefined;
        deliverable.spec = kind ? found.placement[kind] : undefined;
        if (kind && !deliverable.spec) order.problems.push({ code: 'profile-type', range: at, message: `Profile "${found.id}" has no ${kind} spec; it lists ${Object.keys(found.placement).filter((k) => k !== 'name').join(' and ')}.` });
      }
    }
    order.deliverables.push(deliverable);
  });
  return order;
}

function isInside(relative: string): boolean {
  return !/(^|[\\/])\.\.([\\/]|$)|^[\\/]|^[A-Za-z]:/.test(relative);
}

function nodeRange(node: unknown): TextRange | undefined {
  const r = (node as { range?: [number, number, number] } | undefined)?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

function toDeliverable(raw: Record<string, unknown>, index: number, node: YamlNode): OrderDeliverable | undefined {
  const keyRanges: Record<string, TextRange> = {};
  if (isMap(node)) {
    for (const pair of node.items as Pair[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const r = nodeRange(pair.value) ?? nodeRange(pair.key);
      if (key && r) keyRanges[key] = r;
    }
  }
  const type = raw.type;
  if (typeof raw.path !== 'string' || !raw.path.trim() || !isInside(raw.path)) return undefined;
  if (type !== 'video' && type !== 'audio' && type !== 'image' && type !== 'banner' && type !== 'page') return undefined;
  const range = nodeRange(node) ?? { start: 0, end: 0 };
  const d: OrderDeliverable = {
    index,
    name: typeof raw.name === 'string' ? raw.name : raw.path,
    path: raw.path.trim().replace(/\\/g, '/').replace(/^\.\//, ''),
    type,
    count: typeof raw.count === 'number' && raw.count >= 1 ? Math.floor(raw.count) : 1,
    range,
    pathRange: keyRanges.path ?? range,
    keyRanges,
  };
  if (typeof raw.profile === 'string') d.profile = raw.profile;
  if (typeof raw.size === 'string') {
    const m = /^(\d+)x(\d+)$/.exec(raw.size);
    if (m) d.size = { width: Number(m[1]), height: Number(m[2]) };
  }
  if (typeof raw.aspect === 'string') d.aspect = raw.aspect;
  d.duration = parseDuration(raw.duration);
  const weight = parseWeight(raw.maxWeight);
  if (weight !== undefined) d.maxBytes = weight;
  if (typeof raw.codec === 'string') d.codecs = [raw.codec];
  else if (Array.isArray(raw.codec)) d.codecs = raw.codec.filter((c): c is string => typeof c === 'string');
  if (typeof raw.format === 'string') d.formats = [raw.format];
  else if (Array.isArray(raw.format)) d.formats = raw.format.filter((c): c is string => typeof c === 'string');
  if (raw.captions === 'required' || raw.captions === 'optional') d.captions = raw.captions;
  if (raw.loudness && typeof raw.loudness === 'object') {
    const l = raw.loudness as Record<string, unknown>;
    d.loudness = {};
    if (typeof l.integrated === 'number') d.loudness.integrated = l.integrated;
    if (typeof l.tolerance === 'number') d.loudness.tolerance = l.tolerance;
    if (typeof l.truePeak === 'number') d.loudness.truePeak = l.truePeak;
  }
  return d;
}

/** Bytes from 1234, "4 MB" (1000-based) or "4 MiB" (1024-based). */
export function parseWeight(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return Math.floor(value);
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB|GB|GiB)\s*$/.exec(value);
  if (!m) return undefined;
  const unit: Record<string, number> = { B: 1, KB: 1e3, KiB: 1024, MB: 1e6, MiB: 1024 ** 2, GB: 1e9, GiB: 1024 ** 3 };
  return Math.round(Number(m[1]) * unit[m[2]]);
}

function parseSeconds(value: unknown): number | undefined {
  if (typeof value === 'number' && value > 0) return value;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|sec|min)?\s*$/.exec(value);
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'min' ? 60 : 1);
}

function parseDuration(value: unknown): OrderDeliverable['duration'] {
  const exact = parseSeconds(value);
  if (exact !== undefined) return { exact };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const min = parseSeconds(v.min);
    const max = parseSeconds(v.max);
    if (min !== undefined || max !== undefined) return { min, max };
  }
  return undefined;
}

/** Turns an Ajv error into a message on the exact key (unknown keys) or value (wrong values). */
function schemaProblem(doc: Document, error: ErrorObject, text: string): OrderProblem {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const node = segments.length ? doc.getIn(segments, true) : doc.contents;
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.') : 'the order';
  const firstLine = (r: TextRange): TextRange => {
    const nl = text.indexOf('\n', r.start);
    return { start: r.start, end: nl >= 0 && nl < r.end ? nl : r.end };
  };
  let range = nodeRange(node) ?? { start: 0, end: Math.min(text.length, Math.max(1, text.indexOf('\n'))) };
  let message: string;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const pair = isMap(node) ? (node.items as Pair[]).find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) : undefined;
      range = nodeRange(pair?.key) ?? range;
      const allowed = allowedKeys(segments);
      message = `Unknown key "${key}" in ${where}${allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}.`;
      break;
    }
    case 'required': {
      range = firstLine(range);
      message = `${where === 'the order' ? 'The order' : capital(where)} is missing the required key "${(error.params as { missingProperty: string }).missingProperty}".`;
      break;
    }
    case 'enum':
      message = `${capital(where)} must be one of: ${((error.params as { allowedValues: unknown[] }).allowedValues).map(String).join(', ')}.`;
      break;
    case 'not':
      message = `${capital(where)} must be relative to the delivery folder and stay inside it (no "..", no absolute path).`;
      break;
    default:
      message = `${capital(where)} ${error.message ?? 'is invalid'}.`;
  }
  if (range.end <= range.start) range = { start: range.start, end: range.start + 1 };
  return { code: 'schema', message, range };
}

function allowedKeys(segments: (string | number)[]): string[] {
  const schema = orderSchema as { properties: Record<string, unknown>; definitions: { deliverable: { properties: Record<string, unknown> } } };
  if (segments.length === 0) return Object.keys(schema.properties).filter((k) => k !== '$schema');
  if (segments[0] === 'deliverables' && segments.length === 2) return Object.keys(schema.definitions.deliverable.properties);
  return [];
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The order that governs a file: the nearest order file in the file's folder or above it, without leaving the
 * deliverable root the file belongs to. Undefined when there is none (order rules then stay silent).
 */
export function orderFor(project: Project, absPath: string): ProductionOrder | undefined {
  if (absPath.includes('!/')) absPath = absPath.slice(0, absPath.indexOf('!/'));
  const root = project.rootOf(absPath);
  let dir = path.dirname(absPath);
  for (;;) {
    const found = project.cached(`order-file:${dir}`, () => {
      for (const name of ORDER_FILE_NAMES) {
        const f = project.getFile(path.join(dir, name));
        if (f) return f;
      }
      return null;
    });
    if (found) return parseOrder(found);
    const parent = path.dirname(dir);
    if (dir === root || parent === dir || !(parent === root || parent.startsWith(root.endsWith(path.sep) ? root : root + path.sep))) return undefined;
    dir = parent;
  }
}

/** The file's path relative to the delivery folder, '/'-separated; undefined when the file is outside it. */
export function deliveryRelative(order: ProductionOrder, absPath: string): string | undefined {
  if (absPath.includes('!/')) absPath = absPath.slice(0, absPath.indexOf('!/'));
  const rel = path.relative(order.deliveryDir, absPath);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

const GLOB_CHARS = /[*?[\]{}!]/;

export function isGlob(p: string): boolean {
  return GLOB_CHARS.test(p);
}

/** Whether a deliverable's path names this file: exactly, as a folder that contains it, or as a glob. */
export function deliverableMatches(d: OrderDeliverable, rel: string, isFolder: (rel: string) => boolean): boolean {
  if (isGlob(d.path)) return picomatch(d.path, { dot: false })(rel);
  const p = d.path.replace(/\/+$/, '');
  if (rel === p) return true;
  if (d.path.endsWith('/') || isFolder(p)) return rel.startsWith(p + '/');
  return false;
}

/** Which deliverable's spec applies to a file (a file path match wins over a folder or glob). */
export function deliverablesOf(project: Project, order: ProductionOrder, absPath: string): OrderDeliverable[] {
  const rel = deliveryRelative(order, absPath);
  if (rel === undefined) return [];
  const isFolder = (p: string) => !!project.host.stat(path.join(order.deliveryDir, p))?.isDirectory;
  return order.deliverables.filter((d) => deliverableMatches(d, rel, isFolder));
}

const WALK_LIMIT = 20000;

/** Every file in the delivery folder (relative, '/'-separated), skipping dot-folders and node_modules; bounded. */
export function deliveryFiles(project: Project, order: ProductionOrder): string[] {
  return project.cached(`order-delivery-files:${order.file.path}`, () => {
    const out: string[] = [];
    const walk = (dir: string, prefix: string) => {
      for (const e of project.host.readDir(dir)) {
        if (out.length >= WALK_LIMIT) return;
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        const rel = prefix ? `${prefix}/${e.name}` : e.name;
        if (e.isDirectory) walk(path.join(dir, e.name), rel);
        else if (e.isFile) out.push(rel);
      }
    };
    walk(order.deliveryDir, '');
    return out.sort();
  });
}

/** The delivered files a deliverable names (relative to the delivery folder). */
export function filesOfDeliverable(project: Project, order: ProductionOrder, d: OrderDeliverable): string[] {
  const isFolder = (p: string) => !!project.host.stat(path.join(order.deliveryDir, p))?.isDirectory;
  return deliveryFiles(project, order).filter((rel) => deliverableMatches(d, rel, isFolder));
}
