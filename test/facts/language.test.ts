import * as assert from 'node:assert/strict';
import { guessLanguage } from '../../server/src/engine/facts/language';
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
});
