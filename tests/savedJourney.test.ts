import fc from 'fast-check';
import { createActor } from 'xstate';
import type { QuestionId } from '../src/content/schema';
import { journeyMachine, type JourneyEvent, type Step } from '../src/machine/journeyMachine';
import { restoreJourney, saveJourney } from '../src/machine/savedJourney';

const start: JourneyEvent = { type: 'start' };
const next: JourneyEvent = { type: 'continue' };
const pick = (question: QuestionId, option: string): JourneyEvent => ({ type: 'answer.select', question, option });
const afterResults: readonly JourneyEvent[] = [
  { type: 'values.mark', value: 'avoidNeedles', weight: 'aLot' },
  { type: 'values.mark', value: 'timeEffort', weight: 'notMuch' },
  next,
  { type: 'leaning.choose', leaning: 'notSure' },
  { type: 'sure.answer', question: 'informed', answer: 'no' },
  { type: 'sure.answer', question: 'support', answer: 'yes' },
];
const marked = {
  values: { avoidNeedles: 'aLot', timeEffort: 'notMuch' },
  leaning: 'notSure',
  sure: { informed: 'no', support: 'yes' },
} as const;
const nothingMarked = { values: {}, sure: {} };

const complete = {
  redFlags: ['none'],
  safety: ['bloodThinners', 'pregnancy'],
  place: 'knee',
  duration: 'over3Months',
  kind: 'muscle',
  goals: ['quickRelief', 'fewerPainkillers'],
  needles: 'nervous',
  exercise: 'notKeen',
} as const;

const toReview: readonly JourneyEvent[] = [
  start,
  pick('redFlags', 'none'),
  next,
  pick('safety', 'bloodThinners'),
  pick('safety', 'pregnancy'),
  next,
  pick('place', 'knee'),
  next,
  pick('duration', 'over3Months'),
  next,
  pick('kind', 'muscle'),
  next,
  pick('goals', 'quickRelief'),
  pick('goals', 'fewerPainkillers'),
  next,
  pick('needles', 'nervous'),
  next,
  pick('exercise', 'notKeen'),
  next,
];

function snapshotAfter(events: readonly JourneyEvent[]) {
  const actor = createActor(journeyMachine).start();
  for (const event of events) actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/** A saved journey as the app writes it, with some fields replaced. */
const saved = (fields: Record<string, unknown>) =>
  JSON.stringify({
    version: 3,
    step: 'review',
    answers: complete,
    returnToReview: false,
    deciding: nothingMarked,
    ...fields,
  });

describe('saving and restoring a journey', () => {
  test.each<[string, readonly JourneyEvent[]]>([
    ['the welcome page', []],
    ['the warning signs with nothing ticked', [start]],
    ['the stop page after a warning sign', [start, pick('redFlags', 'fever'), pick('redFlags', 'cancer'), next]],
    ['a question half way', toReview.slice(0, 11)],
    ['the review page', toReview],
    ['the results', [...toReview, next]],
    ['what matters, with two marked', [...toReview, next, next, ...afterResults.slice(0, 2)]],
    ['the leaning and readiness, half answered', [...toReview, next, next, ...afterResults]],
    ['the summary', [...toReview, next, next, ...afterResults, next]],
    [
      'a question reached by Back from the steps after the results',
      [
        ...toReview,
        next,
        next,
        ...afterResults,
        { type: 'back' },
        { type: 'back' },
        { type: 'back' },
        { type: 'back' },
      ],
    ],
    ['a question changed from the review', [...toReview, { type: 'change', question: 'place' }]],
    [
      'the stop page reached by changing the warning signs from the review',
      [...toReview, { type: 'change', question: 'redFlags' }, pick('redFlags', 'fever'), next],
    ],
  ])('a reload on %s keeps the step and every answer', (_, events) => {
    const before = snapshotAfter(events);
    const restored = restoreJourney(saveJourney(before));
    expect(restored?.value).toBe(before.value);
    expect(restored?.context.answers).toEqual(before.context.answers);
    expect(restored?.context.returnToReview).toBe(before.context.returnToReview);
    expect(restored?.context.showError).toBe(false);
    expect(restored?.context.deciding).toEqual(before.context.deciding);
  });

  test('a reload on the summary keeps what mattered, the leaning and the SURE answers', () => {
    const restored = restoreJourney(saveJourney(snapshotAfter([...toReview, next, next, ...afterResults, next])));
    expect(restored?.value).toBe('summary');
    expect(restored?.context.deciding).toEqual(marked);
  });

  test.each<Step>(['review', 'results'])(
    'a save of version 2 (before the steps after the results) on the %s restores with nothing marked',
    (step) => {
      const old = JSON.stringify({ version: 2, step, answers: complete, returnToReview: false });
      const restored = restoreJourney(old);
      expect(restored?.value).toBe(step);
      expect(restored?.context.answers).toEqual(complete);
      expect(restored?.context.deciding).toEqual({ values: {}, leaning: undefined, sure: {} });
    },
  );

  test('a restored journey carries on where it stopped', () => {
    const restored = restoreJourney(saveJourney(snapshotAfter(toReview)));
    expect(restored).toBeDefined();
    const actor = createActor(journeyMachine, restored ? { snapshot: restored } : {}).start();
    expect(actor.getSnapshot().value).toBe('review');
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('results');
    actor.send({ type: 'change', question: 'needles' } satisfies JourneyEvent);
    expect(actor.getSnapshot().value).toBe('results');
    actor.send({ type: 'back' });
    actor.send({ type: 'change', question: 'needles' });
    actor.send(pick('needles', 'avoid'));
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.answers.needles).toBe('avoid');
    actor.stop();
  });

  test('a change that was under way when the page reloaded still returns to the review', () => {
    const before = snapshotAfter([...toReview, { type: 'change', question: 'goals' }]);
    const restored = restoreJourney(saveJourney(before));
    const actor = createActor(journeyMachine, restored ? { snapshot: restored } : {}).start();
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('review');
    actor.stop();
  });

  test('the saved form holds only the version, step, answers, the way back and what was marked after the results', () => {
    const text = saveJourney(snapshotAfter(toReview));
    expect(JSON.parse(text)).toEqual({
      version: 3,
      step: 'review',
      answers: complete,
      returnToReview: false,
      deciding: nothingMarked,
    });
  });

  test('the hand-made saved form used below restores, so the cases that follow fail for their own reason', () => {
    expect(restoreJourney(saved({}))?.value).toBe('review');
  });
});

describe('a saved journey that cannot be trusted is dropped', () => {
  test.each<[string, string | null]>([
    ['nothing saved', null],
    ['an empty string', ''],
    ['text that is not JSON', 'not json'],
    ['half a JSON object', '{"version":1,'],
    ['an empty object', '{}'],
    ['an array', JSON.stringify([1, 'review'])],
    ['a number', '42'],
    ['a string', '"review"'],
    ['null', 'null'],
    ['true', 'true'],
    ['an older version, whose answers may mean something else', saved({ version: 1 })],
    ['a newer version', saved({ version: 4 })],
    ['the version as text', saved({ version: '3' })],
    ['no marks after the results', saved({ deciding: undefined })],
    ['an unknown thing that matters', saved({ deciding: { ...nothingMarked, values: { money: 'aLot' } } })],
    [
      'a weight that is not one of the three',
      saved({ deciding: { ...nothingMarked, values: { quickRelief: 'hugely' } } }),
    ],
    ['an unknown leaning', saved({ deciding: { ...nothingMarked, leaning: 'surgery' } })],
    ['a SURE answer that is not yes or no', saved({ deciding: { ...nothingMarked, sure: { sure: 'maybe' } } })],
    ['an unknown SURE question', saved({ deciding: { ...nothingMarked, sure: { happy: 'yes' } } })],
    ['an extra field in the marks', saved({ deciding: { ...nothingMarked, note: 'hi' } })],
    ['the summary with an answer missing', saved({ step: 'summary', answers: { ...complete, exercise: undefined } })],
    ['what matters after a warning sign', saved({ step: 'values', answers: { ...complete, redFlags: ['fever'] } })],
    ['no step', saved({ step: undefined })],
    ['an unknown step', saved({ step: 'payment' })],
    ['the passing state between the warning signs and the safety check', saved({ step: 'redFlagChecked' })],
    ['a step that is not text', saved({ step: 3 })],
    ['no way back', saved({ returnToReview: undefined })],
    ['a way back that is not true or false', saved({ returnToReview: 'yes' })],
    ['answers that are not an object', saved({ answers: ['none'] })],
    ['answers that are null', saved({ answers: null })],
    ['an unknown question', saved({ answers: { ...complete, mood: 'fine' } })],
    ['an option from another question', saved({ answers: { ...complete, place: 'over3Months' } })],
    ['an invalid option', saved({ answers: { ...complete, duration: 'forever' } })],
    ['a place from before "Ankle or foot" was split', saved({ answers: { ...complete, place: 'ankleFoot' } })],
    ['a place from before "Elbow or arm" was split', saved({ answers: { ...complete, place: 'elbowArm' } })],
    ['a single answer given as a list', saved({ answers: { ...complete, place: ['knee'] } })],
    ['a list answer given as one option', saved({ answers: { ...complete, goals: 'quickRelief' } })],
    ['a list with an invalid option', saved({ answers: { ...complete, safety: ['bloodThinners', 'garlic'] } })],
    ['a duplicated option', saved({ answers: { ...complete, goals: ['quickRelief', 'quickRelief'] } })],
    ['"none" beside another safety item', saved({ answers: { ...complete, safety: ['none', 'diabetes'] } })],
    ['"none" beside a warning sign', saved({ step: 'stop', answers: { redFlags: ['none', 'fever'] } })],
    ['the results with an answer missing', saved({ step: 'results', answers: { ...complete, exercise: undefined } })],
    ['the results with an empty list', saved({ step: 'results', answers: { ...complete, goals: [] } })],
    ['the review with a warning sign', saved({ answers: { ...complete, redFlags: ['fever'] } })],
    ['the stop page with no warning sign', saved({ step: 'stop', answers: { redFlags: ['none'] } })],
    ['the stop page with nothing answered', saved({ step: 'stop', answers: {} })],
    ['a question whose earlier questions are unanswered', saved({ step: 'goals', answers: { redFlags: ['none'] } })],
    ['a later question after a warning sign', saved({ step: 'safety', answers: { redFlags: ['weakness'] } })],
  ])('%s', (_, text) => {
    expect(restoreJourney(text)).toBeUndefined();
  });

  test.each<Step>(['welcome', 'redFlags'])('%s restores with no answers at all', (step) => {
    expect(restoreJourney(saved({ step, answers: {} }))?.value).toBe(step);
  });
});

describe('restoring never throws', () => {
  test('whatever JSON value was saved', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const restored = restoreJourney(JSON.stringify(value));
        expect(restored === undefined || typeof restored.value === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('whatever text was saved', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(null)), (text) => {
        expect(() => restoreJourney(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  test('whatever value sits in each field of a saved journey', () => {
    const field = fc.oneof(fc.anything(), fc.constantFrom('review', 'results', 'stop', 'neck', 'none', 1, true));
    fc.assert(
      fc.property(
        fc.record({
          version: fc.oneof(fc.constant(3), field),
          step: field,
          answers: field,
          returnToReview: field,
          deciding: field,
        }),
        (fields) => {
          expect(() => restoreJourney(safeStringify(fields))).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });

  test('whatever each answer holds', () => {
    const answer = fc.oneof(
      fc.anything(),
      fc.constantFrom('none', 'fever', 'neck', 'over3Months', 'muscle', 'fine', 'willing'),
      fc.array(fc.constantFrom('none', 'fever', 'bloodThinners', 'quickRelief', 'bogus')),
    );
    const answers = fc.dictionary(
      fc.constantFrom('redFlags', 'safety', 'place', 'duration', 'kind', 'goals', 'needles', 'exercise', '__proto__'),
      answer,
    );
    fc.assert(
      fc.property(fc.constantFrom('welcome', 'redFlags', 'goals', 'stop', 'review', 'results'), answers, (step, a) => {
        const restored = restoreJourney(
          safeStringify({ version: 3, step, answers: a, returnToReview: false, deciding: nothingMarked }),
        );
        if (restored) expect(restored.value).toBe(step);
      }),
      { numRuns: 500 },
    );
  });
});

/** JSON.stringify, but for values it cannot write (BigInt, cycles) a text that is still not a journey. */
function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return 'unserialisable';
  }
}
