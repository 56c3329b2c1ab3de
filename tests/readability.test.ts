import readability from 'text-readability';
import { en } from '../src/content/en';
import { enResults } from '../src/content/enResults';

// IPDAS and the AAFP put patient text at reading grade 6; the original IPDAS limit was grade 8
// (shared/decision-aid-standards.md). These tests score every string a patient can read in English.

interface PatientString {
  readonly path: string;
  readonly text: string;
}

/** Numbers to call the text functions with, as a patient would see them ("Question 2 of 8"). */
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

const strings = [...collect(en, ''), ...collect(enResults, '')];

// Headings and buttons have no full stop. Without one the scorer would read "Start" and the string
// after it as one long sentence. (It still counts the words of one- and two-word "sentences" but not
// the sentences, so short labels make the whole-text score a little stricter, never kinder.)
const asSentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
const wholeText = strings.map(({ text }) => asSentence(text)).join(' ');

const grade = (text: string) => readability.fleschKincaidGrade(text);
const words = (text: string) => readability.lexiconCount(text);

// One or two words ("Acupuncture", "Moderate") score far above grade 8 on syllables alone, which
// says nothing about how hard they are to read. Only strings long enough to be sentences are scored.
const longStrings = strings.filter(({ text }) => words(text) > 12);

/** Words a decision aid never uses: it neither promises an outcome nor tells the patient what to choose. */
const directiveWords = [/\bcure[sd]?\b/i, /\bguarantee/i, /\byou should have\b/i, /\bwe recommend\b/i];

const describeString = ({ path, text }: PatientString) => `${path} (grade ${grade(text)}): ${text}`;

it('the walk reaches every patient string, including lists and text built from numbers', () => {
  expect(strings.length).toBeGreaterThan(200);
  expect(strings.map(({ text }) => text)).toEqual(
    expect.arrayContaining([
      'Question 2 of 8',
      'About 2 in 8 visits',
      en.welcome.points[0],
      enResults.claims.reliefNeck,
    ]),
  );
});

it('the patient text reads at grade 6 or below, taken together', () => {
  expect(grade(wholeText)).toBeLessThanOrEqual(6);
});

it('no patient string longer than 12 words reads above grade 8', () => {
  expect(longStrings.filter(({ text }) => grade(text) > 8).map(describeString)).toEqual([]);
});

it('no patient string promises a cure or tells the patient what to choose', () => {
  const directive = strings.filter(({ text }) => directiveWords.some((word) => word.test(text)));
  expect(directive.map(describeString)).toEqual([]);
});

it('the reading level the results show is the grade measured here, on all the English text', () => {
  expect(enResults.layers.readingScore).toBe(Math.round(grade(wholeText)));
  expect(enResults.layers.readingLevel(enResults.layers.readingScore)).toContain('Flesch-Kincaid');
});
