import { guidance } from '../content/evidence';
import type { PhysioQuestionId, RedFlagOption, SafetyOption } from '../content/schema';
import { hasRedFlag, isComplete, ticked, type Answers } from './answers';
import { assess, type GuidanceNote, type Statement } from './assess';

/**
 * What the physio needs from one patient, on one screen and one printed page: the answers
 * (no name is ever asked), any warning sign, the safety notes, what the patient was told to
 * expect and the questions they may ask. Pure: the front desk, print and later the patient's
 * own copy all render this one object.
 */
export interface Summary {
  readonly answers: Answers;
  /** Warning signs ticked: the patient must see a clinician before any treatment [R45][R46]. */
  readonly warningSigns: readonly Exclude<RedFlagOption, 'none'>[];
  readonly safetyNotes: readonly GuidanceNote[];
  /** Only when the patient reached the results. */
  readonly headline: Statement | undefined;
  readonly questions: readonly PhysioQuestionId[];
}

export function summarize(answers: Answers): Summary {
  const warningSigns = ticked(answers, 'redFlags').filter(
    (flag): flag is Exclude<RedFlagOption, 'none'> => flag !== 'none',
  );
  const safetyItems = ticked(answers, 'safety').filter(
    (item): item is Exclude<SafetyOption, 'none'> => item !== 'none',
  );
  const safetyNotes = safetyItems.map((id) => ({ id, ...guidance[id] }));
  if (hasRedFlag(answers) || !isComplete(answers)) {
    return { answers, warningSigns, safetyNotes, headline: undefined, questions: [] };
  }
  const assessment = assess(answers);
  return { answers, warningSigns, safetyNotes, headline: assessment.headline, questions: assessment.questions };
}

/** Whether there is anything of a patient to hand over. */
export function hasSummary(answers: Answers): boolean {
  return hasRedFlag(answers) || isComplete(answers);
}
