import { en } from '../src/content/en';
import { enResults } from '../src/content/enResults';
import { es } from '../src/content/es';
import { esResults } from '../src/content/esResults';
import { references } from '../src/content/references';
import type { ReferenceKey } from '../src/content/schema';
import { fairlyEasy, fernandezHuerta, szigrisztPazos, words } from './spanishReadability';

// The Spanish text, held to the bar the English is held to (tests/readability.test.ts): IPDAS and
// the AAFP put patient text at reading grade 6 (shared/decision-aid-standards.md). Flesch-Kincaid
// counts English syllables, so Spanish is scored on the two Spanish reading-ease formulas instead,
// with the counter in ./spanishReadability.ts: "fairly easy" or easier on both, which is grade 6 on
// the Fernández Huerta scale and primary school on INFLESZ.

interface PatientString {
  readonly path: string;
  readonly text: string;
}

/** Numbers to call the text functions with, as a patient would see them ("Pregunta 2 de 8"). */
const sampleNumbers = [2, 8] as const;

/** Keys that hold no patient text: `lang` is the language code for the `lang` attribute. */
const notPatientText = new Set(['lang']);

function collect(value: unknown, path: string): PatientString[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    return collect((value as (...numbers: readonly number[]) => unknown)(...sampleNumbers), `${path}()`);
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => collect(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .filter(([key]) => !notPatientText.has(key))
      .flatMap(([key, item]) => collect(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Every key in order, with each function's number of parameters: what two locales must share. */
function shape(value: unknown, path: string): string[] {
  if (typeof value === 'function') return [`${path}(${value.length})`];
  if (Array.isArray(value)) return value.flatMap((item, index) => shape(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => shape(item, path ? `${path}.${key}` : key));
  }
  return [path];
}

const strings = [...collect(es, ''), ...collect(esResults, '')];
const english = new Map([...collect(en, ''), ...collect(enResults, '')].map(({ path, text }) => [path, text]));

// As in the English test: headings and buttons have no full stop, and without one the scorer would
// read "Comenzar" and the string after it as one long sentence.
const asSentence = (text: string) => (/[.?!…]$/.test(text) ? text : `${text}.`);
const wholeText = strings.map(({ text }) => asSentence(text)).join(' ');

// One or two words score on syllables alone ("Acupuntura" is very hard, "Sí" very easy), which says
// nothing about reading. Only strings long enough to be sentences are scored one by one.
const longStrings = strings.filter(({ text }) => words(text).length > 12);

const scores = (text: string) => ({ fernandezHuerta: fernandezHuerta(text), szigrisztPazos: szigrisztPazos(text) });
const belowFairlyEasy = (text: string) =>
  fernandezHuerta(text) < fairlyEasy.fernandezHuerta || szigrisztPazos(text) < fairlyEasy.szigrisztPazos;
const describeString = ({ path, text }: PatientString) => {
  const { fernandezHuerta: huerta, szigrisztPazos: inflesz } = scores(text);
  return `${path} (Fernández Huerta ${huerta}, INFLESZ ${inflesz}): ${text}`;
};
/** The hardest first, so a failure names the worst offenders at the top. */
const hardestFirst = (a: PatientString, b: PatientString) => fernandezHuerta(a.text) - fernandezHuerta(b.text);

/**
 * English strings the Spanish may keep word for word. Nothing else may equal its English: a string
 * that does is a leftover nobody translated.
 */
const sameInBothLanguages = new Map([
  // "Error" is the Spanish word too.
  ['common.errorPrefix', 'Error:'],
  // Banks, phones and this tablet say "PIN" in Spanish as well; it is an acronym, not translated.
  ['staff.pinLabel', 'PIN'],
  // The SURE test's answer: "No" in both.
  ['leaning.answers.no', 'No'],
]);

/** Words a decision aid never uses: it neither promises an outcome nor tells the patient what to choose. */
const directiveWords = [
  'cura',
  'curan',
  'curar',
  'curará',
  'curarán',
  'garantiz\\p{L}*',
  'garantía',
  'recomendamos',
  'le recomendamos',
  'debería hacerse',
  'debe hacerse',
  'tiene que hacerse',
  'hágase',
].map((phrase) => new RegExp(`(?<!\\p{L})${phrase}(?!\\p{L})`, 'iu'));

it('has the same keys as the English, in the same order, and the same functions', () => {
  expect(shape(es, '')).toEqual(shape(en, ''));
  expect(shape(esResults, '')).toEqual(shape(enResults, ''));
  expect(es.lang).toBe('es');
});

it('the walk reaches every patient string, including lists and text built from numbers', () => {
  expect(strings.length).toBe(english.size);
  expect(strings.map(({ text }) => text)).toEqual(
    expect.arrayContaining([
      'Pregunta 2 de 8',
      'Unas 2 de cada 8 sesiones',
      es.welcome.points[0],
      esResults.claims.reliefNeck,
    ]),
  );
});

/** A source named by its author or body ("Gattie 2017", "APTA") is the same name in every language. */
const namedByItsAuthor = (path: string, text: string) => {
  const key = /^sourceNames\.(R\d+)$/.exec(path)?.[1] as ReferenceKey | undefined;
  return key !== undefined && references[key].citation.startsWith(text.split(' ')[0] ?? text);
};

it('translates every English string that has words in it', () => {
  const untranslated = strings.filter(
    ({ path, text }) =>
      /\p{L}/u.test(english.get(path) ?? '') &&
      text === english.get(path) &&
      sameInBothLanguages.get(path) !== text &&
      !namedByItsAuthor(path, text),
  );
  expect(untranslated.map(({ path, text }) => `${path}: ${text}`)).toEqual([]);
});

it('the patient text reads as fairly easy or easier, taken together', () => {
  expect(scores(wholeText)).toEqual({
    fernandezHuerta: expect.toSatisfy((score: number) => score >= fairlyEasy.fernandezHuerta),
    szigrisztPazos: expect.toSatisfy((score: number) => score >= fairlyEasy.szigrisztPazos),
  });
});

it('no patient string longer than 12 words reads harder than fairly easy', () => {
  const hard = longStrings.filter(({ text }) => belowFairlyEasy(text)).sort(hardestFirst);
  expect(hard.map(describeString)).toEqual([]);
});

it('no patient string promises a cure or tells the patient what to choose', () => {
  const directive = strings.filter(({ text }) => directiveWords.some((word) => word.test(text)));
  expect(directive.map(describeString)).toEqual([]);
});

it('the directive words are found where they stand, and only there', () => {
  const matches = (text: string) => directiveWords.some((word) => word.test(text));
  expect(matches('La punción seca cura el dolor.')).toBe(true);
  expect(matches('Le recomendamos la punción.')).toBe(true);
  expect(matches('Se lo garantizamos.')).toBe(true);
  expect(matches('Procura descansar. Hubo curaciones espontáneas.')).toBe(false);
});

it('the reading level the results show is the Fernández Huerta score measured here, on all the Spanish text', () => {
  expect(esResults.layers.readingScore).toBe(Math.round(fernandezHuerta(wholeText)));
  expect(esResults.layers.readingLevel(esResults.layers.readingScore)).toContain('Fernández Huerta');
});
