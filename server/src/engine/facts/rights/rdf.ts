import { XmlElement, XML_NS, childElements, findElements, languageOf, textContent } from './xml';

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  x: 'adobe:ns:meta/',
  dc: 'http://purl.org/dc/elements/1.1/',
  xmpRights: 'http://ns.adobe.com/xap/1.0/rights/',
  photoshop: 'http://ns.adobe.com/photoshop/1.0/',
  plus: 'http://ns.useplus.org/ldf/xmp/1.0/',
  Iptc4xmpCore: 'http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/',
  Iptc4xmpExt: 'http://iptc.org/std/Iptc4xmpExt/2008-02-29/',
  cc: 'http://creativecommons.org/ns#',
} as const;

/** Namespace URIs that old Inkscape/Creative Commons tools wrote; read as if they were the current ones. */
const NAMESPACE_ALIASES: Readonly<Record<string, string>> = {
  'http://web.resource.org/cc/': NS.cc,
  'https://creativecommons.org/ns#': NS.cc,
  'http://purl.org/dc/elements/1.1': NS.dc,
};

/**
 * Packets that use a conventional prefix without declaring it are broken, but common enough (hand-edited
 * SVGs, truncated headers) that we assume the conventional URI. Declared prefixes always win.
 */
export const CONVENTIONAL_PREFIXES: Readonly<Record<string, string>> = { ...NS };

export type RdfValue =
  | { kind: 'literal'; text: string; lang?: string }
  | { kind: 'resource'; uri: string }
  | { kind: 'struct'; props: RdfProperties }
  | { kind: 'list'; type: 'Alt' | 'Seq' | 'Bag'; items: RdfValue[] };

/** Property values keyed by `namespaceURI + localName`. */
export type RdfProperties = Map<string, RdfValue[]>;

export const key = (ns: string, local: string): string => ns + local;

function keyOf(element: { ns?: string; local: string }): string | undefined {
  if (!element.ns) return undefined;
  return key(NAMESPACE_ALIASES[element.ns] ?? element.ns, element.local);
}

function add(props: RdfProperties, k: string, value: RdfValue | undefined): void {
  if (!value) return;
  const list = props.get(k);
  if (list) list.push(value);
  else props.set(k, [value]);
}

/**
 * Collects the properties of every node element under rdf:RDF (rdf:Description or typed nodes such as
 * cc:Work) found below `container`. XMP allows the properties of one resource to be split over several
 * rdf:Description elements, so they are merged into one map.
 */
export function collectRdfProperties(container: XmlElement): RdfProperties {
  const props: RdfProperties = new Map();
  const rdfRoots = findElements(container, (e) => e.ns === NS.rdf && e.local === 'RDF', true);
  let nodes = rdfRoots.flatMap(childElements);
  if (!rdfRoots.length) {
    // No rdf:RDF (cut-off packet, or RDF-less SVG metadata): take outermost descriptions if there are any.
    nodes = findElements(container, (e) => e.ns === NS.rdf && e.local === 'Description', true);
  }
  for (const node of nodes) addNodeProperties(node, props);
  return props;
}

/** Properties written directly in `element`, treating it as a node (used for RDF-less SVG metadata). */
export function nodeProperties(element: XmlElement): RdfProperties {
  const props: RdfProperties = new Map();
  addNodeProperties(element, props);
  return props;
}

function addNodeProperties(node: XmlElement, props: RdfProperties): void {
  for (const attr of node.attributes) {
    if (!attr.ns || attr.ns === NS.rdf || attr.ns === XML_NS) continue;
    const k = keyOf(attr);
    if (k) add(props, k, { kind: 'literal', text: attr.value, lang: languageOf(node) });
  }
  for (const child of childElements(node)) {
    if (child.ns === NS.rdf) continue; // rdf:type and friends carry no rights data
    const k = keyOf(child);
    if (k) add(props, k, propertyValue(child));
  }
}

function attr(element: XmlElement, local: string): string | undefined {
  return element.attributes.find((a) => a.ns === NS.rdf && a.local === local)?.value;
}

const hasPropertyAttributes = (element: XmlElement): boolean =>
  element.attributes.some((a) => a.ns && a.ns !== NS.rdf && a.ns !== XML_NS);

function propertyValue(element: XmlElement): RdfValue | undefined {
  const resource = attr(element, 'resource');
  if (resource !== undefined) return { kind: 'resource', uri: resource };
  if (attr(element, 'parseType') === 'Resource') return { kind: 'struct', props: nodeProperties(element) };
  const children = childElements(element);
  const ownText = element.children.some((child) => typeof child === 'string' && child.trim() !== '');
  // parseType="Literal" (XML content), and broken markup where text sits next to elements: keep the text.
  if (attr(element, 'parseType') === 'Literal' || (ownText && children.length)) {
    return { kind: 'literal', text: textContent(element), lang: languageOf(element) };
  }
  if (children.length === 1) {
    const only = children[0];
    if (only.ns === NS.rdf && (only.local === 'Alt' || only.local === 'Seq' || only.local === 'Bag')) {
      const items = childElements(only)
        .filter((li) => li.ns === NS.rdf && li.local === 'li')
        .map(propertyValue)
        .filter((v): v is RdfValue => v !== undefined);
      return { kind: 'list', type: only.local, items };
    }
    // A node element: rdf:Description or a typed node such as cc:Agent.
    const props = nodeProperties(only);
    if (!props.size) {
      // Not RDF but seen in the wild: <plus:Licensor><plus:LicensorURL>…</plus:LicensorURL></plus:Licensor>
      const k = keyOf(only);
      const text = textContent(only).trim();
      if (k && text) props.set(k, [{ kind: 'literal', text, lang: languageOf(only) }]);
    }
    return { kind: 'struct', props };
  }
  if (children.length > 1 || hasPropertyAttributes(element)) return { kind: 'struct', props: nodeProperties(element) };
  return { kind: 'literal', text: textContent(element), lang: languageOf(element) };
}

/** The single text of a value: x-default (else first) of a Lang Alt, first item of Seq/Bag, rdf:value of a struct. */
export function textOf(value: RdfValue | undefined): string | undefined {
  if (!value) return undefined;
  switch (value.kind) {
    case 'literal':
      return value.text.trim() || undefined;
    case 'resource':
      return value.uri.trim() || undefined;
    case 'list': {
      if (value.type === 'Alt') {
        const preferred = value.items.find((item) => item.kind === 'literal' && item.lang?.toLowerCase() === 'x-default');
        const text = textOf(preferred);
        if (text) return text;
      }
      for (const item of value.items) {
        const text = textOf(item);
        if (text) return text;
      }
      return undefined;
    }
    case 'struct':
      // rdf:value carries the main value of a qualified property; dc:title names a cc:Agent.
      return firstText(value.props, key(NS.rdf, 'value')) ?? firstText(value.props, key(NS.dc, 'title'));
  }
}

/** Every text of a value: all items of a Seq/Bag (an Alt counts as one value). */
export function textsOf(value: RdfValue | undefined): string[] {
  if (!value) return [];
  if (value.kind === 'list' && value.type !== 'Alt') return value.items.flatMap(textsOf);
  const text = textOf(value);
  return text ? [text] : [];
}

export function firstText(props: RdfProperties, k: string): string | undefined {
  for (const value of props.get(k) ?? []) {
    const text = textOf(value);
    if (text) return text;
  }
  return undefined;
}

/** Structs of a property, whether written as a single struct or as a Seq/Bag of structs. */
export function structsOf(props: RdfProperties, k: string): RdfProperties[] {
  const out: RdfProperties[] = [];
  const visit = (value: RdfValue) => {
    if (value.kind === 'struct') out.push(value.props);
    else if (value.kind === 'list') value.items.forEach(visit);
  };
  (props.get(k) ?? []).forEach(visit);
  return out;
}
