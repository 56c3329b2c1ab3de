import type { ResultsContent } from './schema';

const number = (n: number) => new Intl.NumberFormat('en').format(n);

// The text of the screens after the questions, in plain English at reading grade 6: what each
// claim says, the safety advice, the questions to ask, the options, what matters, the leaning, the
// summary and the hand-back. Only those screens need it, so it loads with them (in the background),
// not before the welcome screen. Each claim's strength and sources are in
// ./evidence.ts under the same id.

export const enResults: ResultsContent = {
  claims: {
    headlineNeck: 'Dry needling may ease your neck pain for a short time.',
    headlineShoulder: 'Dry needling may ease your shoulder pain a little, for a short time.',
    headlineUpperBack: 'Dry needling may ease your upper back pain for a short time.',
    headlineLowBack: 'Dry needling may ease your low back pain for a short time.',
    headlineElbow: 'For tennis elbow, dry needling may ease pain for a short time.',
    headlineHeel: 'Dry needling may ease heel pain a little, for a short time.',
    headlineGeneral: 'Dry needling may ease your pain for a short time.',
    headlineInjury: 'No study shows that dry needling heals an injured joint, tendon or ligament.',
    headlineAvoidNeedles:
      'If you would rather not have needles: some studies found other physio care eased pain as well as needling. Others found it did a little less.',
    reliefNeck:
      'Neck pain: a review of 28 studies used a pain scale from 0 to 10. Compared with fake needling (a pretend treatment), pain was about 1.5 points lower right after. A short time later, it was about 2.3 points lower.',
    reliefShoulder:
      'Shoulder pain: one review found pain dropped a little for a short time, by about half a point on a 0 to 10 scale. Another review was much less sure.',
    reliefUpperBack:
      'Upper back pain: studies only looked at the muscle between your neck and shoulder. They found less pain for a short time.',
    reliefLowBack:
      'Low back pain: a review of 11 studies found needling helped more than other treatments for a short time. Pain and daily tasks both got better. It helped most when added to other care. A review of 16 studies could not say for sure.',
    reliefElbow:
      'Tennis elbow means pain on the outer side of the elbow. In 7 studies, pain and use of the arm got much better for a short time.',
    reliefHip:
      'Pain on the side of the hip: one small study had 43 people. Needling helped as much as a steroid injection after 6 weeks.',
    reliefKnee: 'Knee pain: a review of 10 studies found that pain around the kneecap eased for a short time.',
    reliefHeel:
      'Heel pain: in one study, 84 people had 6 weekly visits. Compared with fake needling (a pretend treatment), pain on the first steps of the day was about 14 points lower on a 0 to 100 scale. That is less than the smallest change people usually call important. Over those 6 weeks, about 250 more in 1,000 people felt better than with fake needling.',
    reliefHeadJaw:
      'Tension headache: needling was no better than other treatments. Jaw pain: it helped a little, but the studies were weak. It worked about the same as hands-on therapy.',
    reliefGeneral:
      'In many studies, needling eased pain for a short time. It did more than fake needling (a pretend treatment) or no treatment.',
    chronicLowBack:
      'Low back pain for more than 3 months: the World Health Organization says needling may be offered. It says the research on this is weak.',
    chronicNeck: 'Neck pain for more than 3 months: a review of 14 studies also found relief for a short time.',
    timing:
      'Relief can start right away. In one study, soreness hid the benefit at first, and it showed more clearly after 2 days.',
    lastingLimited: 'Lasting relief: studies found no clear benefit 6 to 12 months later.',
    triggerPointsDisputed:
      'Physios call a sore "knot" in a muscle a trigger point. Experts do not agree about them. Two physios who check the same muscle often find different sore spots.',
    injuryNoRepair: 'No study shows that needling a muscle repairs a joint, tendon or ligament.',
    tendonNeedling:
      'For a sore tendon, needling into the tendon plus strength exercise may help. The research is still early.',
    movementNeck: 'Moving your neck further: 28 studies, no help found.',
    movementMixed:
      'Moving more freely: results are mixed. For tight muscles at the back of the thigh, needling added nothing to stretching.',
    movementHip:
      'Moving your hip: results do not agree. One study found no change. Another, in young athletes, found a gain when needling was paired with massage.',
    sportAthletes:
      'Getting back to sport or work: there are few studies in athletes. So we cannot say how much needling helps with this.',
    painkillersKnee:
      'Painkillers: one small study looked at knee arthritis. The study followed people for 1 year. About 900 in 1,000 people who had needling cut down on pain medicine. With fake needling (a pretend treatment), it was about 260 in 1,000.',
    painkillersUnknown: 'Painkillers: we found no studies on this for your kind of pain.',
    noKnots: 'It does not break up knots in the muscle. It seems to work through the nerves instead.',
    noDetox: 'Some people say it flushes chemicals or toxins out of the muscle. Research has not shown this.',
    noStrength:
      'It is not a way to build strength. In tennis elbow studies, grip got a little stronger for a short time. No study shows it can replace strength exercise.',
    noCauseAlone:
      'It is not meant to be used alone. Its effect does not last long, so experts say to pair it with exercise and learning about your pain.',
    shamUnclear:
      'Fake needling is a pretend treatment made to seem like needling. Older reviews found real needling gave no clear extra benefit over it. A later review found a small one, but the results varied a lot.',
    harmsMinor:
      'Two large studies counted problems after needling. In the first, there was a minor problem after about 200 in 1,000 visits. In the second, it was about 370 in 1,000 visits. A bruise was most common, then some bleeding or pain.',
    harmsSerious: 'Serious problems were rare. Two large studies found them after fewer than 1 in 1,000 visits.',
    harmsSoreness:
      'Feeling sore after needling is very common. It most often goes away within 3 days. More needles, or more twitches in the muscle, can mean more soreness.',
    harmsHeelSoreness:
      'In the heel study, people felt sore after about 320 in 1,000 needling visits. After fake needling, it was fewer than 10 in 1,000 visits.',
    harmsLung:
      'Needling near the chest can, rarely, cause a collapsed lung. Nobody knows how often this happens. Since July 2024, insurance from the UK physio society does not cover needling around the rib cage.',
    sessions: 'No guideline sets the number of visits. Studies used 1 to 6 visits, often once a week.',
    optionExercise:
      'The World Health Organization advises exercise for low back pain that lasts over 3 months. In one low back study, adding needling to exercise helped more 3 months later.',
    optionOtherPhysio: 'For daily tasks, two reviews found it helped about as much as needling.',
    optionManual:
      'For neck pain, it helped a little less than needling for a short time. For jaw pain, the two worked about the same.',
    optionInjection:
      'Early studies found injections and needling worked about the same. For the neck, a numbing injection helped more 9 to 28 days later. For pain on the side of the hip, needling did as well as a steroid injection.',
    optionAcupuncture:
      'For low back pain, it helped less than needling right after. Later on, the two worked about the same.',
    optionWaiting: 'It lets you see if the pain eases by itself.',
    headlineHip: 'There is little research on dry needling for hip pain. It may help for a short time, or it may not.',
    headlineKnee:
      'There is little research on dry needling for knee pain. It may help for a short time, or it may not.',
    headlineHeadJaw:
      'There is little research on dry needling for headaches or jaw pain. It may help a little, or it may not.',
    headlineOtherFoot:
      'For ankle or foot pain that is not under the heel, we found no studies of dry needling. We do not know if it helps.',
    headlineOtherArm:
      'For elbow or arm pain that is not tennis elbow, we found no studies of dry needling. We do not know if it helps.',
    reliefElsewhere:
      'Studies of pain in other parts of the body found that needling can ease pain for a short time. Nobody has checked this for your kind of pain.',
    optionNeedling:
      'Pain: one review found needling a little better than other physio care, for a short time. A review of neck pain found no difference.',
    shortTime: 'Here, a short time means from right after needling up to about 12 weeks.',
    pairUnknown: 'What to pair it with: nobody has studied needling for this pain, so nobody knows.',
    harmsSummary:
      'Side effects: a minor problem, such as a bruise, came after about 200 in 1,000 visits in one large study. In another, it was 370 in 1,000.',
    needleFeel:
      'You may feel the muscle twitch. In one large study, pain while the needle was in came in about 30 in 1,000 visits.',
    optionExerciseKnee:
      'For knee pain, the research we used did not test exercise alone. In one knee arthritis study, adding needling to exercise did not help more after 1 year.',
    optionExerciseOther: 'For your kind of pain, the research we used did not test exercise.',
    naturalCourse:
      'Pain may settle by itself over time. The research we used has no numbers on how often this happens.',
  },
  guidance: {
    bloodThinners:
      'Blood thinners or easy bleeding: safety advice says no needling where your physio cannot press to stop bleeding. Your physio must know first.',
    pregnancy: 'Pregnancy: needling needs extra care, and is avoided in the first 3 months.',
    lymphoedema: 'Lymphoedema is swelling that lasts. Needles should not go into an arm or leg with it.',
    weakImmunity: 'Weak defence against germs: needling needs extra care.',
    diabetes: 'Diabetes: needling needs extra care.',
    vascular: 'Blood vessel problems: needling needs extra care, most of all near varicose veins.',
    epilepsy: 'Epilepsy or seizures: needling needs extra care.',
    skinProblem: 'Broken, red or infected skin: needling near it needs extra care. Your physio must know first.',
    metalAllergy: 'Metal allergy: the needles are metal. Your physio must know first.',
    implant:
      'Pacemaker or other device inside your body: tell your physio. It matters most if they plan to use electric current with the needles.',
    badReaction:
      'Bad reaction to needles or injections before: safety advice says no needling. Your physio must know first.',
    pastCancer:
      'Cancer in the past: your physio must know. Lists of warning signs include it, so your physio may want a doctor to check you first.',
    needleChoice: 'You never have to have needles. Needling needs your clear yes, and you can say stop at any time.',
    lungWarning:
      'After needling near the chest, get urgent help if you have chest pain, trouble breathing or a dry cough, or feel unwell. This can start 1 or 2 days later.',
  },
  physioQuestions: {
    sessions: 'How many visits do you suggest?',
    howKnowWorking: 'How will we know if it is working?',
    exercisePlan: 'What exercises should I do with it?',
    otherOptionsFirst: 'What can we do without needles?',
    nervousHelp: 'What will I feel, and can we stop if I want to?',
    safetyItems: 'Is needling safe with what I ticked?',
    chestArea: 'Will you put needles near my chest or lungs?',
    injuryHealing: 'What will help my injury heal?',
    newPain: 'My pain is new. Could it settle by itself?',
    soreness: 'What should I do if I feel sore after?',
  },
  optionCards: {
    dryNeedling: {
      name: 'Dry needling',
      what: 'A thin needle goes into a tight or sore muscle, often once a week.',
      downside:
        'Feeling sore for up to 3 days is common. A minor problem, such as a bruise: after about 200 to 370 in 1,000 visits. A serious problem: after fewer than 1 in 1,000 visits.',
      effort: 'Visits to the clinic. The research we used does not say how long a visit lasts.',
    },
    exercise: {
      name: 'Exercise and strength work',
      what: 'Exercises your physio shows you, done at home most days.',
      downside: 'It takes time and effort most days. The research we used did not count its side effects.',
      effort:
        'Time at home most days, and visits to learn the exercises. The research we used does not say how long a visit lasts.',
    },
    otherPhysio: {
      name: 'Other physio care',
      what: 'Advice, exercise and hands-on care from your physio, without needles.',
      downside: 'It takes visits and time. The research we used did not count its side effects.',
      effort: 'Visits to the clinic. The research we used does not say how long a visit lasts.',
    },
    manual: {
      name: 'Hands-on therapy',
      what: 'Your physio moves, presses or massages the sore area.',
      downside: 'It takes visits and time. The research we used did not count its side effects.',
      effort: 'Visits to the clinic. The research we used does not say how long a visit lasts.',
    },
    injection: {
      name: 'Injections',
      what: 'A doctor injects medicine, such as a numbing drug or a steroid.',
      downside: 'It uses a needle and a medicine. The research we used did not count its side effects.',
      effort: 'Visits to a doctor. The research we used does not say how long a visit lasts.',
    },
    acupuncture: {
      name: 'Acupuncture',
      what: 'Needles placed on points from Chinese medicine.',
      downside: 'It uses needles too. The research we used did not count its side effects.',
      effort: 'Visits to the clinic. The research we used does not say how long a visit lasts.',
    },
    waiting: {
      name: 'Waiting and self-care',
      what: 'Keep active, rest when you need to, and see how it goes.',
      downside: 'Pain may last longer. We have no numbers on how likely that is.',
      effort: 'No visits. You look after yourself at home.',
    },
  },
  sourceNames: {
    R1: 'Gattie 2017',
    R2: 'Kietrys 2013',
    R3: 'Review of reviews 2023',
    R4: 'Neck review 2020',
    R5: 'Liu 2015',
    R6: 'Neck review',
    R7: 'Shoulder review',
    R8: 'Shoulder review 2018',
    R9: 'Liu 2018',
    R10: 'Low back review',
    R11: 'Furlan 2005',
    R12: 'World Health Organization 2023',
    R13: 'Low back study',
    R14: 'Elbow review',
    R15: 'Elbow review 2024',
    R16: 'Hip study',
    R17: 'Huguenin',
    R18: 'Haser 2017',
    R19: 'Geist 2016',
    R20: 'Thigh muscle study',
    R21: 'Thigh muscle review 2024',
    R22: 'Boyles 2015',
    R23: 'Knee review',
    R24: 'Knee arthritis study',
    R25: 'Electric needling study',
    R26: 'Cotchett 2014',
    R27: 'Heel review',
    R28: 'Headache review',
    R29: 'Headache review (8 studies)',
    R30: 'Jaw review',
    R31: 'Jaw study 2023',
    R32: 'Brady 2014',
    R33: 'Boyce 2020',
    R34: 'Soreness review',
    R35: 'Soreness study',
    R36: 'Study of the first days',
    R37: 'Collapsed lung report',
    R38: 'Collapsed lung cases',
    R39: 'UK physio society insurance 2024',
    R40: 'South Africa health board',
    R41: 'Clinic safety list',
    R42: 'Needling safety guide',
    R43: 'Medscape',
    R44: 'Needling in pregnancy guide',
    R45: 'IFOMPT 2020',
    R46: 'Warning signs list 2006',
    R47: 'Cummings 2001',
    R48: 'Fake needling review (4 studies)',
    R49: 'Tough 2011',
    R50: 'How needling works, review 2013',
    R51: 'How needling works, review',
    R52: 'Dommerholt 2011',
    R53: 'Shah 2008',
    R54: 'Trigger point study 2013',
    R55: 'Tendon review',
    R56: 'Tendon and exercise review',
    R57: 'APTA',
    R58: 'Athletes review 2024',
    R60: 'Neck review 2023',
  },
  layers: {
    takeawayTitle: 'In short',
    labelHelp: 'How sure is the research?',
    labelHelpLead: 'Each statement has a label. It says how sure the research is about that statement.',
    noneKinds: {
      notStudied: 'No studies found',
      noBenefit: 'Studies found no help',
    },
    noneMeaning: {
      notStudied: 'We found no studies of this.',
      noBenefit: 'Studies looked at this and found no extra help.',
    },
    sourcesOpen: 'Sources',
    gridTitle: 'Your options side by side',
    gridLead: 'Dry needling is one option. Each option has the same rows, so you can compare them.',
    gridRows: {
      what: 'What it is, and what a visit is like',
      help: 'How much it may help, and for how long',
      downsides: 'Downsides',
      effort: 'Time and effort',
      sure: 'How sure the research is',
    },
    noFigure: 'The research we used gives no numbers for this.',
    iconArrays: {
      visits: (count, total) => `About ${number(count)} in ${number(total)} visits`,
      people: (count, total) => `About ${number(count)} in ${number(total)} people`,
      morePeople: (count, total) => `About ${number(count)} more in ${number(total)} people`,
    },
    iconCaptions: {
      firstStudy: 'First study',
      secondStudy: 'Second study',
      needling: 'Needling',
      sham: 'Fake needling',
      moreNeedling: 'More people who felt better with needling',
    },
    aboutPainTitle: 'About your pain',
    aboutPainBody: ['This guide is about pain in muscles, tendons and joints, such as neck, back or knee pain.'],
    readingScore: 3,
    readingLevel: (score) =>
      `Reading level: grade ${number(score)} on the Flesch-Kincaid scale, measured on all the English text of this guide.`,
    reviewDates: (published, nextReview) => `Written in ${published}. Next review by ${nextReview}.`,
    aboutBody: [
      'How we chose the research: we took two articles about dry needling written for patients. We checked each claim against published studies and reviews. We added what a guide like this needs, such as side effects and other options.',
      'Who checked it: the team that made this guide. Each statement shows how sure the research is and where it comes from.',
      'The clinic that gives you this guide may offer dry needling.',
      'No company paid for this. It was written for the clinic. Nobody who wrote it earns more if you choose needling.',
      'We review it at least every 2 years, and sooner if new research changes what it says.',
    ],
  },
  handBack: {
    finished: 'I am finished',
    title: 'Finished? Please hand the tablet back to the front desk',
    body: 'Thank you. The front desk will pass a summary of your answers to your physio.',
    clinicianTitle: 'See a clinician first',
    clinicianBody: 'This patient ticked a warning sign. They should speak to a clinician before any treatment.',
    staff: 'Staff',
  },
  values: {
    next: 'Next: what matters to you',
    title: 'What matters to you?',
    lead: 'Choose how much each of these matters to you. You can skip any of them. There are no right answers.',
    items: {
      quickRelief: 'Feeling less pain soon',
      lastingFix: 'A fix that lasts',
      avoidNeedles: 'Not having needles',
      timeEffort: 'How much time and effort it takes',
      sideEffects: 'Side effects, such as soreness',
    },
    weights: {
      aLot: 'Matters a lot',
      aLittle: 'Matters a little',
      notMuch: 'Does not matter much',
    },
  },
  leaning: {
    title: 'Which way are you leaning?',
    lead: 'This is just for you and your physio. "Not sure yet" is fine. You can change your mind at any time.',
    options: {
      needling: 'Dry needling as part of my care',
      otherFirst: 'Other options first',
      notSure: 'Not sure yet',
    },
    sureTitle: 'Are you ready to choose?',
    sureLead: 'Answer yes or no. A no is fine. It shows what to ask your physio.',
    sure: {
      sure: 'Do you feel sure about the best choice for you?',
      informed: 'Do you know the good and bad points of each option?',
      valuesClear: 'Are you clear about what matters most to you?',
      support: 'Do you have enough help and advice to choose?',
    },
    answers: {
      yes: 'Yes',
      no: 'No',
    },
    nextStepsTitle: 'What to ask your physio next',
    nextSteps: {
      sure: 'Tell your physio you are not sure yet. Ask what would help you choose.',
      informed: 'Ask your physio to go over the good and bad points of each option with you.',
      valuesClear: 'Tell your physio what matters to you. Ask how each option fits with it.',
      support: 'Ask your physio for more time or help. You can bring someone you trust.',
    },
  },
  decisionSummary: {
    title: 'Your summary',
    lead: 'Here is what you told us. Show it to your physio, print it, or take it home on your phone.',
    valuesTitle: 'What matters to the patient',
    noValues: 'Nothing marked.',
    leaningTitle: 'Which way the patient is leaning',
    notChosen: 'Not chosen',
    sureTitle: 'Ready to choose?',
    notAnswered: 'Not answered',
    clinicTitle: 'About this clinic',
    clinicOffers: 'This clinic offers dry needling. It is paid when you have it.',
  },
  clinicInterest: {
    offersLabel: 'This clinic offers dry needling',
    statementLabel: "The clinic's own words about its interest",
    statementHint: 'Shown on each summary. For example: Our physios are paid per visit, not per treatment.',
  },
  summary: {
    title: 'Summary for the physio',
    made: (date) => `Made on ${date}.`,
    noName: 'No name was asked.',
    warningTitle: 'Warning sign',
    warning: 'See a clinician before any treatment.',
    answersTitle: 'Answers',
    notAnswered: 'Not answered',
    safetyTitle: 'Safety notes',
    noSafety: 'None ticked.',
    expectationTitle: 'What the patient was told to expect',
    questionsTitle: 'Questions the patient may ask',
  },
};
