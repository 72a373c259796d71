import { defineRule, closest, getAttr, hasAttr, startTagRange, HTML_NS, SVG_NS, type HtmlElement } from '../_kit';
import { cascadeOf } from '../_a11y/cascade';
import { elementsOf, firstRole, hiddenFromAT, inTemplate, inInertOrClosedDialog } from '../_a11y/dom';
import { compareTargets, linkName, resolveLink, type LinkTarget } from '../_a11y/link-targets';

interface NamedLink { el: HtmlElement; name: string; href: string; target: LinkTarget }

/** Roles an `a[href]` can carry and still be a link (presentational roles do not apply to focusable elements). */
const LINK_ROLES = new Set(['link', 'none', 'presentation']);

export default defineRule({
  meta: {
    id: 'link-purpose-identical-names',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Links with the same accessible name must lead to the same or an equivalent resource; otherwise people who pick links from a list of names cannot tell them apart.',
      act: ['b20e66'],
      wcag: ['2.4.9'],
      recommended: true,
    },
    messages: {
      differentPlaces: 'Links named "{{name}}" lead to different places ({{first}} and {{other}}); give each a name that says where it goes.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const { file, project } = ctx;
    const cascade = cascadeOf(file, project);

    /** Whether a used image map shows this area: an area of a map no image uses is not on the page. */
    const areaShown = (area: HtmlElement): boolean => {
      const map = closest(area, (e) => e.tagName === 'map');
      const mapName = map ? getAttr(map, 'name') ?? getAttr(map, 'id') : undefined;
      if (!mapName) return false;
      return elementsOf(file).some((e) => (e.tagName === 'img' || e.tagName === 'object') && getAttr(e, 'usemap')?.trim() === `#${mapName}` && hiddenFromAT(e, cascade) === 'no');
    };

    const isLink = (el: HtmlElement): boolean => {
      const html = el.namespaceURI === HTML_NS;
      if (!(html && (el.tagName === 'a' || el.tagName === 'area')) && !(el.namespaceURI === SVG_NS && el.tagName === 'a')) return false;
      if (!hasAttr(el, 'href') || inTemplate(el)) return false;
      const role = firstRole(el);
      if (role && !LINK_ROLES.has(role)) return false;
      if (hiddenFromAT(el, cascade) !== 'no') return false;
      // Inert subtrees and closed dialogs are left out of the accessibility tree.
      if (inInertOrClosedDialog(el)) return false;
      return !(html && el.tagName === 'area') || areaShown(el);
    };

    const groups = new Map<string, NamedLink[]>();
    return {
      element(el) {
        if (!isLink(el)) return;
        const name = linkName(el, file, cascade);
        if (!name) return;
        const href = getAttr(el, 'href')!.trim();
        const target = resolveLink(project, file, href);
        if (!target) return;
        const key = name.toLowerCase();
        const group = groups.get(key);
        if (group) group.push({ el, name, href, target });
        else groups.set(key, [{ el, name, href, target }]);
      },
      end() {
        for (const [first, ...others] of groups.values()) {
          for (const other of others) {
            if (compareTargets(project, file, first.target, other.target) !== 'different') continue;
            ctx.report({
              messageId: 'differentPlaces',
              data: { name: first.name, first: first.href, other: other.href },
              range: startTagRange(other.el),
              related: [{ file: file.path, range: startTagRange(first.el), message: `The first link named "${first.name}", to ${first.href}.` }],
            });
          }
        }
      },
    };
  },
});
