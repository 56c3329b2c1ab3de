import { claims, guidance } from '../content/evidence';
import {
  referenceKeys,
  type Claim,
  type ClaimId,
  type GuidanceId,
  type OptionCardId,
  type PhysioQuestionId,
  type PlaceOption,
  type ReferenceKey,
} from '../content/schema';
import { ticked, type CompleteAnswers } from './answers';

// Turns a patient's answers into what they can expect. Pure: no React, no XState.
// Each rule names the evidence it rests on; the label and keys come from content/evidence.ts,
// so a rule can choose which statements apply but can never make one stronger.

/** A claim as shown: its words are `claims[id]` in the results content; label and keys as evidence.ts gives them. */
export type Statement = Claim & { readonly id: ClaimId };

export interface GuidanceNote {
  readonly id: GuidanceId;
  readonly keys: readonly ReferenceKey[];
}

/** One option's column in the options grid: every option has the same rows. */
export interface OptionCard {
  readonly id: OptionCardId;
  /** What a visit is like, where the research describes it (only dry needling). */
  readonly what?: Statement;
  /** How much it may help, for the patient's own place where the research has it. */
  readonly benefit: Statement;
  /** Only dry needling has measured harms in the evidence; the others say so in words. */
  readonly harms?: Statement;
  /** How many visits, where the research counts them (only dry needling). */
  readonly effort?: Statement;
}

export interface Assessment {
  readonly headline: Statement;
  /**
   * The first screen: the headline, what "a short time" means, what to pair needling with, and the
   * main harm with its number. The layers below hold the detail.
   */
  readonly takeaway: readonly Statement[];
  /** What this kind of pain is and does, whatever the treatment. */
  readonly aboutPain: readonly Statement[];
  readonly mayDo: readonly Statement[];
  readonly willNotDo: readonly Statement[];
  readonly feelsLike: readonly Statement[];
  /** What the patient ticked on the safety check, as advice to raise with the physio. */
  readonly safetyNotes: readonly GuidanceNote[];
  /** Advice every patient of this kind should hear, whatever they ticked. */
  readonly warnings: readonly GuidanceNote[];
  readonly options: readonly OptionCard[];
  readonly questions: readonly PhysioQuestionId[];
  /** Every source cited above, in reference-list order. */
  readonly references: readonly ReferenceKey[];
}

const statement = (id: ClaimId): Statement => ({ id, ...claims[id] });
const note = (id: GuidanceId): GuidanceNote => ({ id, ...guidance[id] });

/** Places where needles may go near the chest wall and so near a lung [R37][R38][R39]. */
const nearChest: readonly PlaceOption[] = ['neck', 'shoulder', 'upperBack', 'several', 'notSure'];

/** The headline for the place that hurts ("By body region"), citing that place's sources only. */
const headlineByPlace: Record<PlaceOption, ClaimId> = {
  neck: 'headlineNeck', // R4
  shoulder: 'headlineShoulder', // R7, R8: small effect
  upperBack: 'headlineUpperBack', // R2, R4: trapezius trials only
  lowBack: 'headlineLowBack', // R9, R12
  outerElbow: 'headlineElbow', // R14, R15: tennis elbow is the only arm evidence
  armOther: 'headlineOtherArm', // no trials
  hip: 'headlineHip', // R16: one trial of 43
  knee: 'headlineKnee', // R23, R24
  heel: 'headlineHeel', // R26, R27: heel pain is the only foot evidence
  ankleFootOther: 'headlineOtherFoot', // no trials
  headJaw: 'headlineHeadJaw', // R28-R31
  several: 'headlineGeneral', // R1, R3
  notSure: 'headlineGeneral', // R1, R3
};

/** Headlines that say "for a short time": the takeaway says how long that is [R1]. */
const shortTimeHeadlines: ReadonlySet<ClaimId> = new Set<ClaimId>([
  'headlineNeck',
  'headlineShoulder',
  'headlineUpperBack',
  'headlineLowBack',
  'headlineElbow',
  'headlineHeel',
  'headlineGeneral',
  'headlineHip',
  'headlineKnee',
]);

/** Places with no trials of needling at all: nothing is known of what to pair it with there. */
const untested: readonly PlaceOption[] = ['armOther', 'ankleFootOther'];

function takeaway(a: CompleteAnswers, headlineId: ClaimId): ClaimId[] {
  const ids: ClaimId[] = [headlineId];
  // Benefits are seen from right after up to about 12 weeks, not at 6 to 12 months [R1].
  if (shortTimeHeadlines.has(headlineId)) ids.push('shortTime');
  // Not meant to be used alone: pair it with exercise and education [R51][R57]; for places with no
  // trials, nobody knows. A patient who would rather not have needles reads about other care instead.
  if (a.needles !== 'avoid') ids.push(untested.includes(a.place) ? 'pairUnknown' : 'noCauseAlone');
  // The main harm, with both counts: about 200 and 370 in 1,000 visits [R32][R33].
  ids.push('harmsSummary');
  return ids;
}

function headline(a: CompleteAnswers): ClaimId {
  // Unwilling patients must not be needled [R40][R41]; other physio care eases pain about as
  // well, or a little less [R1][R4].
  if (a.needles === 'avoid') return 'headlineAvoidNeedles';
  // No source shows that needling repairs a joint, tendon or ligament (reasoning, not sourced).
  if (a.kind === 'injury') return 'headlineInjury';
  return headlineByPlace[a.place];
}

/** Short-term relief for the place that hurts ("By body region"). */
const reliefByPlace: Record<PlaceOption, ClaimId> = {
  neck: 'reliefNeck',
  shoulder: 'reliefShoulder',
  upperBack: 'reliefUpperBack',
  lowBack: 'reliefLowBack',
  outerElbow: 'reliefElbow',
  // No trials here: what was found elsewhere, said to be untested for this pain [R1][R3].
  armOther: 'reliefElsewhere',
  hip: 'reliefHip',
  knee: 'reliefKnee',
  heel: 'reliefHeel',
  ankleFootOther: 'reliefElsewhere',
  headJaw: 'reliefHeadJaw',
  several: 'reliefGeneral',
  notSure: 'reliefGeneral',
};

// "What dry needling may do for you" holds what it may do, or what nobody has measured yet.
// A finding of no benefit goes under "What it will not do", so that no heading promises it.
function mayDo(a: CompleteAnswers): ClaimId[] {
  const ids: ClaimId[] = [reliefByPlace[a.place]];
  // Long-lasting pain: WHO 2023 for low back [R12]; chronic neck review [R60].
  if (a.duration === 'over3Months' && a.place === 'lowBack') ids.push('chronicLowBack');
  if (a.duration === 'over3Months' && a.place === 'neck') ids.push('chronicNeck');
  // Needling into the tendon plus loading exercise: early support [R55][R56].
  if (a.kind === 'injury') ids.push('tendonNeedling');

  const goals = ticked(a, 'goals');
  if (goals.includes('quickRelief')) ids.push('timing'); // R4, R36, R1
  if (goals.includes('moveFreely')) {
    // Hip range of motion conflicting [R17][R18]; elsewhere mixed [R22]. The neck is below.
    if (a.place === 'hip') ids.push('movementHip');
    else if (a.place !== 'neck') ids.push('movementMixed');
  }
  if (goals.includes('sportWork')) ids.push('sportAthletes'); // R58
  if (goals.includes('fewerPainkillers')) {
    // Only knee trials measured medicine use [R24][R25].
    ids.push(a.place === 'knee' ? 'painkillersKnee' : 'painkillersUnknown');
  }
  return ids;
}

function willNotDo(a: CompleteAnswers, headlineId: ClaimId): ClaimId[] {
  const ids: ClaimId[] = [];
  // The injury headline already says it; say it here only when the headline says something else.
  if (a.kind === 'injury' && headlineId !== 'headlineInjury') ids.push('injuryNoRepair');
  // Long-term benefit is limited everywhere [R1][R6][R9][R23]: every patient hears it.
  ids.push('lastingLimited');
  // Neck range of motion: 28 trials found no effect [R4].
  if (a.place === 'neck' && ticked(a, 'goals').includes('moveFreely')) ids.push('movementNeck');
  // Does not break up knots [R50][R51]; trigger points themselves are disputed [R54], under
  // "About your pain". Not meant to be used alone [R51][R57] is in the takeaway.
  ids.push('noKnots');
  // No detox shown [R50][R53]; no strength training [R14]; unclear beside fake needling [R47]-[R49].
  ids.push('noDetox', 'noStrength', 'shamUnclear');
  return ids;
}

function feelsLike(a: CompleteAnswers): ClaimId[] {
  const ids: ClaimId[] = ['harmsSoreness', 'harmsMinor', 'harmsSerious']; // R32, R33, R34
  if (a.place === 'heel') ids.push('harmsHeelSoreness'); // R26
  if (nearChest.includes(a.place)) ids.push('harmsLung'); // R37, R38, R39
  return ids;
}

function options(a: CompleteAnswers, headlineId: ClaimId): OptionCard[] {
  // The needling card compares needling with other care, for pain [R1][R4]; the relief for the
  // patient's place is listed above it. When the headline already makes that comparison (for a
  // patient who would rather avoid needles), the card gives the headline of their place instead.
  const needling = headlineId === 'headlineAvoidNeedles' ? headlineByPlace[a.place] : 'optionNeedling';
  const cards: OptionCard[] = [
    // Pain during needling [R32], twitches [R35]; trials used 1 to 6 visits, often weekly [R13][R16][R26].
    {
      id: 'dryNeedling',
      what: statement('needleFeel'),
      benefit: statement(needling),
      harms: statement('harmsMinor'),
      effort: statement('sessions'),
    },
    // Exercise for the patient's own place: WHO advice and one trial in low back [R12][R13]; one
    // knee arthritis trial found needling added nothing to it [R24]; nothing for any other place.
    { id: 'exercise', benefit: statement(exerciseByPlace(a.place)) },
    // For daily tasks, two reviews found no advantage for needling [R1][R4].
    { id: 'otherPhysio', benefit: statement('optionOtherPhysio') },
  ];
  // Manual therapy was compared with needling for the neck [R4] and jaw [R31].
  if (['neck', 'headJaw', 'upperBack', 'several', 'notSure'].includes(a.place)) {
    cards.push({ id: 'manual', benefit: statement('optionManual') });
  }
  // Injections were compared for myofascial pain [R47], neck and shoulder [R5], side of hip [R16].
  if (['neck', 'shoulder', 'upperBack', 'hip', 'several', 'notSure'].includes(a.place)) {
    cards.push({ id: 'injection', benefit: statement('optionInjection') });
  }
  // Acupuncture was compared only for low back pain [R10].
  if (a.place === 'lowBack') cards.push({ id: 'acupuncture', benefit: statement('optionAcupuncture') });
  cards.push({ id: 'waiting', benefit: statement('optionWaiting') });
  return cards;
}

function exerciseByPlace(place: PlaceOption): ClaimId {
  if (place === 'lowBack') return 'optionExercise';
  if (place === 'knee') return 'optionExerciseKnee';
  return 'optionExerciseOther';
}

function questions(a: CompleteAnswers): PhysioQuestionId[] {
  const ids: PhysioQuestionId[] = [];
  if (a.needles === 'avoid') ids.push('otherOptionsFirst');
  if (a.needles === 'nervous') ids.push('nervousHelp');
  if (ticked(a, 'safety').some((item) => item !== 'none')) ids.push('safetyItems');
  if (a.kind === 'injury') ids.push('injuryHealing');
  if (a.duration === 'under6Weeks') ids.push('newPain');
  if (nearChest.includes(a.place)) ids.push('chestArea');
  // No guideline sets the number of sessions [R13][R16][R26].
  ids.push('sessions', 'howKnowWorking', 'exercisePlan');
  if (a.needles !== 'avoid') ids.push('soreness');
  return ids;
}

/** Every statement in an option's column. */
export const optionStatements = (card: OptionCard): Statement[] =>
  [card.what, card.benefit, card.harms, card.effort].filter((item) => item !== undefined);

export function assess(answers: CompleteAnswers): Assessment {
  const safetyItems = ticked(answers, 'safety').filter((item) => item !== 'none');
  const headlineId = headline(answers);
  const parts = {
    headline: statement(headlineId),
    takeaway: takeaway(answers, headlineId).map(statement),
    // No figure for how pain changes untreated; trigger points are disputed [R54].
    aboutPain: (['naturalCourse', 'triggerPointsDisputed'] as const).map(statement),
    mayDo: mayDo(answers).map(statement),
    willNotDo: willNotDo(answers, headlineId).map(statement),
    feelsLike: feelsLike(answers).map(statement),
    safetyNotes: safetyItems.map(note),
    warnings: [note('needleChoice'), ...(nearChest.includes(answers.place) ? [note('lungWarning')] : [])],
    options: options(answers, headlineId),
    questions: questions(answers),
  };
  const cited = new Set<ReferenceKey>(
    [
      ...parts.takeaway,
      ...parts.aboutPain,
      ...parts.mayDo,
      ...parts.willNotDo,
      ...parts.feelsLike,
      ...parts.safetyNotes,
      ...parts.warnings,
      ...parts.options.flatMap(optionStatements),
    ].flatMap((item) => item.keys),
  );
  return { ...parts, references: referenceKeys.filter((key) => cited.has(key)) };
}
