import * as assert from 'node:assert/strict';
import { differenceCiede2000 } from 'culori';
import {
  compositeOver,
  contrastRatio,
  deltaE2000,
  findColoursInValue,
  formatColourLike,
  nearestPaletteColours,
  parseCssColour,
} from '../../server/src/engine/facts/colour';

/** Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", Table 1: L1 a1 b1 L2 a2 b2 ΔE00. */
const SHARMA_PAIRS: [number, number, number, number, number, number, number][] = [
  [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
  [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
  [50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
  [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
  [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
  [50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
  [50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
  [50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
  [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
  [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
  [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
  [50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
  [50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
  [50.0, 2.5, 0.0, 50.0, 1.8634, 0.5757, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2592, 0.335, 1.0],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

const close = (actual: number, expected: number, tolerance: number, label = '') =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${label} expected ${expected}, got ${actual}`);

function rgbOf(text: string) {
  const parsed = parseCssColour(text);
  assert.ok(parsed, `${text} should parse`);
  return parsed.rgb;
}

function assertRgb(text: string, r: number, g: number, b: number, alpha = 1, tolerance = 0.5) {
  const rgb = rgbOf(text);
  close(rgb.r * 255, r, tolerance, `${text} r`);
  close(rgb.g * 255, g, tolerance, `${text} g`);
  close(rgb.b * 255, b, tolerance, `${text} b`);
  close(rgb.alpha, alpha, 0.002, `${text} alpha`);
}

describe('colour facts', () => {
  describe('deltaE2000', () => {
    it('has all 34 Sharma, Wu & Dalal pairs', () => assert.equal(SHARMA_PAIRS.length, 34));

    SHARMA_PAIRS.forEach(([L1, a1, b1, L2, a2, b2, expected], index) => {
      it(`pair ${index + 1}: ΔE00 = ${expected.toFixed(4)}, symmetric, and agrees with culori`, () => {
        const first = { l: L1, a: a1, b: b1 };
        const second = { l: L2, a: a2, b: b2 };
        const ours = deltaE2000(first, second);
        close(ours, expected, 0.00005, `pair ${index + 1}`);
        close(deltaE2000(second, first), ours, 1e-9, `pair ${index + 1} symmetry`);
        // culori converts its inputs to lab65 first; passing lab65 makes that a no-op.
        const theirs = differenceCiede2000()({ mode: 'lab65', ...first }, { mode: 'lab65', ...second });
        close(theirs, expected, 0.00005, `culori pair ${index + 1}`);
        close(ours, theirs, 1e-4, `ours vs culori pair ${index + 1}`);
      });
    });

    it('accepts parsed colours and is zero for identical colours', () => {
      const red = parseCssColour('#ff0000')!;
      assert.equal(deltaE2000(red, parseCssColour('rgb(255 0 0)')!), 0);
      assert.ok(deltaE2000(red, parseCssColour('#fe0000')!) < 1);
      assert.ok(deltaE2000(red, parseCssColour('blue')!) > 50);
    });
  });

  describe('parseCssColour', () => {
    it('parses hex in 3, 4, 6 and 8 digits', () => {
      assertRgb('#FFF', 255, 255, 255);
      assertRgb('#f008', 255, 0, 0, 0x88 / 255);
      assertRgb('#e3051b', 227, 5, 27);
      assertRgb('#ff000080', 255, 0, 0, 128 / 255);
    });

    it('parses rgb() legacy and modern syntax', () => {
      assertRgb('rgb(255 0 0 / 50%)', 255, 0, 0, 0.5);
      assertRgb('rgba(255,0,0,.5)', 255, 0, 0, 0.5);
      assertRgb('rgb(10, 20, 30)', 10, 20, 30);
      assertRgb('rgb(100%, 50%, 0%)', 255, 127.5, 0);
      assertRgb('RGB(0 128 255 / 0.25)', 0, 128, 255, 0.25);
      assertRgb('rgb(none 128 50% / none)', 0, 128, 127.5, 0);
      assertRgb('rgb(300 -5 0)', 255, 0, 0);
      assertRgb('rgba(1e2, 0, 0)', 100, 0, 0);
    });

    it('parses hsl(), hwb(), lab(), lch(), oklab(), oklch()', () => {
      assertRgb('hsl(120deg 100% 50%)', 0, 255, 0);
      assertRgb('hsl(120, 100%, 50%)', 0, 255, 0);
      assertRgb('hsla(0.5turn, 100%, 50%, 0.3)', 0, 255, 255, 0.3);
      assertRgb('hsl(240 100 50 / 40%)', 0, 0, 255, 0.4);
      assertRgb('hwb(0 0% 0%)', 255, 0, 0);
      assertRgb('hwb(120 20% 20%)', 51, 204, 51);
      // CSS lab()/lch() are D50 (expected values from an independent D50 → Bradford → sRGB calculation).
      assertRgb('lab(50% 40 59.5)', 191, 87, 0, 1, 1.5);
      assertRgb('lch(52.2% 72.2 50)', 205.3, 85.75, 26.06, 1, 0.05);
      assertRgb('lab(50 40 59.5)', 191, 87, 0, 1, 1.5);
      assertRgb('oklch(62.8% 0.2577 29.23)', 255, 0, 0, 1, 1);
      assertRgb('oklab(0.628 0.2249 0.1258)', 255, 0, 0, 1, 1);
    });

    it('parses color() spaces and clips to the sRGB gamut', () => {
      assertRgb('color(display-p3 1 0 0)', 255, 0, 0);
      const p3 = parseCssColour('color(display-p3 1 0 0)')!;
      // The Lab value keeps the wide-gamut colour: it is not the same as sRGB red.
      assert.ok(deltaE2000(p3, parseCssColour('red')!) > 3);
      assertRgb('color(srgb 1 0.5 0)', 255, 127.5, 0);
      assertRgb('color(srgb 100% 50% 0% / 0.5)', 255, 127.5, 0, 0.5);
      assertRgb('color(srgb-linear 1 0 0)', 255, 0, 0);
      assertRgb('color(rec2020 0 0 0)', 0, 0, 0);
      assertRgb('color(a98-rgb 1 1 1)', 255, 255, 255);
      assertRgb('color(prophoto-rgb 1 1 1)', 255, 255, 255, 1, 1);
      assertRgb('color(xyz 0.9505 1 1.089)', 255, 255, 255, 1, 1);
      assertRgb('color(xyz-d50 0.9642 1 0.8251)', 255, 255, 255, 1, 1);
    });

    it('parses named colours, transparent and currentColor', () => {
      assertRgb('rebeccapurple', 102, 51, 153);
      assertRgb('Red', 255, 0, 0);
      assertRgb('lightgoldenrodyellow', 250, 250, 210);
      assertRgb('transparent', 0, 0, 0, 0);
      const current = parseCssColour('currentColor');
      assert.equal(current?.isCurrentColor, true);
      assert.deepEqual(current?.rgb, { r: 0, g: 0, b: 0, alpha: 1 });
    });

    it('computes CIELAB D65', () => {
      const lab = parseCssColour('#ff0000')!.lab;
      close(lab.l, 53.24, 0.01);
      close(lab.a, 80.09, 0.01);
      close(lab.b, 67.2, 0.01);
      assert.deepEqual(parseCssColour('#fff')!.lab.l.toFixed(3), '100.000');
    });

    it('rejects invalid and unresolvable input', () => {
      for (const text of [
        '',
        '#ff',
        '#fffff',
        '#ggg',
        '#fffffffff',
        'redd',
        'solid',
        'inherit',
        'rgb(255, 0, 0',
        'rgb(255, 0 0)',
        'rgb(255 0 0 0)',
        'rgb(255, 50%, 0)',
        'rgb(none, 0, 0)',
        'rgb(255 0)',
        'rgb(255 0 0 / 0.5 / 1)',
        'rgb(var(--r) 0 0)',
        'rgb(calc(10 + 5) 0 0)',
        'rgb(from red r g b)',
        'hsl(120, 100, 50)',
        'hsl(120px 100% 50%)',
        'hwb(0, 0%, 0%)',
        'color(unknown 1 0 0)',
        'color(srgb 1 0)',
        'var(--brand)',
        'calc(1px)',
        'url(red.png)',
      ]) {
        assert.equal(parseCssColour(text), undefined, text);
      }
    });
  });

  describe('findColoursInValue', () => {
    const found = (value: string) => findColoursInValue(value).map(({ text, start, end }) => ({ text, start, end }));

    it('finds colours in shorthands with exact offsets', () => {
      assert.deepEqual(found('1px solid #e3051b'), [{ text: '#e3051b', start: 10, end: 17 }]);
      assert.deepEqual(found('0 0 4px rgba(0,0,0,.5), inset 0 1px Red'), [
        { text: 'rgba(0,0,0,.5)', start: 8, end: 22 },
        { text: 'Red', start: 36, end: 39 },
      ]);
    });

    it('finds colours inside gradients and var() fallbacks', () => {
      const value = 'linear-gradient(90deg, rgb(0 0 0 / 50%), red 40%)';
      assert.deepEqual(found(value), [
        { text: 'rgb(0 0 0 / 50%)', start: 23, end: 39 },
        { text: 'red', start: 41, end: 44 },
      ]);
      assert.deepEqual(found('var(--red, #FFF)'), [{ text: '#FFF', start: 11, end: 15 }]);
    });

    it('skips urls, strings, custom properties, keywords and non-colour hashes', () => {
      assert.deepEqual(found('url(red.png) no-repeat, url("blue.png")'), []);
      assert.deepEqual(found('"red" \'blue\' --green -webkit-tan'), []);
      assert.deepEqual(found('solid inherit none auto'), []);
      assert.deepEqual(found('#zzz #12345 1tan 2e3 .5red'), []);
      assert.deepEqual(found('rgb(var(--x) 0 0) black'), [{ text: 'black', start: 18, end: 23 }]);
      assert.deepEqual(found('/* red */ blue'), [{ text: 'blue', start: 10, end: 14 }]);
    });

    it('reports currentColor and transparent as colours', () => {
      const results = findColoursInValue('1px solid currentColor, transparent');
      assert.deepEqual(results.map((r) => r.text), ['currentColor', 'transparent']);
      assert.equal(results[0].colour.isCurrentColor, true);
    });
  });

  describe('nearestPaletteColours', () => {
    it('sorts by ΔE and limits the count', () => {
      const palette = [
        { name: 'brand-blue', value: '#0050b3' },
        { name: 'brand-red', value: '#e3051b' },
        { name: 'broken', value: 'var(--x)' },
        { name: 'dark-red', value: 'rgb(150 0 20)' },
      ];
      const matches = nearestPaletteColours(parseCssColour('#e4061c')!, palette, 2);
      assert.deepEqual(matches.map((m) => m.name), ['brand-red', 'dark-red']);
      assert.ok(matches[0].deltaE < 1 && matches[0].deltaE < matches[1].deltaE);
      assert.equal(nearestPaletteColours(parseCssColour('#e4061c')!, palette).length, 3);
    });
  });

  describe('contrast', () => {
    it('matches known WCAG ratios', () => {
      close(contrastRatio(rgbOf('#777'), rgbOf('#fff')), 4.48, 0.005);
      close(contrastRatio(rgbOf('#000'), rgbOf('#fff')), 21, 1e-9);
      close(contrastRatio(rgbOf('#fff'), rgbOf('#fff')), 1, 1e-9);
      close(contrastRatio(rgbOf('#767676'), rgbOf('#fff')), 4.54, 0.005);
      close(contrastRatio(rgbOf('#fff'), rgbOf('#0000ff')), 8.59, 0.005);
    });

    it('composites translucent foregrounds', () => {
      const blended = compositeOver(rgbOf('rgb(0 0 0 / 50%)'), rgbOf('#fff'));
      close(blended.r, 0.5, 1e-9);
      assert.equal(blended.alpha, 1);
      close(contrastRatio(rgbOf('rgb(0 0 0 / 50%)'), rgbOf('#fff')), contrastRatio(blended, rgbOf('#fff')), 1e-9);
      assert.equal(contrastRatio(rgbOf('transparent'), rgbOf('#fff')), 1);
    });
  });

  describe('formatColourLike', () => {
    const target = (text: string) => parseCssColour(text)!;

    it('keeps hex length and case', () => {
      assert.equal(formatColourLike('#FFF', target('#ff0000')), '#F00');
      assert.equal(formatColourLike('#fff', target('#e3051b')), '#e3051b');
      assert.equal(formatColourLike('#E3051C', target('#e3051b')), '#E3051B');
      assert.equal(formatColourLike('#ff000080', target('#00ff00')), '#00ff00ff');
      assert.equal(formatColourLike('#abc', target('rgb(0 0 0 / 50%)')), '#00000080');
    });

    it('keeps rgb() style', () => {
      assert.equal(formatColourLike('rgb(1, 2, 3)', target('#e3051b')), 'rgb(227, 5, 27)');
      assert.equal(formatColourLike('rgba(1,2,3,.5)', target('#e3051b')), 'rgba(227,5,27,1)');
      assert.equal(formatColourLike('rgb(1 2 3)', target('#e3051b')), 'rgb(227 5 27)');
      assert.equal(formatColourLike('rgb(1 2 3 / 50%)', target('rgb(227 5 27 / 25%)')), 'rgb(227 5 27 / 25%)');
      assert.equal(formatColourLike('rgb(1 2 3)', target('rgb(227 5 27 / .25)')), 'rgb(227 5 27 / 0.25)');
      assert.equal(formatColourLike('rgb(10%, 0%, 0%)', target('#ff8000')), 'rgb(100%, 50.2%, 0%)');
    });

    it('keeps hsl() style and falls back to hex', () => {
      assert.equal(formatColourLike('hsl(0, 0%, 0%)', target('#00ff00')), 'hsl(120, 100%, 50%)');
      assert.equal(formatColourLike('hsl(0deg 0% 0%)', target('#0000ff')), 'hsl(240deg 100% 50%)');
      assert.equal(formatColourLike('red', target('#e3051b')), '#e3051b');
      assert.equal(formatColourLike('oklch(50% 0.1 20)', target('rgb(0 0 0 / 50%)')), '#00000080');
      assert.equal(formatColourLike('#fff', target('currentColor')), 'currentColor');
    });
  });
});
