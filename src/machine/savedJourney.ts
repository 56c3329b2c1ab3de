import { questionIds } from '../content/schema';
import { isAnswered, isMulti, isOptionOf, isQuestion, type Answers } from '../domain/answers';
import { canShow, journeyMachine, steps, type JourneySnapshot, type Step } from './journeyMachine';

// A reload must not lose the patient's answers, so the journey is saved for this browser tab
// only. The saved form is versioned and checked field by field: anything old, edited or
// corrupted is dropped, and the patient simply starts at the welcome page.

// Version 2: "Elbow or arm" and "Ankle or foot" were split in two, and the cancer warning sign
// now asks about cancer now or recently treated. A version 1 answer could mean something else.
const version = 2;

interface Saved {
  readonly version: typeof version;
  readonly step: Step;
  readonly answers: Answers;
  readonly returnToReview: boolean;
}

export function saveJourney(snapshot: JourneySnapshot): string {
  const saved: Saved = {
    version,
    step: snapshot.value as Step,
    answers: snapshot.context.answers,
    returnToReview: snapshot.context.returnToReview,
  };
  return JSON.stringify(saved);
}

export function restoreJourney(text: string | null): JourneySnapshot | undefined {
  if (text === null) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const saved = parseSaved(data);
  if (!saved) return undefined;
  return journeyMachine.resolveState({
    value: saved.step,
    context: { answers: saved.answers, returnToReview: saved.returnToReview, showError: false },
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseAnswers(value: unknown): Answers | undefined {
  if (!isRecord(value)) return undefined;
  const answers: Record<string, unknown> = {};
  for (const [question, answer] of Object.entries(value)) {
    if (!isQuestion(question)) return undefined;
    if (isMulti(question)) {
      if (!Array.isArray(answer) || !answer.every((option) => isOptionOf(question, option))) return undefined;
      if (new Set(answer).size !== answer.length) return undefined;
      // "None of these" is never ticked beside another option.
      if (answer.includes('none') && answer.length > 1) return undefined;
    } else if (!isOptionOf(question, answer)) {
      return undefined;
    }
    answers[question] = answer;
  }
  return answers as Answers;
}

function parseSaved(data: unknown): Saved | undefined {
  if (!isRecord(data) || data.version !== version) return undefined;
  const step = data.step;
  if (typeof step !== 'string' || !(steps as readonly string[]).includes(step)) return undefined;
  if (typeof data.returnToReview !== 'boolean') return undefined;
  const answers = parseAnswers(data.answers);
  if (!answers || !canShow(step as Step, answers)) return undefined;
  // On the way back to the review (a question, or the stop page after a Change of the warning
  // signs), every other question has been answered already.
  const mayReturn = isQuestion(step) || step === 'stop';
  if (data.returnToReview && !(mayReturn && questionIds.every((q) => q === step || isAnswered(answers, q)))) {
    return undefined;
  }
  return { version, step: step as Step, answers, returnToReview: data.returnToReview };
}
