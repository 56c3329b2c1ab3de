import { guidance } from '../content/evidence';
import {
  sureIds,
  valueIds,
  type LeaningOption,
  type PhysioQuestionId,
  type RedFlagOption,
  type SafetyOption,
  type SureAnswer,
  type SureId,
  type ValueId,
  type ValueWeight,
} from '../content/schema';
import { hasRedFlag, isComplete, ticked, type Answers } from './answers';
import { assess, type GuidanceNote, type Statement } from './assess';
import { emptyDeciding, sureNextSteps, type Deciding } from './deciding';

/**
 * What the physio needs from one patient, on one screen and one printed page: the answers
 * (no name is ever asked), any warning sign, the safety notes, what the patient was told to
 * expect, the questions they may ask, what matters to them, their leaning and their SURE
 * answers. Pure: the front desk, the patient's own summary (on screen, on paper) and the QR link
 * all render this one object.
 */
export interface Summary {
  readonly answers: Answers;
  /** Warning signs ticked: the patient must see a clinician before any treatment [R45][R46]. */
  readonly warningSigns: readonly Exclude<RedFlagOption, 'none'>[];
  readonly safetyNotes: readonly GuidanceNote[];
  /** Only when the patient reached the results. */
  readonly headline: Statement | undefined;
  readonly questions: readonly PhysioQuestionId[];
  /** Each thing the patient marked, in the order asked; only after the results. */
  readonly values: readonly { readonly id: ValueId; readonly weight: ValueWeight }[];
  readonly leaning: LeaningOption | undefined;
  /** Every SURE question, answered or not, in the test's order. */
  readonly sure: readonly { readonly id: SureId; readonly answer: SureAnswer | undefined }[];
  /** The SURE questions answered "no": what to ask the physio next. */
  readonly nextSteps: readonly SureId[];
}

export function summarize(answers: Answers, deciding: Deciding = emptyDeciding): Summary {
  const warningSigns = ticked(answers, 'redFlags').filter(
    (flag): flag is Exclude<RedFlagOption, 'none'> => flag !== 'none',
  );
  const safetyItems = ticked(answers, 'safety').filter(
    (item): item is Exclude<SafetyOption, 'none'> => item !== 'none',
  );
  const safetyNotes = safetyItems.map((id) => ({ id, ...guidance[id] }));
  if (hasRedFlag(answers) || !isComplete(answers)) {
    // A patient who stopped at a warning sign never reached the steps after the results.
    return { answers, warningSigns, safetyNotes, headline: undefined, questions: [], ...decided(emptyDeciding) };
  }
  const assessment = assess(answers);
  return {
    answers,
    warningSigns,
    safetyNotes,
    headline: assessment.headline,
    questions: assessment.questions,
    ...decided(deciding),
  };
}

function decided(deciding: Deciding): Pick<Summary, 'values' | 'leaning' | 'sure' | 'nextSteps'> {
  return {
    values: valueIds.flatMap((id) => {
      const weight = deciding.values[id];
      return weight ? [{ id, weight }] : [];
    }),
    leaning: deciding.leaning,
    sure: sureIds.map((id) => ({ id, answer: deciding.sure[id] })),
    nextSteps: sureNextSteps(deciding),
  };
}

/** Whether there is anything of a patient to hand over. */
export function hasSummary(answers: Answers): boolean {
  return hasRedFlag(answers) || isComplete(answers);
}
