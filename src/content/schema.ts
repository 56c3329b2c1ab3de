// The vocabulary of the decision aid and the shape every locale file must fill.
// Ids live here, not in the domain, so that content imports nothing of ours and
// a new locale is one more `Content` object that the compiler checks is complete.

import type { Language } from './languages';

export const questionIds = ['redFlags', 'safety', 'place', 'duration', 'kind', 'goals', 'needles', 'exercise'] as const;
export type QuestionId = (typeof questionIds)[number];

export const redFlagOptions = [
  'fever',
  'weightLoss',
  'cancer',
  'bladderBowel',
  'saddleNumbness',
  'weakness',
  'fallAccident',
  'restPain',
  'chestBreathing',
  'none',
] as const;
export type RedFlagOption = (typeof redFlagOptions)[number];

export const safetyOptions = [
  'bloodThinners',
  'pregnancy',
  'lymphoedema',
  'weakImmunity',
  'diabetes',
  'vascular',
  'epilepsy',
  'skinProblem',
  'metalAllergy',
  'implant',
  'badReaction',
  'pastCancer',
  'none',
] as const;
export type SafetyOption = (typeof safetyOptions)[number];

export const placeOptions = [
  'neck',
  'shoulder',
  'upperBack',
  'lowBack',
  'outerElbow',
  'armOther',
  'hip',
  'knee',
  'heel',
  'ankleFootOther',
  'headJaw',
  'several',
  'notSure',
] as const;
export type PlaceOption = (typeof placeOptions)[number];

export const durationOptions = ['under6Weeks', 'sixWeeksTo3Months', 'over3Months'] as const;
export type DurationOption = (typeof durationOptions)[number];

export const kindOptions = ['muscle', 'injury', 'notSure'] as const;
export type KindOption = (typeof kindOptions)[number];

export const goalOptions = ['quickRelief', 'lastingFix', 'moveFreely', 'sportWork', 'fewerPainkillers'] as const;
export type GoalOption = (typeof goalOptions)[number];

export const needlesOptions = ['fine', 'nervous', 'avoid'] as const;
export type NeedlesOption = (typeof needlesOptions)[number];

export const exerciseOptions = ['already', 'willing', 'notKeen'] as const;
export type ExerciseOption = (typeof exerciseOptions)[number];

/** The options of each question, in the order they are shown. */
export interface OptionsByQuestion {
  redFlags: RedFlagOption;
  safety: SafetyOption;
  place: PlaceOption;
  duration: DurationOption;
  kind: KindOption;
  goals: GoalOption;
  needles: NeedlesOption;
  exercise: ExerciseOption;
}

/** After the results: how much each thing matters to the patient (values clarification, IPDAS). */
export const valueIds = ['quickRelief', 'lastingFix', 'avoidNeedles', 'timeEffort', 'sideEffects'] as const;
export type ValueId = (typeof valueIds)[number];

export const valueWeights = ['aLot', 'aLittle', 'notMuch'] as const;
export type ValueWeight = (typeof valueWeights)[number];

/** Which way the patient is leaning. Never a recommendation: the patient's own word. */
export const leaningOptions = ['needling', 'otherFirst', 'notSure'] as const;
export type LeaningOption = (typeof leaningOptions)[number];

/** The SURE test's four readiness questions (Sure, Understand the information, Risk-benefit ratio, Encouragement). */
export const sureIds = ['sure', 'informed', 'valuesClear', 'support'] as const;
export type SureId = (typeof sureIds)[number];

export const sureAnswers = ['yes', 'no'] as const;
export type SureAnswer = (typeof sureAnswers)[number];

/** The strength scale of `docs/evidence.md`. No dry needling claim reaches `strong`. */
export const evidenceLabels = ['strong', 'moderate', 'limited', 'none'] as const;
export type EvidenceLabel = (typeof evidenceLabels)[number];

export const referenceKeys = [
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R6',
  'R7',
  'R8',
  'R9',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
  'R16',
  'R17',
  'R18',
  'R19',
  'R20',
  'R21',
  'R22',
  'R23',
  'R24',
  'R25',
  'R26',
  'R27',
  'R28',
  'R29',
  'R30',
  'R31',
  'R32',
  'R33',
  'R34',
  'R35',
  'R36',
  'R37',
  'R38',
  'R39',
  'R40',
  'R41',
  'R42',
  'R43',
  'R44',
  'R45',
  'R46',
  'R47',
  'R48',
  'R49',
  'R50',
  'R51',
  'R52',
  'R53',
  'R54',
  'R55',
  'R56',
  'R57',
  'R58',
  'R60',
] as const;
export type ReferenceKey = (typeof referenceKeys)[number];

export interface Reference {
  /** The citation as `docs/evidence.md` gives it. */
  readonly citation: string;
  readonly url?: string;
}

/**
 * A statement about what dry needling (or another option) does, with the strength of the
 * research behind it. The label and keys are the same in every language; only the words change.
 */
export type Claim =
  | { readonly label: Exclude<EvidenceLabel, 'none'>; readonly keys: readonly ReferenceKey[] }
  /** "none" means one of two things (docs/evidence.md): which one is part of the claim. */
  | { readonly label: 'none'; readonly none: NoneKind; readonly keys: readonly ReferenceKey[] };

/**
 * The research file's "none" is "no trials found, or trials found no added benefit (say which)":
 * a patient is shown which, so that "28 studies, no help found" never reads as "no research".
 */
export const noneKinds = ['notStudied', 'noBenefit'] as const;
export type NoneKind = (typeof noneKinds)[number];

/** Safety advice from professional guidance: it has sources, but no trial strength to label. */
export interface Guidance {
  readonly keys: readonly ReferenceKey[];
}

export const claimIds = [
  'headlineNeck',
  'headlineShoulder',
  'headlineUpperBack',
  'headlineLowBack',
  'headlineElbow',
  'headlineHeel',
  'headlineGeneral',
  'headlineInjury',
  'headlineAvoidNeedles',
  'reliefNeck',
  'reliefShoulder',
  'reliefUpperBack',
  'reliefLowBack',
  'reliefElbow',
  'reliefHip',
  'reliefKnee',
  'reliefHeel',
  'reliefHeadJaw',
  'reliefGeneral',
  'chronicLowBack',
  'chronicNeck',
  'timing',
  'lastingLimited',
  'triggerPointsDisputed',
  'injuryNoRepair',
  'tendonNeedling',
  'movementNeck',
  'movementMixed',
  'movementHip',
  'sportAthletes',
  'painkillersKnee',
  'painkillersUnknown',
  'noKnots',
  'noDetox',
  'noStrength',
  'noCauseAlone',
  'shamUnclear',
  'harmsMinor',
  'harmsSerious',
  'harmsSoreness',
  'harmsHeelSoreness',
  'harmsLung',
  'sessions',
  'optionExercise',
  'optionOtherPhysio',
  'optionManual',
  'optionInjection',
  'optionAcupuncture',
  'optionWaiting',
  'headlineHip',
  'headlineKnee',
  'headlineHeadJaw',
  'headlineOtherFoot',
  'headlineOtherArm',
  'reliefElsewhere',
  'optionNeedling',
  // The results page's layers (issue 7): the takeaway, the options side by side, about your pain.
  'shortTime',
  'pairUnknown',
  'harmsSummary',
  'needleFeel',
  'optionExerciseKnee',
  'optionExerciseOther',
  'naturalCourse',
] as const;
export type ClaimId = (typeof claimIds)[number];

export type GuidanceId = Exclude<SafetyOption, 'none'> | 'needleChoice' | 'lungWarning';

export const physioQuestionIds = [
  'sessions',
  'howKnowWorking',
  'exercisePlan',
  'otherOptionsFirst',
  'nervousHelp',
  'safetyItems',
  'chestArea',
  'injuryHealing',
  'newPain',
  'soreness',
] as const;
export type PhysioQuestionId = (typeof physioQuestionIds)[number];

export const optionCardIds = [
  'dryNeedling',
  'exercise',
  'otherPhysio',
  'manual',
  'injection',
  'acupuncture',
  'waiting',
] as const;
export type OptionCardId = (typeof optionCardIds)[number];

/** The rows of the options grid: the same for every option. */
export const gridRows = ['what', 'help', 'downsides', 'effort', 'sure'] as const;
export type GridRow = (typeof gridRows)[number];

/** What an icon array counts: visits, people, or the extra people a treatment helped. */
export const iconUnits = ['visits', 'people', 'morePeople'] as const;
export type IconUnit = (typeof iconUnits)[number];
export const iconCaptions = ['firstStudy', 'secondStudy', 'needling', 'sham', 'moreNeedling'] as const;
export type IconCaption = (typeof iconCaptions)[number];

export interface QuestionText<O extends string> {
  /** The page heading and fieldset legend. */
  readonly title: string;
  readonly hint: string;
  /** Shown when the patient presses Continue without an answer. */
  readonly error: string;
  readonly options: Readonly<Record<O, string>>;
  /** A short description under an option, where the label alone is not enough. */
  readonly optionHints?: Readonly<Partial<Record<O, string>>>;
  /** The row name on the Check your answers page. */
  readonly reviewLabel: string;
}

export interface OptionCardText {
  readonly name: string;
  readonly what: string;
  /** What it costs the patient. What it may do is a claim, with its strength and sources. */
  readonly downside: string;
  /** Time and effort: visits, work at home. */
  readonly effort: string;
}

/** Everything a patient reads. A second language is one more object of this type. */
export interface Content {
  readonly lang: Language;
  readonly appTitle: string;
  /** The page around the app, written into each language's HTML at build time (scripts/prerender.mjs). */
  readonly page: {
    /** For search engines and link previews. */
    readonly description: string;
    /** Shown if the app's script cannot load. */
    readonly loadFailed: string;
    /** Shown if the browser runs no JavaScript. */
    readonly noScript: string;
  };
  readonly common: {
    readonly start: string;
    readonly continue: string;
    readonly back: string;
    readonly change: string;
    readonly startAgain: string;
    /** Read the screen aloud, and stop. */
    readonly listen: string;
    readonly stopListening: string;
    readonly seeResults: string;
    readonly loading: string;
    readonly progress: (current: number, total: number) => string;
    readonly errorPrefix: string;
    readonly evidence: string;
    readonly labels: Readonly<Record<EvidenceLabel, string>>;
    readonly labelMeaning: Readonly<Record<EvidenceLabel, string>>;
    readonly sources: string;
    readonly guidanceSource: string;
  };
  readonly welcome: {
    readonly title: string;
    readonly lead: string;
    readonly points: readonly string[];
    readonly privacy: string;
    /** The name of the list of links to the other languages. */
    readonly languages: string;
  };
  readonly questions: { readonly [Q in QuestionId]: QuestionText<OptionsByQuestion[Q]> };
  readonly stop: {
    readonly title: string;
    readonly body: readonly string[];
    readonly youTicked: string;
    readonly urgentTitle: string;
    /** Urgent help in generic words, for a clinic that has set no emergency number. */
    readonly urgent: string;
    readonly backToAnswers: string;
    /** Urgent help naming the emergency number the clinic set on the staff screen. */
    readonly urgentCall: (emergencyNumber: string) => string;
  };
  readonly review: {
    readonly title: string;
    readonly lead: string;
  };
  readonly results: {
    readonly title: string;
    readonly decision: string;
    readonly mayDo: string;
    readonly willNotDo: string;
    readonly feelsLike: string;
    readonly safetyTitle: string;
    readonly safetyLead: string;
    readonly questionsTitle: string;
    readonly questionsLead: string;
    readonly decideTitle: string;
    readonly decide: string;
    readonly aboutTitle: string;
    readonly published: string;
    readonly nextReview: string;
    readonly labelsTitle: string;
    readonly referencesTitle: string;
  };
  readonly crash: {
    readonly title: string;
    readonly body: string;
  };
  /** Start again from any screen, with a confirm so that one stray tap erases nothing. */
  readonly restart: {
    readonly title: string;
    readonly body: string;
    readonly confirm: string;
    readonly cancel: string;
  };
  /** The waiting-room tablet's warning before it erases a quiet patient's answers. */
  readonly idle: {
    readonly title: string;
    readonly body: (seconds: number) => string;
    readonly stay: string;
  };
  readonly staff: {
    readonly title: string;
    readonly open: string;
    readonly close: string;
    readonly pinTitle: string;
    readonly setPinTitle: string;
    readonly setPinLead: string;
    readonly pinLabel: string;
    readonly pinHint: string;
    readonly pinAgainLabel: string;
    readonly unlock: string;
    readonly savePin: string;
    readonly pinInvalid: string;
    readonly pinMismatch: string;
    readonly pinWrong: (triesLeft: number) => string;
    readonly lockedOut: (seconds: number) => string;
    readonly noSecureContext: string;
    readonly nextPatient: string;
    readonly nextPatientHint: string;
    readonly summaryTitle: string;
    readonly noSummary: string;
    readonly print: string;
    readonly settingsTitle: string;
    readonly settingsLead: string;
    readonly clinicName: string;
    readonly contactLine: string;
    readonly contactHint: string;
    readonly idleMinutes: string;
    readonly idleHint: string;
    readonly minutes: (n: number) => string;
    /** The tablet's language for each new patient. */
    readonly language: string;
    readonly languageHint: string;
    readonly newPin: string;
    readonly newPinHint: string;
    readonly save: string;
    readonly saved: string;
    readonly emergencyNumber: string;
    readonly emergencyHint: string;
    readonly emergencyInvalid: string;
  };
  /** Print, and a QR code that opens the same results, read-only, on the patient's phone. */
  readonly takeHome: {
    readonly title: string;
    readonly print: string;
    readonly printed: (date: string) => string;
    readonly qrLabel: string;
    readonly qrHelp: string;
    readonly readOnly: string;
    readonly startOwn: string;
    readonly brokenTitle: string;
    readonly brokenBody: string;
    /** On a clinic's website the printable page opens in a tab of its own: printing inside a frame is unreliable. */
    readonly printInNewTab: string;
  };
  /** On a clinic's website: who offers this guide, in the clinic's own words. */
  readonly embed: {
    readonly offeredBy: (clinic: string) => string;
  };
}

/** The text of the screens after the questions, in one language: loaded with them, not before the first screen. */
export interface ResultsContent {
  readonly claims: Readonly<Record<ClaimId, string>>;
  readonly guidance: Readonly<Record<GuidanceId, string>>;
  readonly physioQuestions: Readonly<Record<PhysioQuestionId, string>>;
  readonly optionCards: Readonly<Record<OptionCardId, OptionCardText>>;
  /** Each source as a patient can read it: author and year where the citation names them. */
  readonly sourceNames: Readonly<Record<ReferenceKey, string>>;
  /** The results page in layers (issue 7): the takeaway first, the rest opened on request. */
  readonly layers: {
    readonly takeawayTitle: string;
    /** Beside the first label: what the labels mean, opened on request. */
    readonly labelHelp: string;
    readonly labelHelpLead: string;
    readonly noneKinds: Readonly<Record<NoneKind, string>>;
    readonly noneMeaning: Readonly<Record<NoneKind, string>>;
    /** The name of the sources' disclosure, before the sources' names. */
    readonly sourcesOpen: string;
    readonly gridTitle: string;
    readonly gridLead: string;
    readonly gridRows: Readonly<Record<GridRow, string>>;
    /** The same words in every option's column where the research has no figure. */
    readonly noFigure: string;
    readonly iconArrays: Readonly<Record<IconUnit, (count: number, total: number) => string>>;
    readonly iconCaptions: Readonly<Record<IconCaption, string>>;
    readonly aboutPainTitle: string;
    readonly aboutPainBody: readonly string[];
    /** The reading level, as measured by tests/readability*.test.ts on every patient string. */
    readonly readingScore: number;
    readonly readingLevel: (score: number) => string;
    readonly reviewDates: (published: string, nextReview: string) => string;
    /** How the evidence was chosen, who checked it, who offers the guide, who paid. */
    readonly aboutBody: readonly string[];
  };
  /** The waiting-room tablet's last step: give it back to the front desk. */
  readonly handBack: {
    readonly finished: string;
    readonly title: string;
    readonly body: string;
    readonly clinicianTitle: string;
    readonly clinicianBody: string;
    readonly staff: string;
  };
  /** After the results: how much each thing matters to the patient. Every answer may be left out. */
  readonly values: {
    /** The button at the end of the results that leads here. */
    readonly next: string;
    readonly title: string;
    readonly lead: string;
    readonly items: Readonly<Record<ValueId, string>>;
    readonly weights: Readonly<Record<ValueWeight, string>>;
  };
  /** Which way the patient is leaning, and the SURE test: is the patient ready to decide? */
  readonly leaning: {
    readonly title: string;
    readonly lead: string;
    readonly options: Readonly<Record<LeaningOption, string>>;
    readonly sureTitle: string;
    readonly sureLead: string;
    readonly sure: Readonly<Record<SureId, string>>;
    readonly answers: Readonly<Record<SureAnswer, string>>;
    /** What to ask the physio next, shown for each SURE question answered no. */
    readonly nextStepsTitle: string;
    readonly nextSteps: Readonly<Record<SureId, string>>;
  };
  /** The patient's own summary: one screen, one printed page, the same as the physio's. */
  readonly decisionSummary: {
    readonly title: string;
    readonly lead: string;
    readonly valuesTitle: string;
    readonly noValues: string;
    readonly leaningTitle: string;
    readonly notChosen: string;
    readonly sureTitle: string;
    readonly notAnswered: string;
    readonly clinicTitle: string;
    /** Said when the clinic ticked that it offers dry needling: it has an interest in the choice. */
    readonly clinicOffers: string;
  };
  /** On the staff screen: the clinic states its own interest, shown on every summary. */
  readonly clinicInterest: {
    readonly offersLabel: string;
    readonly statementLabel: string;
    readonly statementHint: string;
  };
  /** One page for the physio: what the patient said and was told, with no name. */
  readonly summary: {
    readonly title: string;
    readonly made: (date: string) => string;
    readonly noName: string;
    readonly warningTitle: string;
    readonly warning: string;
    readonly answersTitle: string;
    readonly notAnswered: string;
    readonly safetyTitle: string;
    readonly noSafety: string;
    readonly expectationTitle: string;
    readonly questionsTitle: string;
  };
}
