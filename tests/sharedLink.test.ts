import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  leaningOptions,
  questionIds,
  sureAnswers,
  sureIds,
  valueIds,
  valueWeights,
  type SureAnswer,
  type SureId,
  type ValueId,
  type ValueWeight,
} from '../src/content/schema';
import { isMulti, optionsOf, type CompleteAnswers } from '../src/domain/answers';
import { emptyDeciding, type Deciding } from '../src/domain/deciding';
import { encodeSharedLink, parseSharedLink } from '../src/domain/sharedLink';

const neck: CompleteAnswers = {
  redFlags: ['none'],
  safety: ['diabetes', 'pregnancy'],
  place: 'neck',
  duration: 'over3Months',
  kind: 'muscle',
  goals: ['quickRelief', 'moveFreely'],
  needles: 'nervous',
  exercise: 'willing',
};

/** Any complete answer set that reaches the results: no warning sign. */
const completeAnswers: fc.Arbitrary<CompleteAnswers> = fc.record(
  Object.fromEntries(
    questionIds.map((question) => {
      const options = optionsOf[question] as readonly string[];
      if (question === 'redFlags') return [question, fc.constant(['none'])];
      if (!isMulti(question)) return [question, fc.constantFrom(...options)];
      const some = fc
        .subarray(
          options.filter((option) => option !== 'none'),
          { minLength: 1 },
        )
        .map((ticked) => options.filter((option) => ticked.includes(option)));
      return [question, options.includes('none') ? fc.oneof(some, fc.constant(['none'])) : some];
    }),
  ) as Record<string, fc.Arbitrary<unknown>>,
) as fc.Arbitrary<CompleteAnswers>;

/** Anything the patient may have marked after the results, each part possibly left out. */
const decidings: fc.Arbitrary<Deciding> = fc.record({
  values: fc
    .array(fc.tuple(fc.constantFrom(...valueIds), fc.constantFrom(...valueWeights)))
    .map((marks) => Object.fromEntries(marks) as Partial<Record<ValueId, ValueWeight>>),
  leaning: fc.option(fc.constantFrom(...leaningOptions), { nil: undefined }),
  sure: fc
    .array(fc.tuple(fc.constantFrom(...sureIds), fc.constantFrom(...sureAnswers)))
    .map((marks) => Object.fromEntries(marks) as Partial<Record<SureId, SureAnswer>>),
});

const everything: Deciding = {
  values: {
    quickRelief: 'aLot',
    lastingFix: 'aLot',
    avoidNeedles: 'notMuch',
    timeEffort: 'aLittle',
    sideEffects: 'aLot',
  },
  leaning: 'otherFirst',
  sure: { sure: 'no', informed: 'yes', valuesClear: 'yes', support: 'no' },
};

/** The same answers as a link of version 2, made before the steps after the results. */
const asVersion2 = (answers: CompleteAnswers) =>
  encodeSharedLink(answers).replace('#r=3.', '#r=2.').split('.').slice(0, 9).join('.');

describe('the QR link', () => {
  test('is short enough for a small QR code, with everything marked', () => {
    expect(encodeSharedLink(neck)).toMatch(/^#r=3(\.[0-9a-z]+){11}$/);
    expect(encodeSharedLink(neck, everything).length).toBeLessThan(40);
  });

  test('brings back exactly the answers it was made from', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        expect(parseSharedLink(encodeSharedLink(answers))).toEqual({
          kind: 'results',
          answers,
          deciding: emptyDeciding,
        });
      }),
    );
  });

  test('brings back exactly what mattered, the leaning and the SURE answers', () => {
    fc.assert(
      fc.property(completeAnswers, decidings, (answers, deciding) => {
        expect(parseSharedLink(encodeSharedLink(answers, deciding))).toEqual({ kind: 'results', answers, deciding });
      }),
    );
  });

  test('still opens a link of version 2, with nothing marked after the results', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        expect(parseSharedLink(asVersion2(answers))).toEqual({ kind: 'results', answers, deciding: emptyDeciding });
      }),
    );
  });

  test('is nothing to do with a page opened without it', () => {
    expect(parseSharedLink('')).toEqual({ kind: 'none' });
    expect(parseSharedLink('#top')).toEqual({ kind: 'none' });
  });

  test.each([
    ['a number out of range', encodeSharedLink(neck).replace(/\.0\.2\./, '.z.2.')],
    ['a field missing', encodeSharedLink(neck).replace(/\.[0-9a-z]+$/, '')],
    ['a field too many', `${encodeSharedLink(neck)}.1`],
    ['an unknown version', encodeSharedLink(neck).replace('#r=3.', '#r=4.')],
    ['a link of version 1, made before the places were split', asVersion2(neck).replace('#r=2.', '#r=1.')],
    ['a version 2 link with the fields of version 3', encodeSharedLink(neck, everything).replace('#r=3.', '#r=2.')],
    ['a version 3 link without the fields after the results', asVersion2(neck).replace('#r=2.', '#r=3.')],
    ['a value marked out of range', encodeSharedLink(neck).replace(/\.0\.0\.0$/, '.sg.0.0')],
    ['a leaning out of range', encodeSharedLink(neck).replace(/\.0\.0\.0$/, '.0.4.0')],
    ['a SURE answer out of range', encodeSharedLink(neck).replace(/\.0\.0\.0$/, '.0.0.2a')],
    ['a leading zero after the results', encodeSharedLink(neck).replace(/\.0\.0\.0$/, '.0.01.0')],
    ['"None of these" beside another option', encodeSharedLink({ ...neck, safety: ['diabetes', 'none'] })],
    ['nothing ticked on a tick-all question', encodeSharedLink({ ...neck, goals: [] })],
    ['a warning sign', encodeSharedLink({ ...neck, redFlags: ['fever'] })],
    ['stray characters', `${encodeSharedLink(neck)}<script>`],
    ['cut short', encodeSharedLink(neck).slice(0, 12)],
  ])('refuses a link with %s', (_, hash) => {
    expect(parseSharedLink(hash)).toEqual({ kind: 'broken' });
  });

  test('never throws and never makes up answers, whatever follows #r=', () => {
    fc.assert(
      fc.property(fc.string(), (tail) => {
        const link = parseSharedLink(`#r=${tail}`);
        if (link.kind !== 'results') expect(link.kind).toBe('broken');
        else if (tail.startsWith('2.')) expect(asVersion2(link.answers)).toBe(`#r=${tail}`);
        else expect(encodeSharedLink(link.answers, link.deciding)).toBe(`#r=${tail}`);
      }),
    );
  });
});

describe('an edited link after the results', () => {
  test('never makes up a mark: any number it takes re-encodes to itself', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(10), fc.nat(200), (values, leaning, sure) => {
        const hash = encodeSharedLink(neck).replace(
          /\.0\.0\.0$/,
          `.${values.toString(36)}.${leaning.toString(36)}.${sure.toString(36)}`,
        );
        const link = parseSharedLink(hash);
        if (link.kind === 'results') expect(encodeSharedLink(link.answers, link.deciding)).toBe(hash);
        else expect(link.kind).toBe('broken');
        // 4 choices (none, or one of 3) for each of 5 values; 4 leanings; 3 for each of 4 SURE questions.
        expect(link.kind === 'results').toBe(values < 4 ** 5 && leaning < 4 && sure < 3 ** 4);
      }),
    );
  });
});
