import { describe, expect, test } from 'vitest';
import { emptyDeciding, type Deciding } from '../src/domain/deciding';
import { summarize } from '../src/domain/summary';
import { answerSets, neckPain } from './answerSets';

// The one summary the patient, the front desk and the QR link all show: the answers and what the
// patient was told, then what they marked after the results.

const marked: Deciding = {
  // Marked out of order: the summary lists them in the order they were asked.
  values: { sideEffects: 'aLittle', quickRelief: 'aLot', avoidNeedles: 'notMuch' },
  leaning: 'needling',
  sure: { support: 'no', sure: 'yes', informed: 'no' },
};

/** One table of what the patient marked and what the summary then says. */
const cases: readonly {
  readonly name: string;
  readonly deciding: Deciding;
  readonly values: ReturnType<typeof summarize>['values'];
  readonly leaning: ReturnType<typeof summarize>['leaning'];
  readonly sureAnswers: readonly (string | undefined)[];
  readonly nextSteps: ReturnType<typeof summarize>['nextSteps'];
}[] = [
  {
    name: 'nothing marked',
    deciding: emptyDeciding,
    values: [],
    leaning: undefined,
    sureAnswers: [undefined, undefined, undefined, undefined],
    nextSteps: [],
  },
  {
    name: 'some of everything',
    deciding: marked,
    values: [
      { id: 'quickRelief', weight: 'aLot' },
      { id: 'avoidNeedles', weight: 'notMuch' },
      { id: 'sideEffects', weight: 'aLittle' },
    ],
    leaning: 'needling',
    sureAnswers: ['yes', 'no', undefined, 'no'],
    nextSteps: ['informed', 'support'],
  },
  {
    name: 'not sure yet, and ready on every SURE question',
    deciding: {
      values: { timeEffort: 'aLot' },
      leaning: 'notSure',
      sure: { sure: 'yes', informed: 'yes', valuesClear: 'yes', support: 'yes' },
    },
    values: [{ id: 'timeEffort', weight: 'aLot' }],
    leaning: 'notSure',
    sureAnswers: ['yes', 'yes', 'yes', 'yes'],
    nextSteps: [],
  },
  {
    name: 'every SURE answer no',
    deciding: {
      values: {},
      leaning: 'otherFirst',
      sure: { sure: 'no', informed: 'no', valuesClear: 'no', support: 'no' },
    },
    values: [],
    leaning: 'otherFirst',
    sureAnswers: ['no', 'no', 'no', 'no'],
    nextSteps: ['sure', 'informed', 'valuesClear', 'support'],
  },
];

describe('the summary of what the patient marked after the results', () => {
  test.each(cases)('$name', ({ deciding, values, leaning, sureAnswers, nextSteps }) => {
    const summary = summarize(neckPain, deciding);
    expect(summary.values).toEqual(values);
    expect(summary.leaning).toBe(leaning);
    expect(summary.sure.map(({ id }) => id)).toEqual(['sure', 'informed', 'valuesClear', 'support']);
    expect(summary.sure.map(({ answer }) => answer)).toEqual(sureAnswers);
    expect(summary.nextSteps).toEqual(nextSteps);
  });

  test.each(answerSets)('$name: the marks never change the answers, the safety notes or the questions', (set) => {
    const without = summarize(set.answers);
    const withMarks = summarize(set.answers, marked);
    expect(withMarks.answers).toEqual(without.answers);
    expect(withMarks.safetyNotes).toEqual(without.safetyNotes);
    expect(withMarks.headline).toEqual(without.headline);
    expect(withMarks.questions).toEqual(without.questions);
    expect(withMarks.safetyNotes.map(({ id }) => id)).toEqual(set.safetyNotes);
    expect(withMarks.headline?.id).toBe(set.headline);
  });

  test('a patient stopped at a warning sign never reached the steps after the results: nothing is shown', () => {
    const summary = summarize({ ...neckPain, redFlags: ['fever'] }, marked);
    expect(summary.warningSigns).toEqual(['fever']);
    expect(summary.headline).toBeUndefined();
    expect(summary.values).toEqual([]);
    expect(summary.leaning).toBeUndefined();
    expect(summary.nextSteps).toEqual([]);
  });

  test('half-answered questions show no marks either', () => {
    const summary = summarize({ redFlags: ['none'], safety: ['none'] }, marked);
    expect(summary.values).toEqual([]);
    expect(summary.leaning).toBeUndefined();
  });
});
