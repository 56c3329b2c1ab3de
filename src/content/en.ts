import type { Content } from './schema';

// Plain English, aimed at reading grade 6: short sentences, everyday words, one idea each.
// Each claim's strength and sources are in ./evidence.ts under the same id.

export const en: Content = {
  lang: 'en',
  appTitle: 'Could dry needling help me?',
  common: {
    start: 'Start',
    continue: 'Continue',
    back: 'Back',
    change: 'Change',
    startAgain: 'Start again',
    seeResults: 'See what to expect',
    progress: (current, total) => `Question ${current} of ${total}`,
    errorPrefix: 'Error:',
    evidence: 'Research',
    labels: {
      strong: 'Strong',
      moderate: 'Moderate',
      limited: 'Limited',
      none: 'None',
    },
    labelMeaning: {
      strong: 'Many large studies agree. No claim about dry needling is this strong.',
      moderate: 'Several studies point the same way, but we cannot be fully sure.',
      limited: 'Few or small studies, or the results do not agree.',
      none: 'No studies found this, or studies found no extra benefit.',
    },
    sources: 'Sources',
    guidanceSource: 'From safety advice for physios',
    none: 'None of these',
  },
  welcome: {
    title: 'Could dry needling help me?',
    lead: 'Dry needling is a treatment some physios use. A thin needle goes into a tight or sore muscle. The needle has no medicine in it.',
    points: [
      'Answer a few short questions about your pain.',
      'See what dry needling can and cannot do for you, and how sure the research is.',
      'It takes about 3 minutes.',
      'Then talk it over with your physio. You decide together.',
    ],
    privacy: 'We do not ask your name. Your answers stay on this device and are cleared when you start again.',
  },
  questions: {
    redFlags: {
      title: 'Do you have any of these?',
      hint: 'Tick all that are true for you now. These signs need a doctor first.',
      error: 'Tick the signs you have, or tick "None of these".',
      options: {
        fever: 'Fever, or feeling unwell all over',
        weightLoss: 'Weight loss you cannot explain',
        cancer: 'Cancer now or in the past',
        bladderBowel: 'New problems holding or passing pee or poo',
        saddleNumbness: 'Numbness between your legs or around your bottom',
        weakness: 'New or spreading weakness or numbness in an arm or leg',
        fallAccident: 'Pain that started after a bad fall or accident',
        restPain: 'Pain that rest never eases, even at night',
        chestBreathing: 'Chest pain or trouble breathing',
        none: 'None of these',
      },
      reviewLabel: 'Warning signs',
    },
    safety: {
      title: 'Does your physio need to know any of these?',
      hint: 'Tick all that are true. Some of these mean needling is not safe, or needs extra care.',
      error: 'Tick what is true for you, or tick "None of these".',
      options: {
        bloodThinners: 'I take blood thinners, or I bleed or bruise easily',
        pregnancy: 'I am pregnant',
        lymphoedema: 'I have swelling called lymphoedema in an arm or leg',
        weakImmunity: 'My body fights germs less well',
        diabetes: 'I have diabetes',
        vascular: 'I have a problem with my blood vessels',
        epilepsy: 'I have epilepsy or seizures',
        skinProblem: 'The skin where it hurts is broken, red, or infected',
        metalAllergy: 'I am allergic to metal, such as nickel',
        implant: 'I have a pacemaker or another device inside my body',
        badReaction: 'I had a bad reaction to needles or injections before',
        none: 'None of these',
      },
      optionHints: {
        weakImmunity: 'For example: cancer treatment, HIV, hepatitis, or a heart valve problem or new valve.',
        vascular: 'For example: varicose veins or poor blood flow.',
      },
      reviewLabel: 'Tell your physio',
    },
    place: {
      title: 'Where is your pain?',
      hint: 'Choose the place that bothers you most.',
      error: 'Choose where your pain is, or choose "I am not sure".',
      options: {
        neck: 'Neck',
        shoulder: 'Shoulder',
        upperBack: 'Upper back',
        lowBack: 'Lower back',
        elbowArm: 'Elbow or arm',
        hip: 'Hip',
        knee: 'Knee',
        ankleFoot: 'Ankle or foot, including the heel',
        headJaw: 'Head or jaw',
        several: 'Several places',
        notSure: 'I am not sure',
      },
      reviewLabel: 'Where it hurts',
    },
    duration: {
      title: 'How long have you had this pain?',
      hint: 'Count from when it started.',
      error: 'Choose how long you have had this pain.',
      options: {
        under6Weeks: 'Less than 6 weeks',
        sixWeeksTo3Months: '6 weeks to 3 months',
        over3Months: 'More than 3 months',
      },
      reviewLabel: 'How long',
    },
    kind: {
      title: 'What kind of pain is it?',
      hint: 'Choose the one that fits best.',
      error: 'Choose what kind of pain it is, or choose "I am not sure".',
      options: {
        muscle: 'A tight, tender muscle, or a "knot"',
        injury: 'Pain after an injury to a joint, tendon or ligament',
        notSure: 'I am not sure',
      },
      optionHints: {
        injury: 'For example: a sprained ankle or a sore tendon.',
      },
      reviewLabel: 'Kind of pain',
    },
    goals: {
      title: 'What matters most to you?',
      hint: 'Tick all that matter.',
      error: 'Tick at least one thing that matters to you.',
      options: {
        quickRelief: 'Quick relief from pain',
        lastingFix: 'A fix that lasts',
        moveFreely: 'Moving more freely',
        sportWork: 'Getting back to sport or work',
        fewerPainkillers: 'Taking fewer painkillers',
      },
      reviewLabel: 'What matters',
    },
    needles: {
      title: 'How do you feel about needles?',
      hint: 'Any answer is fine. It helps your physio plan with you.',
      error: 'Choose how you feel about needles.',
      options: {
        fine: 'I am fine with needles',
        nervous: 'I am a bit nervous',
        avoid: 'I would rather not have needles',
      },
      reviewLabel: 'Needles',
    },
    exercise: {
      title: 'How do you feel about rehab exercises?',
      hint: 'These are exercises your physio gives you to do at home.',
      error: 'Choose how you feel about rehab exercises.',
      options: {
        already: 'I already do them',
        willing: 'I am willing to do them',
        notKeen: 'I am not keen',
      },
      reviewLabel: 'Exercises',
    },
  },
  stop: {
    title: 'Please see a doctor first',
    body: [
      'You ticked a sign that a doctor should check before any treatment.',
      'It may be nothing serious. But it is safest to check first.',
      'Please tell the front desk, or see your doctor. Do not have dry needling until a doctor has checked you.',
    ],
    urgentTitle: 'Chest pain or trouble breathing?',
    urgent: 'Get urgent help now. Tell the front desk or call emergency services.',
    backToAnswers: 'Back to the list',
  },
  review: {
    title: 'Check your answers',
    lead: 'You can change any answer before you see what to expect.',
  },
  results: {
    title: 'What to expect',
    decision:
      'The choice: should dry needling be part of my care? This page does not choose for you. Talk it over with your physio.',
    yourAnswers: 'Your answers',
    mayDo: 'What dry needling may do for you',
    willNotDo: 'What it will not do',
    feelsLike: 'What it feels like, and side effects',
    iconArrayLabel: (count, total) => `About ${count} in ${total} visits`,
    safetyTitle: 'Tell your physio before any needling',
    safetyLead: 'You ticked these. Your physio needs to know about them first.',
    optionsTitle: 'Your options',
    optionsLead: 'Dry needling is one option. Here are the others, with the good and the bad of each.',
    benefitHeading: 'What it may do',
    downsideHeading: 'Downsides',
    questionsTitle: 'Questions to ask your physio',
    questionsLead: 'You could ask:',
    decideTitle: 'You decide',
    decide:
      'There is no right answer for everyone. Think about what matters most to you. Then decide with your physio. You can say no, or stop at any time.',
    aboutTitle: 'About this information',
    aboutBody: [
      'We checked two articles about dry needling against the published research.',
      'Each statement shows how strong the research is and where it comes from.',
      'No company paid for this. It was written for the clinic. Nobody who wrote it earns more if you choose needling.',
      'We review it at least every 2 years, and sooner if new research changes what it says.',
    ],
    published: 'Published',
    nextReview: 'Next review',
    labelsTitle: 'What the research labels mean',
    referencesTitle: 'References',
  },
  claims: {
    headlineNeck:
      'Dry needling may ease your neck pain for a short time. It works best with other care, like exercise.',
    headlineShoulder: 'Dry needling may ease your shoulder pain a little, for a short time.',
    headlineUpperBack:
      'Dry needling may ease upper back pain for a short time. It works best with other care, like exercise.',
    headlineLowBack: 'Dry needling may ease low back pain for a short time, most when added to other care.',
    headlineElbow: 'Dry needling may ease elbow pain for a short time.',
    headlineHeel: 'Dry needling may ease heel pain a little, for a short time.',
    headlineLimited:
      'There is not much research on dry needling for your pain. It may help for a short time, or it may not.',
    headlineGeneral: 'Dry needling may ease pain for a short time. It works best with other care, like exercise.',
    headlineInjury: 'Dry needling may ease pain for a while. It does not heal an injured joint, tendon or ligament.',
    headlineAvoidNeedles: 'You do not need needles to get good care. Other physio care eases pain about as well.',
    reliefNeck:
      'Neck pain: in 28 studies, pain on a 0 to 10 scale was about 1.5 points lower right after needling, and about 2 points lower in the weeks after, than with fake needling.',
    reliefShoulder:
      'Shoulder pain: studies found a small drop in pain, about half a point on a 0 to 10 scale, for a short time.',
    reliefUpperBack:
      'Upper back pain: studies of the muscle between neck and shoulder found less pain for a short time.',
    reliefLowBack:
      'Low back pain: in 11 studies, pain and daily tasks got better for a short time, most when needling was added to other care.',
    reliefElbow: 'Elbow pain (tennis elbow): in 7 studies, pain and daily use got clearly better for a short time.',
    reliefHip:
      'Side of hip pain: one small study of 43 people found needling worked as well as a steroid injection at 6 weeks.',
    reliefKnee: 'Knee pain: pain around the kneecap eased for a short time in 10 studies. The studies were small.',
    reliefHeel:
      'Heel pain: after 6 weekly visits, pain on the first steps of the day was a little lower than with fake needling. About 1 in 4 people felt better who would not have with fake needling.',
    reliefOtherFoot: 'Other foot or ankle pain: we found no studies. Nobody knows yet if needling helps.',
    reliefHeadJaw: 'Headache and jaw pain: studies are few and small. Needling was no better than other treatments.',
    reliefGeneral:
      'Across many studies, needling eased pain for a short time more than fake or no treatment. It worked about as well as other treatments.',
    chronicLowBack:
      'For low back pain that lasts more than 3 months, the World Health Organization says needling may be offered. It is not sure how much it helps.',
    chronicNeck: 'For neck pain that lasts a long time, a review of 14 studies also found short-term relief.',
    timing:
      'Relief can start right away. Some people feel sore for a day or two first, so the benefit may show after 2 days. Studies found benefits for up to about 12 weeks.',
    lastingLimited: 'A lasting fix: studies found no clear benefit after 6 to 12 months.',
    lastingLowBackExercise:
      'In one study, one needling visit plus 4 weeks of exercise helped low back pain more than fake needling at 3 months.',
    lastingKneeArthritis: 'For knee arthritis, adding needling to exercise made no difference after 1 year.',
    withOtherCare: 'Needling works best as part of a plan with exercise and advice, not on its own.',
    muscleKnots: 'Needling seems to work by calming the nerves in a sore muscle. This can ease tightness for a while.',
    triggerPointsDisputed: 'Experts do not agree on "knots". Two physios often do not find the same sore spots.',
    injuryNoRepair: 'Needling a muscle does not repair a joint, tendon or ligament. No study shows that it does.',
    tendonNeedling:
      'For a sore tendon, needling into the tendon plus strength exercise may help. The research is early.',
    movementNeck: 'Moving your neck: 28 studies found needling did not help the neck turn further.',
    movementMixed: 'Moving more freely: results are mixed. For tight hamstrings, needling added nothing to stretching.',
    movementHip: 'Moving your hip: results disagree. One study found no change, another found a gain with massage.',
    sportAthletes:
      'Sport and work: needling is meant to help you get back to active rehab, not replace it. Studies in athletes are few.',
    painkillersKnee:
      'Painkillers: in one small study of knee arthritis, about 90 in 100 people who had needling cut down on pain medicine, and about 26 in 100 who had fake needling.',
    painkillersUnknown: 'Painkillers: we found no studies on this for your pain.',
    noKnots: 'It does not break up knots or scar tissue. It works through the nerves, not by cutting the muscle.',
    noDetox: 'Some people say it flushes toxins out of the muscle. Research has not shown this.',
    noStrength:
      'It does not build strength. Grip got a little stronger for a short time in tennis elbow studies. It cannot replace strength exercise.',
    noCauseAlone: 'On its own, it does not fix the cause. Needling plus other care works better than needling alone.',
    shamUnclear: 'Compared with fake needling, the extra benefit is not clear. Studies disagree.',
    harmsMinor:
      'In about 20 in 100 visits, something minor happens, such as a bruise, a little bleeding, or pain. In one study it was about 37 in 100.',
    harmsSerious: 'Serious problems happen in fewer than 1 in 1,000 visits.',
    harmsSoreness: 'Feeling sore after needling is very common. It usually goes away within 3 days.',
    harmsHeelSoreness:
      'In the heel study, soreness came after about 32 in 100 needling visits, and after fewer than 1 in 100 fake needling visits.',
    harmsLung: 'Needling near the chest can, very rarely, hurt a lung. Nobody knows how often.',
    sessions: 'There is no set number of visits. Studies used 1 to 6 visits, often once a week.',
    optionExercise:
      'The World Health Organization advises exercise for long-lasting low back pain. Adding needling helped in one low back study, but not in knee arthritis.',
    optionOtherPhysio:
      'Other physio care eases pain about as well as needling. Needling does not help daily tasks more.',
    optionManual: 'Eased neck pain a little less than needling in the short term. For jaw pain, both worked the same.',
    optionInjection:
      'Early studies found injections and needling worked about the same. For the neck, an injection helped more after 9 to 28 days. For the side of the hip, needling did as well as a steroid injection.',
    optionAcupuncture: 'For low back pain, needling helped more right after, and the same later on.',
    optionWaiting: 'Some pain eases with time. We have no numbers on how likely this is for you.',
  },
  guidance: {
    bloodThinners: 'Blood thinners or easy bleeding: needling may not be safe. Your physio must know first.',
    pregnancy: 'Pregnancy: needling needs extra care, and is avoided in the first 3 months.',
    lymphoedema: 'Lymphoedema: needles should not go into a swollen arm or leg.',
    weakImmunity: 'Weak defence against germs: needling needs extra care to avoid infection.',
    diabetes: 'Diabetes: needling needs extra care, because skin may heal more slowly.',
    vascular: 'Blood vessel problems: needling needs extra care, and not over varicose veins.',
    epilepsy: 'Epilepsy: needling needs extra care.',
    skinProblem: 'Broken, red or infected skin: no needles go into that area.',
    metalAllergy: 'Metal allergy: the needles are metal. Your physio must know first.',
    implant:
      'Pacemaker or implanted device: tell your physio, most of all if they plan to use electric current with the needles.',
    badReaction: 'Bad reaction to needles before: needling may not be safe for you. Your physio must know first.',
    needleChoice: 'You never have to have needles. Needling needs your clear yes, and you can say stop at any time.',
    lungWarning:
      'After needling near the chest, get urgent help if you have chest pain, short breath, a dry cough or feel unwell. This can start 1 or 2 days later.',
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
        'Soreness for up to 3 days is common. Minor problems in about 20 in 100 visits. Serious problems are rare.',
    },
    exercise: {
      name: 'Exercise and strength work',
      what: 'Exercises your physio shows you, done at home most days.',
      downside: 'It takes time and effort most days. The research we used did not count its side effects.',
    },
    otherPhysio: {
      name: 'Other physio care',
      what: 'Advice, exercise and hands-on care from your physio, without needles.',
      downside: 'It takes visits and time. The research we used did not count its side effects.',
    },
    manual: {
      name: 'Hands-on therapy',
      what: 'Your physio moves, presses or massages the sore area.',
      downside: 'It takes visits and time. The research we used did not count its side effects.',
    },
    injection: {
      name: 'Injections',
      what: 'A doctor injects medicine, such as a numbing drug or a steroid.',
      downside: 'It uses a needle and a medicine. The research we used did not count its side effects.',
    },
    acupuncture: {
      name: 'Acupuncture',
      what: 'Needles placed on points from Chinese medicine.',
      downside: 'It uses needles too. The research we used did not count its side effects.',
    },
    waiting: {
      name: 'Waiting and self-care',
      what: 'Keep active, rest when you need to, and see how it goes.',
      downside: 'Pain may last longer. We have no numbers on how likely that is.',
    },
  },
  crash: {
    title: 'Sorry, something went wrong',
    body: 'Your answers are safe to lose: nothing was sent anywhere. Please start again, or ask the front desk for help.',
  },
};
