import { and, assign, not, setup, type SnapshotFrom } from 'xstate';
import {
  questionIds,
  type LeaningOption,
  type QuestionId,
  type SureAnswer,
  type SureId,
  type ValueId,
  type ValueWeight,
} from '../content/schema';
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
import {
  answerSure,
  chooseLeaning,
  emptyDeciding,
  isLeaning,
  isSureAnswer,
  isSureId,
  isValueId,
  isValueWeight,
  markValue,
  type Deciding,
} from '../domain/deciding';

export interface JourneyContext {
  readonly answers: Answers;
  /** Set by Change on the Check your answers page: Continue and Back then return there. */
  readonly returnToReview: boolean;
  /** The patient pressed Continue on the current question without answering it. */
  readonly showError: boolean;
  /** After the results: what matters, the leaning, the SURE answers. Each may be left out. */
  readonly deciding: Deciding;
}

export type JourneyEvent =
  | { type: 'start' }
  | { type: 'answer.select'; question: QuestionId; option: string }
  | { type: 'continue' }
  | { type: 'back' }
  | { type: 'change'; question: QuestionId }
  | { type: 'values.mark'; value: ValueId; weight: ValueWeight }
  | { type: 'leaning.choose'; leaning: LeaningOption }
  | { type: 'sure.answer'; question: SureId; answer: SureAnswer }
  | { type: 'finish' }
  | { type: 'restart' };

export const steps = [
  'welcome',
  ...questionIds,
  'stop',
  'review',
  'results',
  'values',
  'leaning',
  'summary',
  'handBack',
] as const;
export type Step = (typeof steps)[number];
/** A passing state that decides where Continue from the warning signs leads. */
type Target = Step | 'redFlagChecked';

const freshContext: JourneyContext = {
  answers: emptyAnswers,
  returnToReview: false,
  showError: false,
  deciding: emptyDeciding,
};

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
    // Events from a page can carry anything: only the app's own values, leanings and answers count.
    validMark: ({ event }) => event.type === 'values.mark' && isValueId(event.value) && isValueWeight(event.weight),
    validLeaning: ({ event }) => event.type === 'leaning.choose' && isLeaning(event.leaning),
    validSure: ({ event }) => event.type === 'sure.answer' && isSureId(event.question) && isSureAnswer(event.answer),
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
    markValue: assign(({ context, event }) =>
      event.type === 'values.mark' ? { deciding: markValue(context.deciding, event.value, event.weight) } : {},
    ),
    chooseLeaning: assign(({ context, event }) =>
      event.type === 'leaning.choose' ? { deciding: chooseLeaning(context.deciding, event.leaning) } : {},
    ),
    answerSure: assign(({ context, event }) =>
      event.type === 'sure.answer' ? { deciding: answerSure(context.deciding, event.question, event.answer) } : {},
    ),
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
      on: { back: 'review', continue: 'values' },
    },
    // After the facts, the patient's own side of the choice (IPDAS values clarification, the SURE
    // test). Nothing here is required: Continue always goes on, and nothing is ever recommended.
    values: {
      on: {
        'values.mark': { guard: 'validMark', actions: 'markValue' },
        continue: 'leaning',
        back: 'results',
      },
    },
    leaning: {
      on: {
        'leaning.choose': { guard: 'validLeaning', actions: 'chooseLeaning' },
        'sure.answer': { guard: 'validSure', actions: 'answerSure' },
        continue: 'summary',
        back: 'values',
      },
    },
    // One summary for the patient, the physio and the QR link; the waiting-room tablet goes on to
    // the hand-back from here.
    summary: {
      on: { back: 'leaning', finish: 'handBack' },
    },
    // The waiting-room tablet's last step: the patient gives it back; the answers stay for the
    // front desk's summary until the next patient starts or the tablet is left quiet.
    handBack: {
      on: {
        back: [{ guard: 'redFlagged', target: 'stop' }, { target: 'summary' }],
      },
    },
  },
});

export type JourneySnapshot = SnapshotFrom<typeof journeyMachine>;

/**
 * Whether a step can be shown with these answers: a question needs every earlier answer,
 * the warning-signs screen needs a warning sign, the review, the results and the steps after them
 * need every answer and no warning sign, and the hand-back needs one or the other.
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
    case 'values':
    case 'leaning':
    case 'summary':
      return isComplete(answers) && !hasRedFlag(answers);
    case 'handBack':
      return hasRedFlag(answers) || isComplete(answers);
    default: {
      const earlier = questionIds.slice(0, questionIds.indexOf(step));
      return earlier.every((q) => isAnswered(answers, q)) && (earlier.length === 0 || !hasRedFlag(answers));
    }
  }
}
