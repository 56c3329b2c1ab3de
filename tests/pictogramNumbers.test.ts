import { pictograms } from '../src/content/evidence';
import { languages } from '../src/content/languages';
import { loadContent } from '../src/content/load';
import type { ClaimId } from '../src/content/schema';
import { enResults } from '../src/content/enResults';
import { esResults } from '../src/content/esResults';

// A figure drawn as an icon array comes from one place (`pictograms` in evidence.ts): the drawing,
// its spoken label, and the sentence beside it must all give the same numbers, in every language.

const results = { en: enResults, es: esResults };
const drawn = Object.entries(pictograms) as [ClaimId, { count: number; total: number }][];

describe.each(languages)('in %s', (lang) => {
  test.each(drawn)('the sentence beside the %s icon array gives its numbers', (id, { count, total }) => {
    const number = new Intl.NumberFormat(lang, { useGrouping: false });
    const sentence = results[lang].claims[id];
    expect(sentence).toMatch(new RegExp(`\\b${number.format(count)}\\b[^.]*\\b${number.format(total)}\\b`));
  });

  test.each(drawn)(
    'the spoken label of the %s icon array is built from the same numbers',
    async (_, { count, total }) => {
      const content = await loadContent(lang);
      const label = content.results.iconArrayLabel(count, total);
      expect(label).toContain(String(count));
      expect(label).toContain(String(total));
    },
  );
});
