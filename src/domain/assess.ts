import { claims, guidance } from '../content/evidence';
import {
  referenceKeys,
  type ClaimId,
  type EvidenceLabel,
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

export interface Statement {
  readonly id: ClaimId;
  readonly label: EvidenceLabel;
  readonly keys: readonly ReferenceKey[];
}

export interface GuidanceNote {
  readonly id: GuidanceId;
  readonly keys: readonly ReferenceKey[];
}

export interface OptionCard {
  readonly id: OptionCardId;
  readonly benefit: Statement;
  /** Only dry needling has measured harms in the evidence; the others say so in words. */
  readonly harms?: Statement;
}

export interface Assessment {
  readonly headline: Statement;
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

function headline(a: CompleteAnswers): ClaimId {
  // Unwilling patients must not be needled [R40][R41]; other physio care eases pain as well [R1][R4].
  if (a.needles === 'avoid') return 'headlineAvoidNeedles';
  // No source shows that needling repairs a joint, tendon or ligament (reasoning, not sourced).
  if (a.kind === 'injury') return 'headlineInjury';
  const byPlace: Record<PlaceOption, ClaimId> = {
    neck: 'headlineNeck', // R4
    shoulder: 'headlineShoulder', // R7, R8: small effect
    upperBack: 'headlineUpperBack', // R2, R4: trapezius trials only
    lowBack: 'headlineLowBack', // R9, R12
    elbowArm: 'headlineElbow', // R14, R15: tennis elbow is the only arm evidence
    // The headline names the condition the evidence is about; the list below adds that other
    // foot and arm pain has no trials.
    ankleFoot: 'headlineHeel', // R26, R27: heel pain is the only foot evidence
    hip: 'headlineLimited', // R16
    knee: 'headlineLimited', // R23, R24
    headJaw: 'headlineLimited', // R28, R30
    several: 'headlineGeneral', // R1, R3
    notSure: 'headlineGeneral', // R1, R3
  };
  return byPlace[a.place];
}

/** Short-term relief for the place that hurts ("By body region"). */
const reliefByPlace: Record<PlaceOption, readonly ClaimId[]> = {
  neck: ['reliefNeck'],
  shoulder: ['reliefShoulder'],
  upperBack: ['reliefUpperBack'],
  lowBack: ['reliefLowBack'],
  elbowArm: ['reliefElbow', 'reliefOtherArm'],
  hip: ['reliefHip'],
  knee: ['reliefKnee'],
  ankleFoot: ['reliefHeel', 'reliefOtherFoot'],
  headJaw: ['reliefHeadJaw'],
  several: ['reliefGeneral'],
  notSure: ['reliefGeneral'],
};

function mayDo(a: CompleteAnswers): ClaimId[] {
  const ids: ClaimId[] = [...reliefByPlace[a.place]];
  // Long-lasting pain: WHO 2023 for low back [R12]; chronic neck review [R60].
  if (a.duration === 'over3Months' && a.place === 'lowBack') ids.push('chronicLowBack');
  if (a.duration === 'over3Months' && a.place === 'neck') ids.push('chronicNeck');
  // Needling plus other care beats needling alone [R9]: lead with it for someone not keen on exercise.
  if (a.exercise === 'notKeen') ids.push('withOtherCare');
  // Mechanism is mainly through the nerves [R50][R51].
  if (a.kind === 'muscle') ids.push('muscleKnots');
  // Needling into the tendon plus loading exercise: early support [R55][R56].
  if (a.kind === 'injury') ids.push('tendonNeedling');

  const goals = ticked(a, 'goals');
  if (goals.includes('quickRelief')) ids.push('timing'); // R4, R36, R1
  if (goals.includes('lastingFix')) {
    if (a.place === 'lowBack') ids.push('lastingLowBackExercise'); // R13
    if (a.place === 'knee') ids.push('lastingKneeArthritis'); // R24
  }
  if (goals.includes('moveFreely')) {
    // Neck range of motion: none, 28 trials [R4]; hip conflicting [R17][R18]; elsewhere mixed [R22].
    if (a.place === 'neck') ids.push('movementNeck');
    else if (a.place === 'hip') ids.push('movementHip');
    else ids.push('movementMixed');
  }
  if (goals.includes('sportWork')) ids.push('sportAthletes'); // R57, R58
  if (goals.includes('fewerPainkillers')) {
    // Only knee trials measured medicine use [R24][R25].
    ids.push(a.place === 'knee' ? 'painkillersKnee' : 'painkillersUnknown');
  }
  // Long-term benefit is limited everywhere [R1][R6][R9][R23]: every patient hears it.
  ids.push('lastingLimited', 'withOtherCare');
  return ids;
}

function willNotDo(a: CompleteAnswers): ClaimId[] {
  const ids: ClaimId[] = [];
  if (a.kind === 'injury') ids.push('injuryNoRepair');
  // Does not break up knots [R50][R51]; trigger points themselves are disputed [R54].
  ids.push('noKnots');
  if (a.kind === 'muscle') ids.push('triggerPointsDisputed');
  ids.push('noDetox', 'noStrength', 'noCauseAlone', 'shamUnclear');
  return ids;
}

function feelsLike(a: CompleteAnswers): ClaimId[] {
  const ids: ClaimId[] = ['harmsSoreness', 'harmsMinor', 'harmsSerious']; // R32, R33, R34
  if (a.place === 'ankleFoot') ids.push('harmsHeelSoreness'); // R26
  if (nearChest.includes(a.place)) ids.push('harmsLung'); // R37, R38, R39
  ids.push('sessions');
  return ids;
}

function options(a: CompleteAnswers): OptionCard[] {
  const cards: OptionCard[] = [
    // The needling card shows the relief found for this patient's place, never the general figure.
    {
      id: 'dryNeedling',
      benefit: statement(reliefByPlace[a.place][0] ?? 'reliefGeneral'),
      harms: statement('harmsMinor'),
    },
    { id: 'exercise', benefit: statement('optionExercise') },
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

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export function assess(answers: CompleteAnswers): Assessment {
  const safetyItems = ticked(answers, 'safety').filter((item) => item !== 'none');
  const parts = {
    headline: statement(headline(answers)),
    mayDo: unique(mayDo(answers)).map(statement),
    willNotDo: willNotDo(answers).map(statement),
    feelsLike: feelsLike(answers).map(statement),
    safetyNotes: safetyItems.map(note),
    warnings: [note('needleChoice'), ...(nearChest.includes(answers.place) ? [note('lungWarning')] : [])],
    options: options(answers),
    questions: questions(answers),
  };
  const cited = new Set<ReferenceKey>(
    [
      parts.headline,
      ...parts.mayDo,
      ...parts.willNotDo,
      ...parts.feelsLike,
      ...parts.safetyNotes,
      ...parts.warnings,
      ...parts.options.flatMap((card) => (card.harms ? [card.benefit, card.harms] : [card.benefit])),
    ].flatMap((item) => item.keys),
  );
  return { ...parts, references: referenceKeys.filter((key) => cited.has(key)) };
}
