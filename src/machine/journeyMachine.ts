import { and, assign, not, setup, type SnapshotFrom } from 'xstate';
import { questionIds, type QuestionId } from '../content/schema';
import {
  emptyAnswers,
  hasRedFlag,
  isAnswered,
  isComplete,
  isMulti,
  isOptionOf,
  select,
  toggle,
  type Answers,
} from '../domain/answers';

export interface JourneyContext {
  readonly answers: Answers;
  /** Set by Change on the Check your answers page: Continue and Back then return there. */
  readonly returnToReview: boolean;
  /** The patient pressed Continue on the current question without answering it. */
  readonly showError: boolean;
}

export type JourneyEvent =
  | { type: 'start' }
  | { type: 'answer.select'; question: QuestionId; option: string }
  | { type: 'continue' }
  | { type: 'back' }
  | { type: 'change'; question: QuestionId }
  | { type: 'finish' }
  | { type: 'restart' };

export const steps = ['welcome', ...questionIds, 'stop', 'review', 'results', 'handBack'] as const;
export type Step = (typeof steps)[number];
/** A passing state that decides where Continue from the warning signs leads. */
type Target = Step | 'redFlagChecked';

const freshContext: JourneyContext = { answers: emptyAnswers, returnToReview: false, showError: false };

const journey = setup({
  types: {
    context: {} as JourneyContext,
    events: {} as JourneyEvent,
  },
  guards: {
    /** The event answers this question with one of its own options. */
    answers: ({ event }, params: { question: QuestionId }) =>
      event.type === 'answer.select' && event.question === params.question && isOptionOf(params.question, event.option),
    answered: ({ context }, params: { question: QuestionId }) => isAnswered(context.answers, params.question),
    redFlagged: ({ context }) => hasRedFlag(context.answers),
    returningToReview: ({ context }) => context.returnToReview,
    changes: ({ event }, params: { question: QuestionId }) =>
      event.type === 'change' && event.question === params.question,
  },
  actions: {
    record: assign(({ context, event }, params: { question: QuestionId }) => {
      if (event.type !== 'answer.select' || !isOptionOf(params.question, event.option)) return {};
      const { question } = params;
      const answers = isMulti(question)
        ? toggle(context.answers, question, event.option as never)
        : select(context.answers, question, event.option as never);
      return { answers, showError: false };
    }),
    flagMissing: assign({ showError: true }),
    clearError: assign({ showError: false }),
    returnToReview: assign({ returnToReview: true }),
    stayOnCourse: assign({ returnToReview: false }),
    reset: assign(() => freshContext),
  },
});

/**
 * One question page: answer it, Continue (or see why not), Back. After a Change from the
 * review page, Continue and Back both return there, so the patient never walks the whole list again.
 */
function question(q: QuestionId, previous: Step, next: Target) {
  return journey.createStateConfig({
    entry: 'clearError',
    on: {
      'answer.select': {
        guard: { type: 'answers', params: { question: q } },
        actions: { type: 'record', params: { question: q } },
      },
      continue: [
        { guard: not({ type: 'answered', params: { question: q } }), actions: 'flagMissing' },
        // The warning signs are always checked again, even on the way back to the review.
        ...(next === 'redFlagChecked' ? [] : [{ guard: 'returningToReview' as const, target: '#journey.review' }]),
        { target: `#journey.${next}` },
      ],
      // Back after a Change is checked like Continue: it must not carry an empty answer, or a
      // newly ticked warning sign, past the review to the results.
      back: [
        {
          guard: and(['returningToReview', not({ type: 'answered', params: { question: q } })]),
          actions: 'flagMissing',
        },
        {
          guard: 'returningToReview',
          target: next === 'redFlagChecked' ? '#journey.redFlagChecked' : '#journey.review',
        },
        { target: `#journey.${previous}` },
      ],
    },
  });
}

export const journeyMachine = journey.createMachine({
  id: 'journey',
  initial: 'welcome',
  context: freshContext,
  on: {
    restart: { target: '.welcome', actions: 'reset' },
  },
  states: {
    welcome: {
      on: { start: { target: 'redFlags', actions: 'reset' } },
    },
    redFlags: question('redFlags', 'welcome', 'redFlagChecked'),
    redFlagChecked: {
      always: [
        // Any warning sign stops the journey before any benefit is promised [R45][R46].
        { guard: 'redFlagged', target: 'stop' },
        { guard: 'returningToReview', target: 'review' },
        { target: 'safety' },
      ],
    },
    stop: {
      on: { back: 'redFlags', finish: 'handBack' },
    },
    safety: question('safety', 'redFlags', 'place'),
    place: question('place', 'safety', 'duration'),
    duration: question('duration', 'place', 'kind'),
    kind: question('kind', 'duration', 'goals'),
    goals: question('goals', 'kind', 'needles'),
    needles: question('needles', 'goals', 'exercise'),
    exercise: question('exercise', 'needles', 'review'),
    review: {
      entry: 'stayOnCourse',
      on: {
        change: questionIds.map((q) => ({
          guard: { type: 'changes' as const, params: { question: q } },
          target: q,
          actions: 'returnToReview' as const,
        })),
        continue: 'results',
        back: 'exercise',
      },
    },
    results: {
      on: { back: 'review', finish: 'handBack' },
    },
    // The waiting-room tablet's last step: the patient gives it back; the answers stay for the
    // front desk's summary until the next patient starts or the tablet is left quiet.
    handBack: {
      on: {
        back: [{ guard: 'redFlagged', target: 'stop' }, { target: 'results' }],
      },
    },
  },
});

export type JourneySnapshot = SnapshotFrom<typeof journeyMachine>;

/**
 * Whether a step can be shown with these answers: a question needs every earlier answer,
 * the warning-signs screen needs a warning sign, the summary needs every answer and none, and
 * the hand-back needs one or the other.
 * The machine keeps this true; restored sessions are checked against it.
 */
export function canShow(step: Step, answers: Answers): boolean {
  switch (step) {
    case 'welcome':
      return true;
    case 'stop':
      return hasRedFlag(answers);
    case 'review':
    case 'results':
      return isComplete(answers) && !hasRedFlag(answers);
    case 'handBack':
      return hasRedFlag(answers) || isComplete(answers);
    default: {
      const earlier = questionIds.slice(0, questionIds.indexOf(step));
      return earlier.every((q) => isAnswered(answers, q)) && (earlier.length === 0 || !hasRedFlag(answers));
    }
  }
}
