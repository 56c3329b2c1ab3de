// Patients the tests walk through, shared by the Vitest and Playwright tests, each with what the
// results page must then show them. The expectations come from the evidence file (the headline
// for the body region, and a safety note for each safety answer), not from the rules.
import type { ClaimId, SafetyOption } from '../src/content/schema';
import type { CompleteAnswers } from '../src/domain/answers';

export interface AnswerSet {
  readonly name: string;
  readonly answers: CompleteAnswers;
  /** The statement at the top of the results. */
  readonly headline: ClaimId;
  /** The safety notes shown before anything else; none for a patient with nothing to tell. */
  readonly safetyNotes: readonly Exclude<SafetyOption, 'none'>[];
}

/** Neck pain for months, a tight muscle, fine with needles: the most common case. */
export const neckPain: CompleteAnswers = {
  redFlags: ['none'],
  safety: ['none'],
  place: 'neck',
  duration: 'over3Months',
  kind: 'muscle',
  goals: ['quickRelief', 'moveFreely'],
  needles: 'fine',
  exercise: 'willing',
};

/** New low back pain, diabetes to tell the physio about, nervous of needles, not keen on exercise. */
export const lowBackPain: CompleteAnswers = {
  redFlags: ['none'],
  safety: ['diabetes'],
  place: 'lowBack',
  duration: 'under6Weeks',
  kind: 'notSure',
  goals: ['lastingFix', 'fewerPainkillers'],
  needles: 'nervous',
  exercise: 'notKeen',
};

/** A knee injury from someone who would rather not have needles. */
export const kneeInjuryNoNeedles: CompleteAnswers = {
  redFlags: ['none'],
  safety: ['bloodThinners', 'pregnancy'],
  place: 'knee',
  duration: 'sixWeeksTo3Months',
  kind: 'injury',
  goals: ['sportWork'],
  needles: 'avoid',
  exercise: 'already',
};

export const answerSets: readonly AnswerSet[] = [
  { name: 'long-lasting neck pain', answers: neckPain, headline: 'headlineNeck', safetyNotes: [] },
  {
    name: 'new low back pain, with diabetes',
    answers: lowBackPain,
    headline: 'headlineLowBack',
    safetyNotes: ['diabetes'],
  },
  {
    name: 'knee injury, would rather not have needles',
    answers: kneeInjuryNoNeedles,
    headline: 'headlineAvoidNeedles',
    safetyNotes: ['bloodThinners', 'pregnancy'],
  },
];
