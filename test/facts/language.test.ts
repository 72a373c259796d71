import * as assert from 'node:assert/strict';
import { guessLanguage, shortTextContradiction } from '../../server/src/engine/facts/language';
import { evaluate, LABELLED, UNCLEAR, UNCOVERED } from './language-eval';

describe('language guesser', () => {
  const result = evaluate();

  it('has at least 8 paragraphs of 25–80 words per language', () => {
    const byLang = new Map<string, number>();
    for (const { lang, text } of LABELLED) {
      byLang.set(lang, (byLang.get(lang) ?? 0) + 1);
      // Unspaced scripts: roughly two characters per word in Chinese and Japanese, four in Thai.
      const charsPerWord: Record<string, number> = { zh: 2, ja: 2, th: 4 };
      const size = lang in charsPerWord ? [...text].length / charsPerWord[lang] : text.split(/\s+/).length;
      assert.ok(size >= 25 && size <= 80, `${lang}: ${size} words in "${text.slice(0, 40)}"`);
    }
    assert.equal(byLang.size, 22);
    for (const [lang, n] of byLang) assert.ok(n >= 8, `${lang}: only ${n} paragraphs`);
  });

  it('is ≥ 95 % accurate at confidence ≥ 0.8 and never wrong at ≥ 0.9', () => {
    console.log(
      `      language eval: ${result.correctAt08}/${result.answeredAt08} correct at ≥0.8 ` +
        `(accuracy ${(result.accuracyAt08 * 100).toFixed(1)} %, coverage ${(result.coverageAt08 * 100).toFixed(1)} % of ${result.total}), ` +
        `wrong at ≥0.9: ${result.wrongAt09}; wrong at any confidence: ${JSON.stringify(result.mistakes)}`,
    );
    assert.ok(result.accuracyAt08 >= 0.95);
    assert.equal(result.wrongAt09, 0);
  });

  it('answers most paragraphs with confidence ≥ 0.8', () => assert.ok(result.coverageAt08 >= 0.8));

  it(`returns undefined or confidence < 0.5 on ${UNCLEAR.length} unclear texts and ${UNCOVERED.length} uncovered languages`, () => {
    assert.deepEqual(result.unclearViolations, []);
  });

  it('returns undefined for short and empty text', () => {
    assert.equal(guessLanguage(''), undefined);
    assert.equal(guessLanguage('12345 67890'), undefined);
    assert.equal(guessLanguage('The quick brown fox jumps over the lazy dog.'), undefined);
  });

  it('tells Russian from Ukrainian and Japanese from Chinese by letters', () => {
    assert.equal(guessLanguage(LABELLED.find((t) => t.lang === 'uk')!.text)?.lang, 'uk');
    assert.equal(guessLanguage(LABELLED.find((t) => t.lang === 'ru')!.text)?.lang, 'ru');
    assert.equal(guessLanguage(LABELLED.find((t) => t.lang === 'ja')!.text)?.lang, 'ja');
    assert.equal(guessLanguage(LABELLED.find((t) => t.lang === 'zh')!.text)?.lang, 'zh');
  });

  describe('short-text contradiction', () => {
    // Slices of 5, 8, 12 and 16 words of every labelled paragraph.
    const slices = LABELLED.flatMap(({ lang, text }) => {
      const words = text.split(/\s+/);
      return [5, 8, 12, 16].flatMap((n) => {
        const out: { lang: string; text: string }[] = [];
        for (let start = 0; start + n <= words.length; start += n) out.push({ lang, text: words.slice(start, start + n).join(' ') });
        return out;
      });
    });
    const languages = [...new Set(LABELLED.map((l) => l.lang))];

    it('never contradicts a short text declared in its own language', () => {
      const wrong = slices.filter((s) => shortTextContradiction(s.text, s.lang === 'no' ? 'nb' : s.lang));
      assert.ok(slices.length > 2000);
      assert.deepEqual(wrong, []);
    });

    it('names the language a contradicted text is written in, nearly always', () => {
      let found = 0;
      let named = 0;
      for (const s of slices) for (const other of languages) {
        if (other === s.lang) continue;
        const r = shortTextContradiction(s.text, other);
        if (r) { found++; if (r.lang === s.lang) named++; }
      }
      assert.ok(found > 5000, `found ${found}`);
      assert.ok(named / found >= 0.97, `named ${named}/${found}`);
    });

    it('needs three function words of one language, two of them different, and none of the declared one', () => {
      assert.deepEqual(shortTextContradiction('The Dutch word "gelukkig" has no equivalent in English.', 'nl'), { lang: 'en', evidence: ['the', 'has', 'no'] });
      assert.equal(shortTextContradiction('Shop the look', 'nl'), undefined);
      assert.equal(shortTextContradiction('the the the', 'nl'), undefined);
      assert.equal(shortTextContradiction('De kat en de hond: the dog and the cat', 'nl'), undefined);
      assert.equal(shortTextContradiction('Paul put dire comment on tape', 'fr'), undefined);
      assert.equal(shortTextContradiction('Fireworks over Paris', 'nl'), undefined);
      assert.equal(shortTextContradiction('Москва и Санкт-Петербург', 'en'), undefined);
      assert.equal(shortTextContradiction('The text in the box', 'ja'), undefined);
      // Code and placeholder Latin are nobody's prose.
      for (const u of UNCLEAR.filter((t) => t.kind === 'code' || t.kind === 'lorem')) assert.equal(shortTextContradiction(u.text, 'nl'), undefined, u.text);
      // Letters are not words: a cheat code is not French.
      assert.equal(shortTextContradiction('Hidden text - U U D D L R L R B A S', 'en'), undefined);
    });
  });
});
