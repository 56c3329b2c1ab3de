import { denominator, pictograms, type IconArray } from '../src/content/evidence';
import { languages } from '../src/content/languages';
import type { ClaimId } from '../src/content/schema';
import { enResults } from '../src/content/enResults';
import { esResults } from '../src/content/esResults';

// A figure drawn as an icon array comes from one place (`pictograms` in evidence.ts): the drawing,
// its spoken label, and the sentence beside it must all give the same numbers, in every language.

const results = { en: enResults, es: esResults };
const drawn = (Object.entries(pictograms) as [ClaimId, readonly IconArray[]][]).flatMap(([id, arrays]) =>
  arrays.map((array) => ({ id, ...array })),
);

test('benefits and harms are both drawn, all on one denominator', () => {
  expect(drawn.map(({ id }) => id)).toEqual(expect.arrayContaining(['harmsMinor', 'reliefHeel', 'painkillersKnee']));
  expect(new Set(drawn.map(({ total }) => total))).toEqual(new Set([denominator]));
});

describe.each(languages)('in %s', (lang) => {
  const number = new Intl.NumberFormat(lang);
  // "About 200 in 1,000" and "unas 200 de cada 1000": the count, then the total, in one sentence.
  test.each(drawn)('the sentence beside the $id icon array gives $count in $total', ({ id, count, total }) => {
    const sentence = results[lang].claims[id];
    const escape = (text: string) => text.replace(/[.,]/g, (mark) => `\\${mark}`);
    expect(sentence).toMatch(
      new RegExp(`(^|\\s)${escape(number.format(count))}\\s[^.]*\\b${escape(number.format(total))}\\b`),
    );
  });

  test.each(drawn)(
    'the spoken label of the $id icon array is built from the same numbers',
    ({ count, total, unit }) => {
      const label = results[lang].layers.iconArrays[unit](count, total);
      expect(label).toContain(number.format(count));
      expect(label).toContain(number.format(total));
    },
  );
});
