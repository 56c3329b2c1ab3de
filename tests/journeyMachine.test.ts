import fc from 'fast-check';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  leaningOptions,
  questionIds,
  sureAnswers,
  sureIds,
  valueIds,
  valueWeights,
  type LeaningOption,
  type QuestionId,
  type SureAnswer,
  type SureId,
  type ValueId,
  type ValueWeight,
} from '../src/content/schema';
import { emptyDeciding } from '../src/domain/deciding';
import { isAnswered, optionsOf, type Answers } from '../src/domain/answers';
import { canShow, journeyMachine, steps, type JourneyEvent, type Step } from '../src/machine/journeyMachine';

const start: JourneyEvent = { type: 'start' };
const next: JourneyEvent = { type: 'continue' };
const back: JourneyEvent = { type: 'back' };
const restart: JourneyEvent = { type: 'restart' };
const finish: JourneyEvent = { type: 'finish' };
const pick = (question: QuestionId, option: string): JourneyEvent => ({ type: 'answer.select', question, option });
const change = (question: QuestionId): JourneyEvent => ({ type: 'change', question });
const mark = (value: ValueId, weight: ValueWeight): JourneyEvent => ({ type: 'values.mark', value, weight });
const lean = (leaning: LeaningOption): JourneyEvent => ({ type: 'leaning.choose', leaning });
const sure = (question: SureId, answer: SureAnswer): JourneyEvent => ({ type: 'sure.answer', question, answer });

/** One answer per question that keeps the patient on the way to the results. */
const fullAnswers: readonly [QuestionId, string][] = [
  ['redFlags', 'none'],
  ['safety', 'none'],
  ['place', 'neck'],
  ['duration', 'over3Months'],
  ['kind', 'muscle'],
  ['goals', 'quickRelief'],
  ['needles', 'fine'],
  ['exercise', 'willing'],
];
const toReview: readonly JourneyEvent[] = [start, ...fullAnswers.flatMap(([q, o]) => [pick(q, o), next])];

function journey(...events: readonly JourneyEvent[]) {
  const actor = createActor(journeyMachine).start();
  for (const event of events) actor.send(event);
  return actor;
}

const stepOf = (actor: ReturnType<typeof journey>) => actor.getSnapshot().value as Step;
const answersOf = (actor: ReturnType<typeof journey>) => actor.getSnapshot().context.answers;
const decidingOf = (actor: ReturnType<typeof journey>) => actor.getSnapshot().context.deciding;
const toResults: readonly JourneyEvent[] = [...toReview, next];

describe('the journey, step by step', () => {
  test('opens on the welcome page and Start leads to the warning signs', () => {
    const actor = journey();
    expect(stepOf(actor)).toBe('welcome');
    actor.send(start);
    expect(stepOf(actor)).toBe('redFlags');
  });

  test('Continue without an answer shows an error and stays on the question', () => {
    const actor = journey(start, next);
    expect(stepOf(actor)).toBe('redFlags');
    expect(actor.getSnapshot().context.showError).toBe(true);
  });

  test('answering after the error clears it', () => {
    const actor = journey(start, next, pick('redFlags', 'none'));
    expect(actor.getSnapshot().context.showError).toBe(false);
  });

  test('a ticked warning sign stops the journey, and Back returns to the question with the answers kept', () => {
    const actor = journey(start, pick('redFlags', 'fever'), pick('redFlags', 'weakness'), next);
    expect(stepOf(actor)).toBe('stop');
    actor.send(back);
    expect(stepOf(actor)).toBe('redFlags');
    expect(answersOf(actor).redFlags).toEqual(['fever', 'weakness']);
  });

  test('ticking "none" unticks every warning sign, and ticking a sign unticks "none"', () => {
    const actor = journey(start, pick('redFlags', 'fever'), pick('redFlags', 'cancer'));
    actor.send(pick('redFlags', 'none'));
    expect(answersOf(actor).redFlags).toEqual(['none']);
    actor.send(pick('redFlags', 'restPain'));
    expect(answersOf(actor).redFlags).toEqual(['restPain']);
  });

  test('ticking a ticked option again unticks it, and an empty list does not count as an answer', () => {
    const actor = journey(start, pick('redFlags', 'none'), pick('redFlags', 'none'));
    expect(answersOf(actor).redFlags).toEqual([]);
    actor.send(next);
    expect(stepOf(actor)).toBe('redFlags');
    expect(actor.getSnapshot().context.showError).toBe(true);
  });

  test('a single-answer question keeps only the latest choice', () => {
    const actor = journey(start, pick('redFlags', 'none'), next, pick('safety', 'none'), next);
    actor.send(pick('place', 'knee'));
    actor.send(pick('place', 'hip'));
    expect(answersOf(actor).place).toBe('hip');
  });

  test('walks through every question in order to the review and then the results', () => {
    const actor = journey(start);
    for (const [question, option] of fullAnswers) {
      expect(stepOf(actor)).toBe(question);
      actor.send(pick(question, option));
      actor.send(next);
    }
    expect(stepOf(actor)).toBe('review');
    actor.send(next);
    expect(stepOf(actor)).toBe('results');
    actor.send(back);
    expect(stepOf(actor)).toBe('review');
    actor.send(back);
    expect(stepOf(actor)).toBe('exercise');
  });

  test('Back walks the questions in reverse and keeps every answer', () => {
    const actor = journey(...toReview, back);
    const answers = answersOf(actor);
    for (const question of [...questionIds].reverse()) {
      expect(stepOf(actor)).toBe(question);
      actor.send(back);
    }
    expect(stepOf(actor)).toBe('welcome');
    expect(answersOf(actor)).toEqual(answers);
  });

  test.each(questionIds.filter((q) => q !== 'redFlags'))(
    'Change %s on the review page returns to the review on Continue and on Back',
    (question) => {
      const actor = journey(...toReview, change(question));
      expect(stepOf(actor)).toBe(question);
      actor.send(next);
      expect(stepOf(actor)).toBe('review');
      actor.send(change(question));
      actor.send(back);
      expect(stepOf(actor)).toBe('review');
    },
  );

  test('a changed answer is kept on the way back to the review', () => {
    const actor = journey(...toReview, change('place'), pick('place', 'knee'), next);
    expect(stepOf(actor)).toBe('review');
    expect(answersOf(actor).place).toBe('knee');
  });

  test('changing the warning signs to "none" again returns to the review', () => {
    const actor = journey(...toReview, change('redFlags'), pick('redFlags', 'none'), pick('redFlags', 'none'), next);
    expect(stepOf(actor)).toBe('review');
  });

  test('changing the warning signs from the review to a warning sign stops the journey', () => {
    const actor = journey(...toReview, change('redFlags'), pick('redFlags', 'chestBreathing'), next);
    expect(stepOf(actor)).toBe('stop');
  });

  test('Back after ticking a warning sign on a change from the review does not reach the review or results', () => {
    const actor = journey(...toReview, change('redFlags'), pick('redFlags', 'fever'), back);
    expect(canShow(stepOf(actor), answersOf(actor))).toBe(true);
    actor.send(next);
    expect(stepOf(actor)).not.toBe('results');
  });

  test.each(['redFlags', 'safety', 'goals'] as const)(
    'Back after unticking every %s option on a change does not reach the review with a question unanswered',
    (question) => {
      const option = fullAnswers.find(([q]) => q === question)?.[1] ?? '';
      const actor = journey(...toReview, change(question), pick(question, option), back);
      expect(canShow(stepOf(actor), answersOf(actor))).toBe(true);
    },
  );

  test('Start again from any step clears every answer and returns to welcome', () => {
    const actor = journey(...toReview, next, restart);
    expect(stepOf(actor)).toBe('welcome');
    expect(answersOf(actor)).toEqual({});
    expect(actor.getSnapshot().context.returnToReview).toBe(false);
  });

  test('Start after going back to welcome begins with no answers', () => {
    const actor = journey(start, pick('redFlags', 'none'), back);
    expect(stepOf(actor)).toBe('welcome');
    actor.send(start);
    expect(answersOf(actor)).toEqual({});
  });

  test('an answer to a question other than the one on screen is ignored', () => {
    const actor = journey(start, pick('place', 'neck'), pick('goals', 'lastingFix'));
    expect(stepOf(actor)).toBe('redFlags');
    expect(answersOf(actor)).toEqual({});
  });

  test('an option that does not belong to the question is ignored', () => {
    const actor = journey(start, pick('redFlags', 'neck'), pick('redFlags', 'bogus'), pick('redFlags', ''));
    expect(answersOf(actor)).toEqual({});
    actor.send(pick('redFlags', 'none'));
    actor.send(next);
    actor.send(pick('safety', 'toString'));
    expect(answersOf(actor)).toEqual({ redFlags: ['none'] });
  });

  test('Change outside the review page and unknown events are ignored', () => {
    const actor = journey(start, pick('redFlags', 'none'), next);
    actor.send(change('redFlags'));
    actor.send({ type: 'teleport' } as unknown as JourneyEvent);
    expect(stepOf(actor)).toBe('safety');
    expect(actor.getSnapshot().context.returnToReview).toBe(false);
  });
});

describe('after the results: what matters, the leaning, the summary', () => {
  test('Continue walks from the results to what matters, the leaning and the summary, and Back walks back', () => {
    const actor = journey(...toResults);
    for (const step of ['values', 'leaning', 'summary'] as const) {
      actor.send(next);
      expect(stepOf(actor)).toBe(step);
    }
    for (const step of ['leaning', 'values', 'results', 'review'] as const) {
      actor.send(back);
      expect(stepOf(actor)).toBe(step);
    }
  });

  test('nothing has to be marked: Continue goes on from each step with nothing chosen', () => {
    const actor = journey(...toResults, next, next, next);
    expect(stepOf(actor)).toBe('summary');
    expect(decidingOf(actor)).toEqual(emptyDeciding);
    expect(actor.getSnapshot().context.showError).toBe(false);
  });

  test('marks how much each thing matters, and a new mark replaces the old one', () => {
    const actor = journey(...toResults, next, mark('avoidNeedles', 'aLot'), mark('quickRelief', 'aLittle'));
    actor.send(mark('avoidNeedles', 'notMuch'));
    expect(decidingOf(actor).values).toEqual({ avoidNeedles: 'notMuch', quickRelief: 'aLittle' });
  });

  test('keeps the leaning and each SURE answer, and a second answer replaces the first', () => {
    const actor = journey(...toResults, next, next, lean('needling'), sure('sure', 'yes'), sure('support', 'no'));
    actor.send(lean('notSure'));
    actor.send(sure('sure', 'no'));
    expect(decidingOf(actor)).toEqual({ values: {}, leaning: 'notSure', sure: { sure: 'no', support: 'no' } });
  });

  test('Back and Continue keep every mark', () => {
    const actor = journey(...toResults, next, mark('sideEffects', 'aLot'), next, lean('otherFirst'), next);
    const marks = decidingOf(actor);
    actor.send(back);
    actor.send(back);
    actor.send(back);
    actor.send(next);
    actor.send(next);
    actor.send(next);
    expect(stepOf(actor)).toBe('summary');
    expect(decidingOf(actor)).toEqual(marks);
  });

  test("a mark is taken only on its own step, and only with the app's own options", () => {
    const actor = journey(...toResults, mark('quickRelief', 'aLot'), lean('needling'));
    expect(decidingOf(actor)).toEqual(emptyDeciding);
    actor.send(next);
    actor.send(lean('needling'));
    actor.send(sure('sure', 'yes'));
    actor.send({ type: 'values.mark', value: 'money', weight: 'aLot' } as unknown as JourneyEvent);
    actor.send({ type: 'values.mark', value: 'quickRelief', weight: 'hugely' } as unknown as JourneyEvent);
    expect(decidingOf(actor)).toEqual(emptyDeciding);
    actor.send(next);
    actor.send({ type: 'leaning.choose', leaning: 'surgery' } as unknown as JourneyEvent);
    actor.send({ type: 'sure.answer', question: 'sure', answer: 'maybe' } as unknown as JourneyEvent);
    actor.send({ type: 'sure.answer', question: 'happy', answer: 'yes' } as unknown as JourneyEvent);
    expect(decidingOf(actor)).toEqual(emptyDeciding);
  });

  test('the hand-back comes after the summary, not the results, and Back returns to the summary', () => {
    const actor = journey(...toResults, finish);
    expect(stepOf(actor)).toBe('results');
    actor.send(next);
    actor.send(next);
    actor.send(next);
    actor.send(finish);
    expect(stepOf(actor)).toBe('handBack');
    actor.send(back);
    expect(stepOf(actor)).toBe('summary');
  });

  test('the UI can ask the machine which ways on there are', () => {
    const summary = journey(...toResults, next, next, next).getSnapshot();
    expect(summary.can(finish)).toBe(true);
    expect(summary.can(next)).toBe(false);
    expect(summary.can(back)).toBe(true);
    const results = journey(...toResults).getSnapshot();
    expect(results.can(next)).toBe(true);
    expect(results.can(finish)).toBe(false);
  });

  test('Start again from the summary clears the answers and every mark', () => {
    const actor = journey(
      ...toResults,
      next,
      mark('lastingFix', 'aLot'),
      next,
      lean('needling'),
      sure('informed', 'no'),
    );
    actor.send(next);
    actor.send(restart);
    expect(stepOf(actor)).toBe('welcome');
    expect(answersOf(actor)).toEqual({});
    expect(decidingOf(actor)).toEqual(emptyDeciding);
  });

  test('a new patient after the hand-back starts with nothing marked', () => {
    const actor = journey(...toResults, next, mark('timeEffort', 'aLot'), next, next, finish, restart, start);
    expect(stepOf(actor)).toBe('redFlags');
    expect(decidingOf(actor)).toEqual(emptyDeciding);
  });
});

// ---------------------------------------------------------------------------------------------
// Model-based: the machine's own graph, walked with a small set of concrete events.

const modelEvents: readonly JourneyEvent[] = [
  start,
  next,
  back,
  restart,
  finish,
  pick('redFlags', 'none'),
  pick('redFlags', 'fever'),
  ...fullAnswers.filter(([q]) => q !== 'redFlags').map(([q, o]) => pick(q, o)),
  ...questionIds.map(change),
  mark('avoidNeedles', 'aLot'),
  lean('notSure'),
  sure('support', 'no'),
];

/** A path's events, without the initial event that the graph records but nobody sends. */
const eventsOf = (path: { steps: readonly { event: JourneyEvent }[] }) =>
  path.steps.map((step) => step.event).filter((event) => (event.type as string) !== 'xstate.init');

const routeOf = (path: { steps: readonly { event: JourneyEvent }[] }) =>
  eventsOf(path)
    .map((event) => JSON.stringify(event))
    .join(' ');

describe('the journey graph', () => {
  let paths: ReturnType<typeof getShortestPaths<typeof journeyMachine>> = [];

  beforeAll(() => {
    paths = getShortestPaths(journeyMachine, {
      events: modelEvents,
      // An answer only matters on its own page; elsewhere it is a loop that adds nothing.
      filterEvents: (snapshot, event) =>
        (event.type !== 'answer.select' || snapshot.value === event.question) &&
        (event.type !== 'values.mark' || snapshot.value === 'values') &&
        ((event.type !== 'leaning.choose' && event.type !== 'sure.answer') || snapshot.value === 'leaning'),
      serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context]),
      limit: 20_000,
    });
  });

  test('reaches every step of the journey', () => {
    const reached = new Set(paths.map((path) => path.state.value));
    expect([...steps].filter((step) => !reached.has(step))).toEqual([]);
    expect(paths.length).toBeGreaterThan(steps.length);
  });

  test('a real actor that follows each path ends where the path says', () => {
    for (const path of paths) {
      const actor = journey(...eventsOf(path));
      const { value, context } = actor.getSnapshot();
      expect({ value, context }, routeOf(path)).toEqual({ value: path.state.value, context: path.state.context });
      actor.stop();
    }
  });

  test('every state in the graph can be shown with its answers', () => {
    const broken = paths
      .filter((path) => !canShow(path.state.value as Step, path.state.context.answers))
      .map((path) => `${String(path.state.value)} after ${routeOf(path)}`);
    expect(broken.slice(0, 3)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: long random sequences of events, valid and not.

const allOptions = [...new Set(questionIds.flatMap((q) => optionsOf[q] as readonly string[]))];

/** What a patient (or a broken page) might do; `onScreen` presses Start or answers the question shown. */
type Action =
  | { kind: 'send'; event: JourneyEvent }
  | { kind: 'onScreen'; index: number; preferNone: boolean; other: number }
  | { kind: 'changeAny'; question: QuestionId };

const rawEvent: fc.Arbitrary<JourneyEvent> = fc.oneof(
  fc.constantFrom<JourneyEvent>(start, next, back, restart, finish),
  fc.record({
    type: fc.constant('answer.select' as const),
    question: fc.constantFrom(...questionIds, 'bogus', '') as fc.Arbitrary<QuestionId>,
    option: fc.oneof(fc.constantFrom(...allOptions), fc.string({ maxLength: 8 })),
  }),
  fc.record({
    type: fc.constant('change' as const),
    question: fc.constantFrom(...questionIds, 'nowhere') as fc.Arbitrary<QuestionId>,
  }),
  fc.constantFrom('teleport', 'answer', 'xstate.init', '').map((type) => ({ type }) as unknown as JourneyEvent),
);

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 1, arbitrary: rawEvent.map((event) => ({ kind: 'send' as const, event })) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('onScreen' as const),
      index: fc.nat(),
      preferNone: fc.boolean(),
      other: fc.nat(),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ kind: 'send' as const, event: next }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'send' as const, event: back }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('changeAny' as const), question: fc.constantFrom(...questionIds) }),
  },
);

function toEvent(action: Action, step: Step): JourneyEvent {
  if (action.kind === 'send') return action.event;
  if (action.kind === 'changeAny') return change(action.question);
  if (step === 'welcome') return start;
  // After the results the patient marks things on screen, or skips them.
  if (step === 'values')
    return mark(valueIds[action.index % valueIds.length] ?? 'quickRelief', valueWeights[action.other % 3] ?? 'aLot');
  if (step === 'leaning') {
    return action.preferNone
      ? lean(leaningOptions[action.other % leaningOptions.length] ?? 'notSure')
      : sure(sureIds[action.index % sureIds.length] ?? 'sure', sureAnswers[action.other % 2] ?? 'yes');
  }
  const question = (questionIds as readonly string[]).includes(step) ? (step as QuestionId) : 'redFlags';
  const options = optionsOf[question] as readonly string[];
  const option = action.preferNone && options.includes('none') ? 'none' : options[action.index % options.length];
  return pick(question, option ?? '');
}

const dropped = (before: Answers, after: Answers) =>
  questionIds.filter((q) => isAnswered(before, q) && !isAnswered(after, q));

const marksOf = (context: { deciding: typeof emptyDeciding }) => [
  ...Object.keys(context.deciding.values),
  ...(context.deciding.leaning ? ['leaning'] : []),
  ...Object.keys(context.deciding.sure).map((id) => `sure.${id}`),
];

const mayDrop = (event: JourneyEvent, question: QuestionId) =>
  event.type === 'restart' || event.type === 'start' || (event.type === 'answer.select' && event.question === question);

const knownSteps: ReadonlySet<unknown> = new Set(steps);

const sequences = fc.array(action, { minLength: 1, maxLength: 200, size: 'max' });

/** Fails the property with a message that names the event; cheaper than `expect` in a hot loop. */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

describe('the journey under random use', () => {
  test('never throws, stays on a known step and never drops an answer unasked', () => {
    const visited = new Set<unknown>();
    fc.assert(
      fc.property(sequences, (actions) => {
        const actor = journey();
        for (const act of actions) {
          const before = actor.getSnapshot();
          const event = toEvent(act, before.value as Step);
          actor.send(event);
          const after = actor.getSnapshot();
          check(after.status === 'active', () => `actor ${after.status} after ${JSON.stringify(event)}`);
          check(knownSteps.has(after.value), () => `unknown step ${String(after.value)}`);
          visited.add(after.value);
          const lost = dropped(before.context.answers, after.context.answers).filter((q) => !mayDrop(event, q));
          check(lost.length === 0, () => `${lost.join()} dropped by ${JSON.stringify(event)}`);
          const unmarked = marksOf(before.context).filter((m) => !marksOf(after.context).includes(m));
          const mayUnmark = event.type === 'restart' || event.type === 'start';
          check(unmarked.length === 0 || mayUnmark, () => `${unmarked.join()} unmarked by ${JSON.stringify(event)}`);
        }
        actor.stop();
      }),
      { numRuns: 300 },
    );
    // The random walks are only worth something if they reach the whole journey.
    expect(steps.filter((step) => !visited.has(step))).toEqual([]);
  }, 60_000);

  test('every step it reaches can be shown with the answers it holds', () => {
    fc.assert(
      fc.property(sequences, (actions) => {
        const actor = journey();
        for (const act of actions) {
          actor.send(toEvent(act, actor.getSnapshot().value as Step));
          const { value, context } = actor.getSnapshot();
          check(canShow(value as Step, context.answers), () => `${String(value)} with ${JSON.stringify(context)}`);
        }
        actor.stop();
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
