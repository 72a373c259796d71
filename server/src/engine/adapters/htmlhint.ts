import { HTMLHint } from 'htmlhint';
import type { RuleMeta } from '../../../../rules/_kit/types';
import type { RuleGroup } from '../run';

const PREFIX = 'htmlhint';

let metaCache: RuleMeta[] | undefined;

/** HTMLHint's rules as `htmlhint/<id>`, run in process once per page for all enabled ones. */
export const htmlhintGroup: RuleGroup = {
  prefix: PREFIX,
  languages: ['html'],
  cost: 'cheap',
  metas() {
    return (metaCache ??= Object.values(HTMLHint.rules).map((r): RuleMeta => ({
      id: `${PREFIX}/${r.id}`,
      domain: 'html',
      type: 'problem',
      scope: 'file',
      languages: ['html'],
      cost: 'cheap',
      docs: { description: r.description, url: `https://htmlhint.com/rules/${r.id}/` },
      messages: { [r.id]: '{{message}}' },
      schema: { description: 'Passed to HTMLHint as the rule option.' },
      defaultOptions: {},
      fixable: false,
      hasSuggestions: false,
    })));
  },
  async run(file, enabled, env) {
    const text = file.text;
    if (!text) return;
    const ruleset: Record<string, unknown> = {};
    const perRule = (env.config.settings.htmlhint ?? {}) as Record<string, unknown>;
    for (const id of enabled.keys()) {
      const short = id.slice(PREFIX.length + 1);
      const opt = enabled.get(id)!.options;
      ruleset[short] = perRule[short] ?? (opt && Object.keys(opt).length ? (opt.value ?? opt) : true);
    }
    const messages = HTMLHint.verify(text, ruleset as Parameters<typeof HTMLHint.verify>[1]);
    const lines = file.lineIndex;
    for (const m of messages) {
      const id = `${PREFIX}/${m.rule.id}`;
      if (!enabled.has(id)) continue;
      let start = lines.offsetAt({ line: m.line, column: m.col });
      let raw = m.raw ?? '';
      // HTMLHint's raw text often starts with the whitespace before an attribute.
      const lead = raw.length - raw.trimStart().length;
      start += lead;
      raw = raw.trim();
      env.report(id, { messageId: m.rule.id, data: { message: m.message }, range: { start, end: start + raw.length } });
    }
  },
};
