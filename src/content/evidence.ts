import type { Claim, ClaimId, Guidance, GuidanceId, IconCaption, IconUnit } from './schema';

// The strength and sources of every statement the app makes. Why each statement has its label
// is written down, row by row, in docs/evidence.md; tests/evidenceRecord.test.ts fails when the
// two disagree. Labels and keys are the same in every language; the words live in the locale files.
// "No dry needling claim reaches strong": tests fail if any label here says so.

export const claims: Readonly<Record<ClaimId, Claim>> = {
  // Headlines: one per answer pattern, never stronger than the region row they summarise.
  headlineNeck: { label: 'moderate', keys: ['R4', 'R1'] },
  headlineShoulder: { label: 'moderate', keys: ['R7', 'R8'] },
  headlineUpperBack: { label: 'moderate', keys: ['R2', 'R4'] },
  headlineLowBack: { label: 'moderate', keys: ['R9', 'R12'] },
  headlineElbow: { label: 'moderate', keys: ['R14', 'R15'] },
  headlineHeel: { label: 'moderate', keys: ['R26', 'R27'] },
  headlineGeneral: { label: 'moderate', keys: ['R1', 'R3'] },
  // No source shows repair: the research calls this reasoning, so it is labelled none.
  headlineInjury: { label: 'none', none: 'notStudied', keys: [] },
  // One review found needling a little better than other care for pain, a neck review found no
  // difference: mixed results.
  headlineAvoidNeedles: { label: 'limited', keys: ['R1', 'R4', 'R3'] },

  // Short-term relief, by region (table "By body region").
  reliefNeck: { label: 'moderate', keys: ['R4', 'R5', 'R2', 'R60'] },
  reliefShoulder: { label: 'moderate', keys: ['R7', 'R8'] },
  reliefUpperBack: { label: 'moderate', keys: ['R2', 'R4'] },
  reliefLowBack: { label: 'moderate', keys: ['R9', 'R10', 'R12'] },
  reliefElbow: { label: 'moderate', keys: ['R14', 'R15'] },
  reliefHip: { label: 'limited', keys: ['R16'] },
  // The file says "limited-moderate"; the app takes the lower label.
  reliefKnee: { label: 'limited', keys: ['R23'] },
  // The figures come from one trial of 84 people; the region's moderate label is on headlineHeel.
  reliefHeel: { label: 'limited', keys: ['R26'] },
  reliefHeadJaw: { label: 'limited', keys: ['R28', 'R29', 'R30', 'R31'] },
  reliefGeneral: { label: 'moderate', keys: ['R1', 'R3'] },
  chronicLowBack: { label: 'limited', keys: ['R12'] },
  chronicNeck: { label: 'moderate', keys: ['R60'] },
  timing: { label: 'limited', keys: ['R4', 'R36', 'R1'] },

  // Lasting benefit: "limited" everywhere.
  lastingLimited: { label: 'limited', keys: ['R1', 'R6', 'R9', 'R23'] },

  // Kind of pain.
  triggerPointsDisputed: { label: 'limited', keys: ['R54'] },
  injuryNoRepair: { label: 'none', none: 'notStudied', keys: [] },
  tendonNeedling: { label: 'limited', keys: ['R55', 'R56'] },

  // Moving more freely: neck range of motion is "none" (28 trials).
  movementNeck: { label: 'none', none: 'noBenefit', keys: ['R4'] },
  movementMixed: { label: 'limited', keys: ['R22', 'R19', 'R20', 'R21'] },
  movementHip: { label: 'limited', keys: ['R17', 'R18'] },
  sportAthletes: { label: 'limited', keys: ['R58'] },
  painkillersKnee: { label: 'limited', keys: ['R24', 'R25'] },
  painkillersUnknown: { label: 'none', none: 'notStudied', keys: [] },

  // What it will not do. Mechanism reviews, not meta-analyses of trials.
  noKnots: { label: 'limited', keys: ['R50', 'R51'] },
  noDetox: { label: 'none', none: 'notStudied', keys: ['R50', 'R53'] },
  noStrength: { label: 'limited', keys: ['R14'] },
  // A mechanism review and a professional body's position: no trial compared needling alone and
  // with other care outside the low back, where reliefLowBack says it [R9].
  noCauseAlone: { label: 'limited', keys: ['R51', 'R57'] },
  shamUnclear: { label: 'limited', keys: ['R47', 'R48', 'R49'] },

  // What it feels like and its harms (section "Safety").
  harmsMinor: { label: 'moderate', keys: ['R32', 'R33', 'R34'] },
  harmsSerious: { label: 'moderate', keys: ['R33', 'R32'] },
  harmsSoreness: { label: 'moderate', keys: ['R34', 'R35'] },
  // One trial of 84 people.
  harmsHeelSoreness: { label: 'limited', keys: ['R26'] },
  harmsLung: { label: 'limited', keys: ['R37', 'R38', 'R39'] },
  sessions: { label: 'limited', keys: ['R13', 'R16', 'R18', 'R24', 'R26', 'R58'] },

  // Other options (section "Alternatives to present beside dry needling").
  // Exercise, for the patient's own place. Low back: the research gives no certainty for the WHO
  // advice, and R13 is one trial.
  optionExercise: { label: 'limited', keys: ['R12', 'R13'] },
  // Two reviews agree for daily tasks, at certainty down to very low [R1]; R9 found otherwise in low back.
  optionOtherPhysio: { label: 'limited', keys: ['R1', 'R4'] },
  optionManual: { label: 'limited', keys: ['R4', 'R31'] },
  optionInjection: { label: 'limited', keys: ['R47', 'R5', 'R16'] },
  optionAcupuncture: { label: 'limited', keys: ['R10'] },
  optionWaiting: { label: 'none', none: 'notStudied', keys: [] },

  // Headlines for places with little or no research: each cites its own place only.
  headlineHip: { label: 'limited', keys: ['R16'] },
  headlineKnee: { label: 'limited', keys: ['R23', 'R24'] },
  headlineHeadJaw: { label: 'limited', keys: ['R28', 'R29', 'R30', 'R31'] },
  // No trials of foot or ankle pain other than heel pain, nor of arm pain other than tennis elbow.
  headlineOtherFoot: { label: 'none', none: 'notStudied', keys: [] },
  headlineOtherArm: { label: 'none', none: 'notStudied', keys: [] },
  // Evidence from other places applied to an untested one: indirect, so no more than limited.
  reliefElsewhere: { label: 'limited', keys: ['R3', 'R1'] },
  // For pain, one review found needling a little better than other care [R1], a neck review no
  // difference [R4]: mixed results.
  optionNeedling: { label: 'limited', keys: ['R1', 'R4'] },

  // The results page's layers (issue 7).
  // "A short time": less pain from right after up to 12 weeks, at very low to moderate certainty [R1].
  shortTime: { label: 'limited', keys: ['R1'] },
  // No trials at all for these places, so nothing on what to pair needling with.
  pairUnknown: { label: 'none', none: 'notStudied', keys: [] },
  // The two large counts of harms [R32][R33], as in harmsMinor.
  harmsSummary: { label: 'moderate', keys: ['R32', 'R33'] },
  // Pain during needling in one large count [R32]; twitches in one soreness study [R35].
  needleFeel: { label: 'limited', keys: ['R32', 'R35'] },
  // Knee: one trial of 62, needling added to exercise, no added benefit at 1 year [R24].
  optionExerciseKnee: { label: 'limited', keys: ['R24'] },
  // Every other place: the research file has no trial of exercise there.
  optionExerciseOther: { label: 'none', none: 'notStudied', keys: [] },
  // The research file gives no figure for how pain changes without treatment.
  naturalCourse: { label: 'none', none: 'notStudied', keys: [] },
};

// Who should not be needled or needs extra care, the red-flag lists, and the pneumothorax warning signs.
export const guidance: Readonly<Record<GuidanceId, Guidance>> = {
  bloodThinners: { keys: ['R40', 'R41'] },
  pregnancy: { keys: ['R42', 'R44'] },
  lymphoedema: { keys: ['R40', 'R41'] },
  weakImmunity: { keys: ['R41', 'R42'] },
  diabetes: { keys: ['R41', 'R42'] },
  vascular: { keys: ['R41', 'R42'] },
  epilepsy: { keys: ['R42'] },
  skinProblem: { keys: ['R41', 'R42'] },
  metalAllergy: { keys: ['R42'] },
  implant: { keys: ['R43'] },
  badReaction: { keys: ['R40', 'R41'] },
  // The red-flag lists name a history of cancer; cancer now or recently treated stops the journey.
  pastCancer: { keys: ['R45', 'R46'] },
  needleChoice: { keys: ['R40', 'R41'] },
  lungWarning: { keys: ['R37', 'R38'] },
};

/** IPDAS: publication date and review at least every two years. */
export const publication = {
  published: '2026-11-22',
  nextReview: '2028-11-22',
} as const;

/**
 * Every number on the results page is "in 1,000" (IPDAS: one denominator, natural frequencies): it
 * is the smallest that holds the rarest figure, serious problems after fewer than 1 in 1,000 visits
 * [R33], without decimals. tests/assess.test.ts and the browser tests check the page uses no other.
 */
export const denominator = 1000;

export interface IconArray {
  readonly count: number;
  readonly total: number;
  readonly unit: IconUnit;
  readonly caption: IconCaption;
}

/**
 * The icon arrays beside a statement: benefits and harms drawn alike, both rates wherever the trials
 * give both. The sentence beside them gives the same numbers (tests/pictogramNumbers.test.ts).
 */
export const pictograms: Readonly<Partial<Record<ClaimId, readonly IconArray[]>>> = {
  // 19% of 7,629 treatments [R32]; 37% of 20,464 sessions [R33].
  harmsMinor: [
    { count: 200, total: denominator, unit: 'visits', caption: 'firstStudy' },
    { count: 370, total: denominator, unit: 'visits', caption: 'secondStudy' },
  ],
  // NNT 4: about 1 in 4 more people gain than with sham [R26][R27]; the trials give no sham rate.
  reliefHeel: [{ count: 250, total: denominator, unit: 'morePeople', caption: 'moreNeedling' }],
  // 90% of the needling group cut back on medicine, 26% with sham [R24].
  painkillersKnee: [
    { count: 900, total: denominator, unit: 'people', caption: 'needling' },
    { count: 260, total: denominator, unit: 'people', caption: 'sham' },
  ],
};
