import {
  durationOptions,
  exerciseOptions,
  goalOptions,
  kindOptions,
  needlesOptions,
  placeOptions,
  questionIds,
  redFlagOptions,
  safetyOptions,
  type OptionsByQuestion,
  type QuestionId,
} from '../content/schema';

/** Questions where the patient ticks all that apply; the rest take one answer. */
const multiQuestions = ['redFlags', 'safety', 'goals'] as const;
export type MultiQuestion = (typeof multiQuestions)[number];
export type SingleQuestion = Exclude<QuestionId, MultiQuestion>;

export const optionsOf: { readonly [Q in QuestionId]: readonly OptionsByQuestion[Q][] } = {
  redFlags: redFlagOptions,
  safety: safetyOptions,
  place: placeOptions,
  duration: durationOptions,
  kind: kindOptions,
  goals: goalOptions,
  needles: needlesOptions,
  exercise: exerciseOptions,
};

/** What the patient has said so far. A missing key is a question not yet answered. */
export type Answers = {
  readonly [Q in MultiQuestion]?: readonly OptionsByQuestion[Q][];
} & {
  readonly [Q in SingleQuestion]?: OptionsByQuestion[Q];
};

export type CompleteAnswers = Required<Answers>;

export const emptyAnswers: Answers = {};

export function isMulti(question: QuestionId): question is MultiQuestion {
  return (multiQuestions as readonly QuestionId[]).includes(question);
}

export function isQuestion(value: unknown): value is QuestionId {
  return typeof value === 'string' && (questionIds as readonly string[]).includes(value);
}

export function isOptionOf<Q extends QuestionId>(question: Q, option: unknown): option is OptionsByQuestion[Q] {
  return typeof option === 'string' && (optionsOf[question] as readonly string[]).includes(option);
}

/** The options a multi question holds; empty when unanswered. */
export function ticked<Q extends MultiQuestion>(answers: Answers, question: Q): readonly OptionsByQuestion[Q][] {
  return (answers[question] ?? []) as readonly OptionsByQuestion[Q][];
}

/** The chosen option of a single question, or undefined. */
export function chosen<Q extends SingleQuestion>(answers: Answers, question: Q): OptionsByQuestion[Q] | undefined {
  return answers[question] as OptionsByQuestion[Q] | undefined;
}

/** Whether the patient may move on from this question. */
export function isAnswered(answers: Answers, question: QuestionId): boolean {
  const value = answers[question];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** A red flag means a doctor first: "none" is the only answer that is not one. */
export function hasRedFlag(answers: Answers): boolean {
  return ticked(answers, 'redFlags').some((flag) => flag !== 'none');
}

export function isComplete(answers: Answers): answers is CompleteAnswers {
  return questionIds.every((question) => isAnswered(answers, question));
}

/** Choose one option of a single question. */
export function select<Q extends SingleQuestion>(answers: Answers, question: Q, option: OptionsByQuestion[Q]): Answers {
  return { ...answers, [question]: option };
}

/**
 * Tick or untick one option of a multi question. "None of these" and the other options
 * exclude each other, so ticking one clears the other kind, as the patient would expect.
 */
export function toggle<Q extends MultiQuestion>(answers: Answers, question: Q, option: OptionsByQuestion[Q]): Answers {
  const current: readonly string[] = ticked(answers, question);
  let next: string[];
  if (current.includes(option)) {
    next = current.filter((o) => o !== option);
  } else if (option === 'none') {
    next = ['none'];
  } else {
    next = [...current.filter((o) => o !== 'none'), option];
  }
  // Keep the order the options are shown in, so the summary reads the same as the page.
  const ordered = (optionsOf[question] as readonly string[]).filter((o) => next.includes(o));
  return { ...answers, [question]: ordered };
}
