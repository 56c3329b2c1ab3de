import type { Claim, ClaimId, Guidance, GuidanceId } from './schema';

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
  headlineInjury: { label: 'none', keys: [] },
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
  injuryNoRepair: { label: 'none', keys: [] },
  tendonNeedling: { label: 'limited', keys: ['R55', 'R56'] },

  // Moving more freely: neck range of motion is "none" (28 trials).
  movementNeck: { label: 'none', keys: ['R4'] },
  movementMixed: { label: 'limited', keys: ['R22', 'R19', 'R20', 'R21'] },
  movementHip: { label: 'limited', keys: ['R17', 'R18'] },
  sportAthletes: { label: 'limited', keys: ['R58'] },
  painkillersKnee: { label: 'limited', keys: ['R24', 'R25'] },
  painkillersUnknown: { label: 'none', keys: [] },

  // What it will not do. Mechanism reviews, not meta-analyses of trials.
  noKnots: { label: 'limited', keys: ['R50', 'R51'] },
  noDetox: { label: 'none', keys: ['R50', 'R53'] },
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
  // The research gives no certainty for the WHO advice, R13 is one trial and R24 found no benefit.
  optionExercise: { label: 'limited', keys: ['R12', 'R13', 'R24'] },
  // Two reviews agree for daily tasks, at certainty down to very low [R1]; R9 found otherwise in low back.
  optionOtherPhysio: { label: 'limited', keys: ['R1', 'R4'] },
  optionManual: { label: 'limited', keys: ['R4', 'R31'] },
  optionInjection: { label: 'limited', keys: ['R47', 'R5', 'R16'] },
  optionAcupuncture: { label: 'limited', keys: ['R10'] },
  optionWaiting: { label: 'none', keys: [] },

  // Headlines for places with little or no research: each cites its own place only.
  headlineHip: { label: 'limited', keys: ['R16'] },
  headlineKnee: { label: 'limited', keys: ['R23', 'R24'] },
  headlineHeadJaw: { label: 'limited', keys: ['R28', 'R29', 'R30', 'R31'] },
  // No trials of foot or ankle pain other than heel pain, nor of arm pain other than tennis elbow.
  headlineOtherFoot: { label: 'none', keys: [] },
  headlineOtherArm: { label: 'none', keys: [] },
  // Evidence from other places applied to an untested one: indirect, so no more than limited.
  reliefElsewhere: { label: 'limited', keys: ['R3', 'R1'] },
  // For pain, one review found needling a little better than other care [R1], a neck review no
  // difference [R4]: mixed results.
  optionNeedling: { label: 'limited', keys: ['R1', 'R4'] },
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

/** The icon array beside a harm: one denominator, as IPDAS asks ("about 20 in 100 visits") [R32]. */
export const pictograms: Readonly<Partial<Record<ClaimId, { readonly count: number; readonly total: number }>>> = {
  harmsMinor: { count: 20, total: 100 },
};
