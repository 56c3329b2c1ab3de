import * as v from 'valibot';
import { leaningOptions, questionIds, sureAnswers, sureIds, valueIds, valueWeights } from '../content/schema';
import { isAnswered, isMulti, isOptionOf, isQuestion, type Answers } from '../domain/answers';
import { emptyDeciding, type Deciding } from '../domain/deciding';
import { canShow, journeyMachine, steps, type JourneySnapshot, type Step } from './journeyMachine';

// A reload must not lose the patient's answers, so the journey is saved for this browser tab
// only. The saved form is versioned and checked field by field: anything old, edited or
// corrupted is dropped, and the patient simply starts at the welcome page.

// Version 2: "Elbow or arm" and "Ankle or foot" were split in two, and the cancer warning sign
// now asks about cancer now or recently treated. A version 1 answer could mean something else.
// Version 3: what matters, the leaning and the SURE answers (`deciding`), after the results. A
// version 2 save means the same answers without them: it is restored with none marked.
const version = 3;
const readableVersions: readonly unknown[] = [2, 3];

interface Saved {
  readonly version: typeof version;
  readonly step: Step;
  readonly answers: Answers;
  readonly returnToReview: boolean;
  readonly deciding: Deciding;
}

/** Each part optional (nothing after the results is required), and nothing else accepted. */
const DecidingSchema = v.strictObject({
  values: v.strictObject(
    Object.fromEntries(valueIds.map((id) => [id, v.exactOptional(v.picklist(valueWeights))])) as Record<
      (typeof valueIds)[number],
      v.ExactOptionalSchema<v.PicklistSchema<typeof valueWeights, undefined>, undefined>
    >,
  ),
  leaning: v.optional(v.picklist(leaningOptions)),
  sure: v.strictObject(
    Object.fromEntries(sureIds.map((id) => [id, v.exactOptional(v.picklist(sureAnswers))])) as Record<
      (typeof sureIds)[number],
      v.ExactOptionalSchema<v.PicklistSchema<typeof sureAnswers, undefined>, undefined>
    >,
  ),
});

export function saveJourney(snapshot: JourneySnapshot): string {
  const saved: Saved = {
    version,
    step: snapshot.value as Step,
    answers: snapshot.context.answers,
    returnToReview: snapshot.context.returnToReview,
    deciding: snapshot.context.deciding,
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
    context: {
      answers: saved.answers,
      returnToReview: saved.returnToReview,
      showError: false,
      deciding: saved.deciding,
    },
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
  if (!isRecord(data) || !readableVersions.includes(data.version)) return undefined;
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
  let deciding: Deciding = emptyDeciding;
  if (data.version === version) {
    const parsed = v.safeParse(DecidingSchema, data.deciding);
    if (!parsed.success) return undefined;
    deciding = { values: parsed.output.values, leaning: parsed.output.leaning, sure: parsed.output.sure };
  }
  return { version, step: step as Step, answers, returnToReview: data.returnToReview, deciding };
}
