import { enResults } from '../src/content/enResults';
import { claims, denominator, pictograms } from '../src/content/evidence';
import {
  durationOptions,
  evidenceLabels,
  exerciseOptions,
  goalOptions,
  kindOptions,
  needlesOptions,
  placeOptions,
  safetyOptions,
  type ClaimId,
  type EvidenceLabel,
  type GoalOption,
  type PlaceOption,
  type ReferenceKey,
  type SafetyOption,
} from '../src/content/schema';
import type { CompleteAnswers } from '../src/domain/answers';
import { assess, optionStatements, type Assessment, type Statement } from '../src/domain/assess';

// Expectations in this file come from the evidence record, docs/evidence.md (the strength scale,
// the research by body region and the safety sections), not from the rules in src/domain/assess.ts.

const rank: Readonly<Record<EvidenceLabel, number>> = { none: 0, limited: 1, moderate: 2, strong: 3 };
const atMost = (label: EvidenceLabel, ceiling: EvidenceLabel) => rank[label] <= rank[ceiling];

/** Short-term relief by place, column "short-term relief" of "By body region". */
const regionCeiling: Readonly<Record<PlaceOption, EvidenceLabel>> = {
  neck: 'moderate', // [R2][R4][R5][R60]
  shoulder: 'moderate', // small effect [R7][R8]
  upperBack: 'moderate', // trapezius trials only [R2][R4]
  lowBack: 'moderate', // [R9][R12]
  outerElbow: 'moderate', // tennis elbow [R14][R15]
  armOther: 'limited', // no trials: only what was found elsewhere, which is indirect [R1][R3]
  hip: 'limited', // one trial of 43 [R16]
  knee: 'limited', // "limited-moderate": the app must take the lower label [R23]
  heel: 'moderate', // plantar heel pain [R26][R27]
  ankleFootOther: 'limited', // no trials: only what was found elsewhere, which is indirect [R1][R3]
  headJaw: 'limited', // [R28]-[R31]
  several: 'moderate', // all regions together [R3]
  notSure: 'moderate', // all regions together [R3]
};

/** Statements about the patient's own body region, which the ceiling above bounds. */
const regionStatements: ReadonlySet<ClaimId> = new Set<ClaimId>([
  'headlineNeck',
  'headlineShoulder',
  'headlineUpperBack',
  'headlineLowBack',
  'headlineElbow',
  'headlineHeel',
  'headlineHip',
  'headlineKnee',
  'headlineHeadJaw',
  'headlineOtherFoot',
  'headlineOtherArm',
  'headlineGeneral',
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
  'reliefElsewhere',
  'chronicLowBack',
  'chronicNeck',
  'movementNeck',
  'movementHip',
  'movementMixed',
  'painkillersKnee',
  'painkillersUnknown',
]);

/** The label the evidence record gives each statement that names a region, a goal or a comparison. */
const labelInEvidenceFile: Readonly<Partial<Record<ClaimId, EvidenceLabel>>> = {
  headlineHeel: 'moderate', // the heel row: moderate, short term [R26][R27]
  headlineHip: 'limited',
  headlineKnee: 'limited',
  headlineHeadJaw: 'limited',
  headlineOtherFoot: 'none', // no trials of foot or ankle pain other than heel pain
  headlineOtherArm: 'none', // no trials of arm pain other than tennis elbow
  reliefNeck: 'moderate',
  reliefShoulder: 'moderate',
  reliefUpperBack: 'moderate',
  reliefLowBack: 'moderate',
  reliefElbow: 'moderate',
  reliefHip: 'limited',
  reliefKnee: 'limited',
  reliefHeel: 'limited', // its figures come from one trial of 84 people [R26]
  reliefHeadJaw: 'limited',
  reliefElsewhere: 'limited', // other places' evidence, applied to an untested one
  chronicLowBack: 'limited', // WHO 2023: "may be offered, low certainty"
  lastingLimited: 'limited', // "Weaker long-term: confirmed" in every region
  movementNeck: 'none', // 28 trials found no effect on range of motion [R4]
  movementHip: 'limited', // conflicting [R17][R18]
  movementMixed: 'limited', // mixed [R22]
  injuryNoRepair: 'none', // reasoning, not sourced
  headlineInjury: 'none', // reasoning, not sourced
  tendonNeedling: 'limited', // initial support [R55][R56]
  painkillersUnknown: 'none', // only knee trials measured medicine use
  harmsLung: 'limited', // rare, rate unknown, case reports [R37][R38]
  noCauseAlone: 'limited', // a mechanism review [R51]; trials only in low back [R9]
  // Needling against other physio care: a little better in one review [R1], no different for the
  // neck [R4]; no better for daily tasks [R1][R4]. Mixed, and certainty down to very low.
  headlineAvoidNeedles: 'limited',
  optionNeedling: 'limited',
  optionOtherPhysio: 'limited',
};

/**
 * The sources of each place's row in the research ("By body region"): a headline about the
 * patient's place cites these and no others.
 */
const placeSources: Readonly<Record<PlaceOption, readonly ReferenceKey[]>> = {
  neck: ['R1', 'R2', 'R4', 'R5', 'R6', 'R60'],
  shoulder: ['R7', 'R8', 'R58'],
  upperBack: ['R2', 'R4'],
  lowBack: ['R9', 'R10', 'R12', 'R13'],
  outerElbow: ['R14', 'R15'],
  armOther: [],
  hip: ['R16', 'R17', 'R18'],
  knee: ['R23', 'R24', 'R25'],
  heel: ['R26', 'R27'],
  ankleFootOther: [],
  headJaw: ['R28', 'R29', 'R30', 'R31'],
  several: ['R1', 'R3'],
  notSure: ['R1', 'R3'],
};

/** Statements in different words, for different places on the page, that state the same fact. */
const sameFact: Readonly<Partial<Record<ClaimId, ClaimId>>> = {
  injuryNoRepair: 'headlineInjury',
  optionNeedling: 'headlineAvoidNeedles',
};

/** Statements under "may do" that say nobody has measured something: not a finding of no benefit. */
const notMeasured: ReadonlySet<ClaimId> = new Set<ClaimId>(['painkillersUnknown']);

// ---------------------------------------------------------------------------------------------
// Every complete answer set a patient can reach the results with.

const subsets = <T>(items: readonly T[]): T[][] =>
  items.reduce<T[][]>((all, item) => [...all, ...all.map((set) => [...set, item])], [[]]);

const goalSets: readonly (readonly GoalOption[])[] = subsets(goalOptions).filter((set) => set.length > 0);

const safetyItems = safetyOptions.filter((item) => item !== 'none');
const safetySets: readonly (readonly SafetyOption[])[] = [
  ['none'],
  ...safetyItems.map((item) => [item]),
  ['bloodThinners', 'pregnancy'],
  ['diabetes', 'epilepsy', 'implant'],
];

/**
 * Every place x duration x kind x goals x needles x exercise (32,643 sets), each with one of the
 * safety sets above, taken in turn so that every safety set meets every place, in about 2,000 answer
 * sets each. (All 15 x 32,643 would take half a minute.)
 */
function allAnswerSets(): CompleteAnswers[] {
  const sets: CompleteAnswers[] = [];
  let turn = 0;
  for (const place of placeOptions)
    for (const duration of durationOptions)
      for (const kind of kindOptions)
        for (const goals of goalSets)
          for (const needles of needlesOptions)
            for (const exercise of exerciseOptions) {
              const safety = safetySets[turn++ % safetySets.length] ?? ['none'];
              sets.push({ redFlags: ['none'], safety, place, duration, kind, goals, needles, exercise });
            }
  return sets;
}

const nameOf = (a: CompleteAnswers) =>
  `{safety: [${a.safety.join(', ')}], place: ${a.place}, duration: ${a.duration}, kind: ${a.kind}, ` +
  `goals: [${a.goals.join(', ')}], needles: ${a.needles}, exercise: ${a.exercise}}`;

const everyStatement = (x: Assessment): Statement[] => [
  ...x.takeaway,
  ...x.mayDo,
  ...x.willNotDo,
  ...x.feelsLike,
  ...x.aboutPain,
  ...x.options.flatMap(optionStatements),
];

/** Places with no trials of needling at all ("By body region" has no row for them). */
const untestedPlaces: readonly PlaceOption[] = ['armOther', 'ankleFootOther'];

/** Every "N in M" and "N more in M" of a sentence: the M. */
const denominatorsIn = (text: string) => [...text.matchAll(/\d[\d,]*(?: more)? in (\d[\d,]*)/g)].map((m) => m[1]);
const thousand = new Intl.NumberFormat('en').format(denominator);

/** An assessment with its statements and cited keys gathered once. */
interface Seen {
  readonly statements: readonly Statement[];
  readonly cited: readonly ReferenceKey[];
}

type Rule = (a: CompleteAnswers, x: Assessment, seen: Seen) => string | undefined;

/** Each rule returns why an answer set breaks it, or undefined. */
const rules: Readonly<Record<string, Rule>> = {
  'has a headline and at least one labelled statement of what it may do': (_, x) =>
    x.headline.id !== undefined && x.mayDo.some((s) => s.label !== 'none') ? undefined : 'no labelled mayDo',
  'lists exactly the safety items ticked, and none when only "none" was ticked': (a, x) => {
    const ticked = a.safety.filter((item) => item !== 'none');
    const notes = x.safetyNotes.map((n) => n.id);
    return notes.join() === ticked.join() ? undefined : `safetyNotes [${notes.join()}]`;
  },
  'never labels a statement strong': (_, __, { statements }) => {
    const strong = statements.filter((s) => s.label === 'strong');
    return strong.length === 0 ? undefined : `strong: ${strong.map((s) => s.id).join()}`;
  },
  'gives at least one source for every label other than none': (_, __, { statements }) => {
    const unsourced = statements.filter((s) => s.label !== 'none' && s.keys.length === 0);
    return unsourced.length === 0 ? undefined : `unsourced: ${unsourced.map((s) => s.id).join()}`;
  },
  'lists every cited source in the references': (_, x, { cited }) => {
    const missing = cited.filter((key) => !x.references.includes(key));
    return missing.length === 0 ? undefined : `missing references: ${missing.join()}`;
  },
  'lists each reference once and cites every one it lists': (_, x, { cited }) => {
    const unused = x.references.filter((key) => !cited.includes(key));
    const once = new Set(x.references).size === x.references.length;
    return unused.length === 0 && once ? undefined : `unused or repeated references: ${x.references.join()}`;
  },
  'always says the lasting benefit is limited': (_, x) =>
    x.willNotDo.some((s) => s.id === 'lastingLimited' && s.label === 'limited') ? undefined : 'no lastingLimited',
  'keeps region statements within the strength of the region in the evidence file': (a, x) => {
    const ceiling = regionCeiling[a.place];
    const over = [x.headline, ...x.mayDo, ...x.willNotDo].filter(
      (s) => regionStatements.has(s.id) && !atMost(s.label, ceiling),
    );
    return over.length === 0 ? undefined : `above ${ceiling}: ${over.map((s) => `${s.id} (${s.label})`).join()}`;
  },
  'labels each region statement as the evidence file does': (_, __, { statements }) => {
    const wrong = statements.filter((s) => {
      const expected = labelInEvidenceFile[s.id];
      return expected !== undefined && s.label !== expected;
    });
    return wrong.length === 0 ? undefined : `labels differ: ${wrong.map((s) => `${s.id} (${s.label})`).join()}`;
  },
  "cites only the sources of the patient's own place in a headline about that place": (a, x) => {
    if (x.headline.id === 'headlineAvoidNeedles' || x.headline.id === 'headlineInjury') return undefined;
    const other = x.headline.keys.filter((key) => !placeSources[a.place].includes(key));
    return other.length === 0 ? undefined : `${x.headline.id} cites ${other.join()}`;
  },
  'opens with the takeaway: the headline, how long "a short time" is, what to pair needling with, the main harm': (
    a,
    x,
  ) => {
    const ids = x.takeaway.map((s) => s.id);
    const saysShortTime = enResults.claims[x.headline.id].includes('a short time');
    const pairing = untestedPlaces.includes(a.place) ? 'pairUnknown' : 'noCauseAlone';
    const ok =
      ids[0] === x.headline.id &&
      ids.includes('shortTime') === saysShortTime &&
      ids.includes(pairing) === (a.needles !== 'avoid') &&
      ids.at(-1) === 'harmsSummary' &&
      ids.length <= 4;
    return ok ? undefined : `takeaway [${ids.join()}]`;
  },
  "fits the exercise option's evidence to the patient's own place": (a, x) => {
    const exercise = x.options.find((card) => card.id === 'exercise')?.benefit;
    const other = exercise?.keys.filter((key) => !placeSources[a.place].includes(key)) ?? ['no exercise option'];
    return other.length === 0 ? undefined : `${exercise?.id ?? 'exercise'} cites ${other.join()}`;
  },
  'gives every option a benefit with its label, and dry needling its feel, harms and visits': (_, x) => {
    const needling = x.options.find((card) => card.id === 'dryNeedling');
    const ok =
      x.options.every((card) => card.benefit.label !== undefined) &&
      needling?.what?.id === 'needleFeel' &&
      needling.harms?.id === 'harmsMinor' &&
      needling.effort?.id === 'sessions' &&
      x.options.filter((card) => card.id !== 'dryNeedling').every((card) => !card.what && !card.harms && !card.effort);
    return ok ? undefined : `options [${x.options.map((card) => card.id).join()}]`;
  },
  'gives every number out of 1,000, the one denominator, and draws only on it': (_, __, { statements }) => {
    const others = statements.flatMap((s) =>
      denominatorsIn(enResults.claims[s.id])
        .filter((total) => total !== thousand)
        .map((total) => `${s.id}: in ${total}`),
    );
    const drawn = statements.flatMap((s) => pictograms[s.id] ?? []).filter((array) => array.total !== denominator);
    return others.length === 0 && drawn.length === 0 ? undefined : others.join();
  },
  'tells every patient about their pain: its natural course and the dispute over knots': (_, x) =>
    x.aboutPain.map((s) => s.id).join() === 'naturalCourse,triggerPointsDisputed' ? undefined : 'aboutPain',
  'shows each statement once': (_, x) => {
    const shown = [
      ...x.takeaway,
      ...x.mayDo,
      ...x.willNotDo,
      ...x.feelsLike,
      ...x.aboutPain,
      ...x.options.flatMap((card) => [card.what, card.benefit, card.effort].filter((s) => s !== undefined)),
    ];
    const ids = shown.map((s) => sameFact[s.id] ?? s.id);
    const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
    return twice.length === 0 ? undefined : `twice: ${twice.join()}`;
  },
  'lists no finding of no benefit under what it may do': (_, x) => {
    const none = x.mayDo.filter((s) => s.label === 'none' && !notMeasured.has(s.id));
    return none.length === 0 ? undefined : `under mayDo: ${none.map((s) => s.id).join()}`;
  },
  'warns about the lung wherever needles may go near the chest wall': (a, x) => {
    const nearChest = ['neck', 'shoulder', 'upperBack', 'several', 'notSure'].includes(a.place);
    const told =
      x.feelsLike.some((s) => s.id === 'harmsLung') &&
      x.warnings.some((w) => w.id === 'lungWarning') &&
      x.questions.includes('chestArea');
    return !nearChest || told ? undefined : 'no lung warning near the chest';
  },
  'tells every patient to choose freely and to expect soreness and minor harms': (_, x) => {
    const feels = x.feelsLike.map((s) => s.id);
    const ok =
      x.warnings.some((w) => w.id === 'needleChoice') &&
      ['harmsSoreness', 'harmsMinor', 'harmsSerious'].every((id) => feels.includes(id as ClaimId));
    return ok ? undefined : `feelsLike [${feels.join()}]`;
  },
  'always offers dry needling beside other physio care, exercise and waiting': (_, x) => {
    const cards = x.options.map((card) => card.id);
    const ok = (['dryNeedling', 'exercise', 'otherPhysio', 'waiting'] as const).every((id) => cards.includes(id));
    return ok ? undefined : `options [${cards.join()}]`;
  },
};

describe('assess, over every complete answer set', () => {
  const named = Object.entries(rules);
  const breaches = new Map<string, string[]>(named.map(([name]) => [name, []]));
  let count = 0;

  // One pass over all answer sets; each test then reads the breaches of its own rule.
  beforeAll(() => {
    for (const answers of allAnswerSets()) {
      count++;
      const assessment = assess(answers);
      const statements = everyStatement(assessment);
      const cited = [...statements, ...assessment.safetyNotes, ...assessment.warnings].flatMap((item) => item.keys);
      for (const [name, check] of named) {
        const why = check(answers, assessment, { statements, cited });
        const list = breaches.get(name);
        if (why !== undefined && list && list.length < 5) list.push(`${nameOf(answers)}: ${why}`);
      }
    }
  }, 30_000);

  test('covers every place, duration, kind, goal set, needle wish and exercise wish', () => {
    expect(goalSets).toHaveLength(31);
    expect(count).toBe(placeOptions.length * durationOptions.length * kindOptions.length * 31 * 3 * 3);
  });

  test.each(Object.keys(rules))('%s', (rule) => {
    expect(breaches.get(rule)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Statement labels themselves, whoever shows them.

describe('the evidence labels', () => {
  test('no statement in the evidence table reaches strong', () => {
    const strong = Object.entries(claims).filter(([, claim]) => claim.label === 'strong');
    expect(strong).toEqual([]);
  });

  test('every label is on the strength scale of the evidence file', () => {
    for (const [id, claim] of Object.entries(claims)) {
      expect(evidenceLabels, id).toContain(claim.label);
    }
  });

  test.each(Object.entries(labelInEvidenceFile))('%s is labelled %s as in the evidence file', (id, label) => {
    expect(claims[id as ClaimId].label).toBe(label);
  });
});

// ---------------------------------------------------------------------------------------------
// Patients a physio would recognise.

const base: CompleteAnswers = {
  redFlags: ['none'],
  safety: ['none'],
  place: 'neck',
  duration: 'sixWeeksTo3Months',
  kind: 'muscle',
  goals: ['quickRelief'],
  needles: 'fine',
  exercise: 'willing',
};

interface Case {
  readonly answers: Partial<CompleteAnswers>;
  readonly headline?: ClaimId;
  readonly mayDo?: readonly ClaimId[];
  readonly notMayDo?: readonly ClaimId[];
  readonly willNotDo?: readonly ClaimId[];
  readonly notWillNotDo?: readonly ClaimId[];
  readonly feelsLike?: readonly ClaimId[];
  readonly notFeelsLike?: readonly ClaimId[];
  readonly warnings?: readonly string[];
  readonly notWarnings?: readonly string[];
  readonly safetyNotes?: readonly string[];
  readonly questions?: readonly string[];
  readonly notQuestions?: readonly string[];
  readonly options?: readonly string[];
  readonly notOptions?: readonly string[];
  /** What the dry needling card says it may do. */
  readonly needlingCard?: ClaimId;
  /** What the exercise column says it may do. */
  readonly exerciseCard?: ClaimId;
  readonly takeaway?: readonly ClaimId[];
  readonly notTakeaway?: readonly ClaimId[];
  readonly labels?: Readonly<Partial<Record<ClaimId, EvidenceLabel>>>;
}

const cases: Readonly<Record<string, Case>> = {
  'an office worker with chronic neck tightness who wants quick relief': {
    answers: { place: 'neck', duration: 'over3Months', kind: 'muscle', goals: ['quickRelief'] },
    headline: 'headlineNeck',
    mayDo: ['reliefNeck', 'chronicNeck', 'timing'],
    takeaway: ['headlineNeck', 'shortTime', 'noCauseAlone', 'harmsSummary'],
    willNotDo: ['lastingLimited'],
    notWillNotDo: ['triggerPointsDisputed', 'noCauseAlone'],
    feelsLike: ['harmsLung'],
    warnings: ['needleChoice', 'lungWarning'],
    options: ['manual', 'injection'],
    needlingCard: 'optionNeedling',
    // No trial of exercise for the neck in the research: not the low back and knee trials.
    exerciseCard: 'optionExerciseOther',
    labels: { headlineNeck: 'moderate', reliefNeck: 'moderate', timing: 'limited', noCauseAlone: 'limited' },
  },
  'a desk worker who hopes needling will let the neck turn further': {
    answers: { place: 'neck', goals: ['moveFreely'] },
    willNotDo: ['movementNeck'],
    notMayDo: ['movementNeck', 'movementMixed'],
    labels: { movementNeck: 'none' },
  },
  'a runner with a sprained ankle who wants to get back to sport': {
    answers: { place: 'ankleFootOther', duration: 'under6Weeks', kind: 'injury', goals: ['sportWork'] },
    headline: 'headlineInjury',
    mayDo: ['reliefElsewhere', 'tendonNeedling', 'sportAthletes'],
    // The headline says it already.
    notWillNotDo: ['injuryNoRepair'],
    notFeelsLike: ['harmsHeelSoreness'],
    questions: ['injuryHealing', 'newPain'],
    labels: { headlineInjury: 'none', reliefElsewhere: 'limited', sportAthletes: 'limited' },
  },
  'a walker with pain in the ankle, not the heel': {
    answers: { place: 'ankleFootOther', kind: 'notSure' },
    headline: 'headlineOtherFoot',
    mayDo: ['reliefElsewhere'],
    notMayDo: ['reliefHeel'],
    labels: { headlineOtherFoot: 'none', reliefElsewhere: 'limited' },
  },
  'a walker with plantar heel pain': {
    answers: { place: 'heel', duration: 'over3Months', kind: 'muscle', goals: ['quickRelief'] },
    headline: 'headlineHeel',
    mayDo: ['reliefHeel'],
    notMayDo: ['reliefElsewhere'],
    feelsLike: ['harmsHeelSoreness'],
    notFeelsLike: ['harmsLung'],
    labels: { headlineHeel: 'moderate', reliefHeel: 'limited' },
  },
  'a gardener with tennis elbow': {
    answers: { place: 'outerElbow' },
    headline: 'headlineElbow',
    mayDo: ['reliefElbow'],
    labels: { headlineElbow: 'moderate', reliefElbow: 'moderate' },
  },
  'a typist with forearm pain that is not tennis elbow': {
    answers: { place: 'armOther' },
    headline: 'headlineOtherArm',
    mayDo: ['reliefElsewhere'],
    notMayDo: ['reliefElbow'],
    takeaway: ['headlineOtherArm', 'pairUnknown', 'harmsSummary'],
    notTakeaway: ['shortTime', 'noCauseAlone'],
    labels: { headlineOtherArm: 'none', reliefElsewhere: 'limited', pairUnknown: 'none' },
  },
  'a patient who would rather avoid needles': {
    answers: { place: 'shoulder', needles: 'avoid' },
    headline: 'headlineAvoidNeedles',
    questions: ['otherOptionsFirst'],
    notQuestions: ['soreness', 'nervousHelp'],
    options: ['otherPhysio', 'exercise', 'waiting'],
    // The headline compares needling with other care already: the card says what it may do here.
    needlingCard: 'headlineShoulder',
    // Nothing about what to pair needles with: the headline is about care without them.
    takeaway: ['headlineAvoidNeedles', 'harmsSummary'],
    notTakeaway: ['noCauseAlone', 'shortTime'],
    labels: { headlineAvoidNeedles: 'limited' },
  },
  'an injured patient who would rather avoid needles': {
    answers: { place: 'knee', kind: 'injury', needles: 'avoid' },
    headline: 'headlineAvoidNeedles',
    willNotDo: ['injuryNoRepair'],
    needlingCard: 'headlineKnee',
  },
  'a nervous patient who is not keen on exercise': {
    answers: { place: 'shoulder', needles: 'nervous', exercise: 'notKeen' },
    headline: 'headlineShoulder',
    mayDo: ['reliefShoulder'],
    takeaway: ['headlineShoulder', 'shortTime', 'noCauseAlone', 'harmsSummary'],
    questions: ['nervousHelp', 'soreness'],
    notQuestions: ['otherOptionsFirst'],
  },
  'a knee arthritis patient who wants fewer painkillers and a lasting fix': {
    answers: { place: 'knee', duration: 'over3Months', kind: 'notSure', goals: ['fewerPainkillers', 'lastingFix'] },
    headline: 'headlineKnee',
    mayDo: ['reliefKnee', 'painkillersKnee'],
    notMayDo: ['painkillersUnknown'],
    willNotDo: ['lastingLimited'],
    notFeelsLike: ['harmsLung'],
    exerciseCard: 'optionExerciseKnee',
    labels: {
      headlineKnee: 'limited',
      reliefKnee: 'limited',
      painkillersKnee: 'limited',
      optionExerciseKnee: 'limited',
    },
  },
  'someone with low back pain for over 3 months who wants it fixed for good': {
    answers: { place: 'lowBack', duration: 'over3Months', goals: ['lastingFix'] },
    headline: 'headlineLowBack',
    mayDo: ['reliefLowBack', 'chronicLowBack'],
    willNotDo: ['lastingLimited'],
    notFeelsLike: ['harmsLung'],
    notWarnings: ['lungWarning'],
    notQuestions: ['chestArea'],
    options: ['acupuncture'],
    notOptions: ['manual', 'injection'],
    exerciseCard: 'optionExercise',
    labels: { chronicLowBack: 'limited', lastingLimited: 'limited' },
  },
  'a rower with upper back pain between the shoulder blades': {
    answers: { place: 'upperBack' },
    headline: 'headlineUpperBack',
    feelsLike: ['harmsLung'],
    warnings: ['lungWarning'],
    questions: ['chestArea'],
  },
  'someone on blood thinners': {
    answers: { safety: ['bloodThinners'], place: 'outerElbow' },
    headline: 'headlineElbow',
    safetyNotes: ['bloodThinners'],
    questions: ['safetyItems'],
  },
  'a pregnant patient with epilepsy': {
    answers: { safety: ['pregnancy', 'epilepsy'], place: 'lowBack' },
    safetyNotes: ['pregnancy', 'epilepsy'],
    questions: ['safetyItems'],
  },
  'a patient who had cancer in the past': {
    answers: { safety: ['pastCancer'] },
    safetyNotes: ['pastCancer'],
    questions: ['safetyItems'],
  },
  'a tennis player with side-of-hip pain who wants to move freely and take fewer painkillers': {
    answers: { place: 'hip', goals: ['moveFreely', 'fewerPainkillers'] },
    headline: 'headlineHip',
    mayDo: ['reliefHip', 'movementHip', 'painkillersUnknown'],
    notMayDo: ['movementMixed', 'painkillersKnee'],
    options: ['injection'],
    labels: { headlineHip: 'limited', reliefHip: 'limited', movementHip: 'limited', painkillersUnknown: 'none' },
  },
  'a patient with tension headaches and a sore jaw': {
    answers: { place: 'headJaw', kind: 'muscle' },
    headline: 'headlineHeadJaw',
    mayDo: ['reliefHeadJaw'],
    willNotDo: ['noKnots'],
    options: ['manual'],
    labels: { headlineHeadJaw: 'limited', reliefHeadJaw: 'limited' },
  },
};

describe('patients a physio would recognise', () => {
  test.each(Object.entries(cases))('%s', (_, c) => {
    const x = assess({ ...base, ...c.answers });
    const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
    if (c.headline) expect(x.headline.id).toBe(c.headline);
    for (const id of c.mayDo ?? []) expect(ids(x.mayDo)).toContain(id);
    for (const id of c.notMayDo ?? []) expect(ids(x.mayDo)).not.toContain(id);
    for (const id of c.willNotDo ?? []) expect(ids(x.willNotDo)).toContain(id);
    for (const id of c.notWillNotDo ?? []) expect(ids(x.willNotDo)).not.toContain(id);
    for (const id of c.feelsLike ?? []) expect(ids(x.feelsLike)).toContain(id);
    for (const id of c.notFeelsLike ?? []) expect(ids(x.feelsLike)).not.toContain(id);
    for (const id of c.warnings ?? []) expect(ids(x.warnings)).toContain(id);
    for (const id of c.notWarnings ?? []) expect(ids(x.warnings)).not.toContain(id);
    if (c.safetyNotes) expect(ids(x.safetyNotes)).toEqual(c.safetyNotes);
    for (const id of c.questions ?? []) expect(x.questions).toContain(id);
    for (const id of c.notQuestions ?? []) expect(x.questions).not.toContain(id);
    for (const id of c.options ?? []) expect(ids(x.options)).toContain(id);
    for (const id of c.notOptions ?? []) expect(ids(x.options)).not.toContain(id);
    if (c.needlingCard) expect(x.options.find((card) => card.id === 'dryNeedling')?.benefit.id).toBe(c.needlingCard);
    if (c.exerciseCard) expect(x.options.find((card) => card.id === 'exercise')?.benefit.id).toBe(c.exerciseCard);
    if (c.takeaway) expect(ids(x.takeaway)).toEqual(c.takeaway);
    for (const id of c.notTakeaway ?? []) expect(ids(x.takeaway)).not.toContain(id);
    const shown = everyStatement(x);
    for (const [id, label] of Object.entries(c.labels ?? {})) {
      expect(shown.find((s) => s.id === id)?.label, id).toBe(label);
    }
  });
});
