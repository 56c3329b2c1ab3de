import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { questionIds } from '../src/content/schema';
import { isMulti, optionsOf, type CompleteAnswers } from '../src/domain/answers';
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

describe('the QR link', () => {
  test('is short enough for a small QR code', () => {
    expect(encodeSharedLink(neck)).toMatch(/^#r=2(\.[0-9a-z]+){8}$/);
    expect(encodeSharedLink(neck).length).toBeLessThan(40);
  });

  test('brings back exactly the answers it was made from', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        expect(parseSharedLink(encodeSharedLink(answers))).toEqual({ kind: 'results', answers });
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
    ['an unknown version', encodeSharedLink(neck).replace('#r=2.', '#r=3.')],
    ['a link of version 1, made before the places were split', encodeSharedLink(neck).replace('#r=2.', '#r=1.')],
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
        if (link.kind === 'results') expect(encodeSharedLink(link.answers)).toBe(`#r=${tail}`);
        else expect(link.kind).toBe('broken');
      }),
    );
  });
});
