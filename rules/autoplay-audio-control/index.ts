import { defineRule, getAttr, hasAttr, startTagRange, attributeInsertOffset, type HtmlElement, type SourceFile } from '../_kit';
import { cascadeOf, type Cascade } from '../_a11y/cascade';
import { ariaHidden, isRendered, norm, visibleText } from '../_a11y/dom';
import controls from '../profiles/a11y/media-controls.json';
import { autoplaysSound, playedMedia } from '../_a11y/media';

const CONTROL_WORDS = new Set(controls.controlWords);

/** Buttons that name themselves as player controls (Play, Pause, Mute…), with whether assistive technology can reach them. */
function playerButtons(file: SourceFile, c: Cascade): { el: HtmlElement; name: string; reachable: boolean }[] {
  const out: { el: HtmlElement; name: string; reachable: boolean }[] = [];
  for (const el of file.html?.elements ?? []) {
    const role = (getAttr(el, 'role') ?? '').trim().toLowerCase().split(/\s+/)[0];
    const button = el.tagName === 'button' || role === 'button' || role === 'switch' || (el.tagName === 'input' && /^(?:button|checkbox)$/i.test(getAttr(el, 'type') ?? ''));
    if (!button) continue;
    const name = norm([getAttr(el, 'aria-label'), getAttr(el, 'title'), getAttr(el, 'value'), visibleText(el, c, true)].filter(Boolean).join(' ')).toLowerCase();
    if (!(name.match(/\p{L}+/gu) ?? []).some((w) => CONTROL_WORDS.has(w))) continue;
    out.push({ el, name: norm([getAttr(el, 'aria-label'), visibleText(el, c, false), getAttr(el, 'value')].find((v) => v && norm(v)) ?? ''), reachable: !ariaHidden(el) && isRendered(el, c) !== 'no' });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'autoplay-audio-control',
    domain: 'a11y',
    type: 'problem',
    scope: 'file',
    languages: ['html'],
    cost: 'cheap',
    docs: {
      description: 'Audio or video that plays sound automatically for more than 3 seconds needs a control to pause or stop it; without scripts, that is the controls attribute.',
      act: ['4c31df', '80f0bf'],
      wcag: ['1.4.2'],
      recommended: true,
    },
    messages: {
      noControl: 'This <{{tag}}> plays sound on its own for more than 3 seconds and there is no control to pause, stop or mute it.',
      hiddenControls: 'This <{{tag}}> plays sound on its own for more than 3 seconds and the page\'s own controls for it ({{names}}) are hidden from assistive technology, so screen reader users cannot stop it.',
      addControls: 'Add the controls attribute',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    return {
      element(el) {
        if (!autoplaysSound(el) || hasAttr(el, 'controls')) return;
        const cascade = cascadeOf(ctx.file, ctx.project);
        const longSound = () => { const m = playedMedia(ctx.file, ctx.project, el); return !!m && m.audible === 'yes' && m.playedSec > 3; };
        const at = attributeInsertOffset(ctx.file.text, el);
        if (cascade.scripted) {
          // A script may pause the media or wire up its own buttons; what we can judge is a set of
          // player buttons that all sit outside the accessibility tree.
          const buttons = playerButtons(ctx.file, cascade);
          if (!buttons.length || buttons.some((b) => b.reachable) || !longSound()) return;
          ctx.report({
            messageId: 'hiddenControls',
            data: { tag: el.tagName, names: buttons.slice(0, 3).map((b) => `"${b.name}"`).join(', ') },
            range: startTagRange(el),
            suggest: [{ messageId: 'addControls', fix: (f) => f.insertAfter(at, ' controls') }],
          });
          return;
        }
        if (!longSound()) return;
        ctx.report({
          messageId: 'noControl',
          data: { tag: el.tagName },
          range: startTagRange(el),
          suggest: [{ messageId: 'addControls', fix: (f) => f.insertAfter(at, ' controls') }],
        });
      },
    };
  },
});
