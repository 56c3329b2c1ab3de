import {
  leaningOptions,
  sureAnswers,
  sureIds,
  valueIds,
  valueWeights,
  type LeaningOption,
  type SureAnswer,
  type SureId,
  type ValueId,
  type ValueWeight,
} from '../content/schema';

/**
 * What the patient said after the facts: how much each thing matters, which way they lean, and
 * the SURE test. Every part may be left out: a decision aid never forces an answer. A missing key
 * is one not marked.
 */
export interface Deciding {
  readonly values: Readonly<Partial<Record<ValueId, ValueWeight>>>;
  readonly leaning: LeaningOption | undefined;
  readonly sure: Readonly<Partial<Record<SureId, SureAnswer>>>;
}

export const emptyDeciding: Deciding = { values: {}, leaning: undefined, sure: {} };

const isIn =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

export const isValueId = isIn(valueIds);
export const isValueWeight = isIn(valueWeights);
export const isLeaning = isIn(leaningOptions);
export const isSureId = isIn(sureIds);
export const isSureAnswer = isIn(sureAnswers);

export function markValue(deciding: Deciding, value: ValueId, weight: ValueWeight): Deciding {
  return { ...deciding, values: { ...deciding.values, [value]: weight } };
}

export function chooseLeaning(deciding: Deciding, leaning: LeaningOption): Deciding {
  return { ...deciding, leaning };
}

export function answerSure(deciding: Deciding, question: SureId, answer: SureAnswer): Deciding {
  return { ...deciding, sure: { ...deciding.sure, [question]: answer } };
}

/**
 * The SURE questions answered "no", in the test's order: each has a suggestion of what to ask
 * the physio next. A "no" is not a failure; it says what help the patient still needs.
 */
export function sureNextSteps(deciding: Deciding): readonly SureId[] {
  return sureIds.filter((id) => deciding.sure[id] === 'no');
}
