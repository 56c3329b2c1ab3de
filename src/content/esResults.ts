import type { ResultsContent } from './schema';

const number = (n: number) => new Intl.NumberFormat('es').format(n);

// The text of the screens after the questions, in plain Latin American Spanish at reading grade 6:
// what each claim says, the safety advice, the questions to ask, the options, what matters, the
// leaning, the summary and the hand-back. Only those screens need it, so it loads with them (in the
// background), not before the welcome screen. Each claim's strength and sources are in
// ./evidence.ts under the same id. Numbers are written as Intl.NumberFormat('es') writes them:
// "1,5" and "1000".

export const esResults: ResultsContent = {
  claims: {
    headlineNeck: 'La punción seca podría aliviar su dolor de cuello por poco tiempo.',
    headlineShoulder: 'La punción seca podría aliviar un poco su dolor de hombro, por poco tiempo.',
    headlineUpperBack: 'La punción seca podría aliviar su dolor en la parte alta de la espalda por poco tiempo.',
    headlineLowBack: 'La punción seca podría aliviar su dolor en la parte baja de la espalda por poco tiempo.',
    headlineElbow: 'En el codo de tenista, la punción seca podría aliviar el dolor por poco tiempo.',
    headlineHeel: 'La punción seca podría aliviar un poco el dolor de talón, por poco tiempo.',
    headlineGeneral: 'La punción seca podría aliviar su dolor por poco tiempo.',
    headlineInjury:
      'Ningún estudio muestra que la punción seca sane una lesión de una articulación, de un tendón o de un ligamento.',
    headlineAvoidNeedles:
      'Si prefiere que no le pongan agujas: algunos estudios vieron que otro tipo de fisioterapia alivió el dolor igual que la punción. Otros vieron que alivió un poco menos.',
    reliefNeck:
      'Dolor de cuello: una revisión de 28 estudios usó una escala de dolor del 0 al 10. Comparado con una punción falsa (un tratamiento simulado), el dolor quedó unos 1,5 puntos más bajo justo después. Poco tiempo después, quedó unos 2,3 puntos más bajo.',
    reliefShoulder:
      'Dolor de hombro: una revisión vio que el dolor bajó un poco, por poco tiempo. Bajó cerca de medio punto en una escala del 0 al 10. Otra revisión estuvo mucho menos segura.',
    reliefUpperBack:
      'Dolor en la parte alta de la espalda: los estudios solo miraron el músculo entre el cuello y el hombro. Vieron menos dolor por poco tiempo.',
    reliefLowBack:
      'Dolor en la parte baja de la espalda: una revisión de 11 estudios vio que la punción ayudó más que otros tratamientos por poco tiempo. Mejoraron tanto el dolor como las tareas diarias. Ayudó más cuando se sumó a otros tratamientos. Una revisión de 16 estudios no pudo decirlo con seguridad.',
    reliefElbow:
      'El codo de tenista es dolor en la parte de afuera del codo. En 7 estudios, el dolor y el uso del brazo mejoraron mucho por poco tiempo.',
    reliefHip:
      'Dolor en el costado de la cadera: un estudio pequeño tuvo 43 personas. La punción ayudó tanto como una inyección de esteroides después de 6 semanas.',
    reliefKnee:
      'Dolor de rodilla: una revisión de 10 estudios vio que el dolor alrededor de la rótula se alivió por poco tiempo.',
    reliefHeel:
      'Dolor de talón: en un estudio, 84 personas tuvieron 6 sesiones, una por semana. Comparado con una punción falsa (un tratamiento simulado), el dolor al dar los primeros pasos del día quedó unos 14 puntos más bajo en una escala del 0 al 100. Eso es menos que el cambio más pequeño que la gente suele ver como importante. En esas 6 semanas, unas 250 personas más de cada 1000 se sintieron mejor que con la punción falsa.',
    reliefHeadJaw:
      'Dolor de cabeza por tensión: la punción no fue mejor que otros tratamientos. Dolor de mandíbula: ayudó un poco, pero los estudios eran débiles. Funcionó más o menos igual que la terapia con las manos.',
    reliefGeneral:
      'En muchos estudios, la punción alivió el dolor por poco tiempo. Hizo más que una punción falsa (un tratamiento simulado) o que no tener ningún tratamiento.',
    chronicLowBack:
      'Dolor en la parte baja de la espalda por más de 3 meses: la Organización Mundial de la Salud dice que se puede ofrecer la punción. Dice que los estudios sobre esto son débiles.',
    chronicNeck: 'Dolor de cuello por más de 3 meses: una revisión de 14 estudios también vio alivio por poco tiempo.',
    timing:
      'El alivio puede empezar enseguida. En un estudio, al principio el dolor después de la punción tapó el beneficio, y este se vio más claro después de 2 días.',
    lastingLimited: 'Alivio que dure: los estudios no vieron un beneficio claro de 6 a 12 meses después.',
    triggerPointsDisputed:
      'Los fisioterapeutas llaman "punto gatillo" a un "nudo" que duele en un músculo. Los expertos no se ponen de acuerdo sobre ellos. Dos fisioterapeutas que revisan el mismo músculo a menudo encuentran puntos que duelen en lugares distintos.',
    injuryNoRepair:
      'Ningún estudio muestra que la punción en un músculo repare el daño de una articulación, de un tendón o de un ligamento.',
    tendonNeedling:
      'Para un tendón que duele, podría ayudar la punción dentro del tendón junto con ejercicios de fuerza. Los estudios sobre esto apenas están empezando.',
    movementNeck: 'Mover más el cuello: 28 estudios, no se vio ninguna ayuda.',
    movementMixed:
      'Moverse con más libertad: los resultados son variados. Para los músculos tensos de la parte de atrás del muslo, la punción no sumó nada a los estiramientos.',
    movementHip:
      'Mover la cadera: los resultados no coinciden. Un estudio no vio ningún cambio. Otro, en atletas jóvenes, vio una mejora cuando la punción se combinó con masajes.',
    sportAthletes:
      'Volver al deporte o al trabajo: hay pocos estudios en atletas. Por eso no podemos decir cuánto ayuda la punción en esto.',
    painkillersKnee:
      'Medicinas para el dolor: un estudio pequeño vio a personas con artrosis de rodilla. El estudio siguió a las personas por 1 año. Unas 900 de cada 1000 personas que tuvieron la punción tomaron menos medicinas para el dolor. Con la punción falsa (un tratamiento simulado), fueron unas 260 de cada 1000.',
    painkillersUnknown: 'Medicinas para el dolor: no encontramos estudios sobre esto en su tipo de dolor.',
    noKnots: 'No deshace los nudos del músculo. Parece que funciona más bien a través de los nervios.',
    noDetox:
      'Algunas personas dicen que saca sustancias químicas o toxinas del músculo. Los estudios no lo han demostrado.',
    noStrength:
      'No es una forma de ganar fuerza. En estudios del codo de tenista, la mano apretó con un poco más de fuerza, por poco tiempo. Ningún estudio muestra que pueda reemplazar los ejercicios de fuerza.',
    noCauseAlone:
      'No está pensada para usarse sola. Su efecto no dura mucho. Por eso los expertos dicen que se combine con ejercicio y con aprender sobre su dolor.',
    shamUnclear:
      'La punción falsa es un tratamiento simulado que se hace para que parezca una punción. Las revisiones más antiguas no vieron que la punción real diera un beneficio extra claro frente a la falsa. Una revisión más reciente vio un beneficio pequeño, pero los resultados variaron mucho.',
    harmsMinor:
      'Dos estudios grandes contaron los problemas después de la punción. En el primero, hubo un problema leve después de unas 200 de cada 1000 sesiones. En el segundo, fueron unas 370 de cada 1000 sesiones. Lo más común fue un moretón, y luego algo de sangrado o dolor.',
    harmsSerious:
      'Los problemas graves fueron raros. Dos estudios grandes los vieron en menos de 1 de cada 1000 sesiones.',
    harmsSoreness:
      'Es muy común sentir dolor después de la punción. La mayoría de las veces se quita antes de 3 días. Más agujas, o más sacudidas del músculo, pueden significar más dolor.',
    harmsHeelSoreness:
      'En el estudio del talón, las personas sintieron dolor después de unas 320 de cada 1000 sesiones de punción. Después de la punción falsa, fueron menos de 10 de cada 1000 sesiones.',
    harmsLung:
      'La punción cerca del pecho puede, rara vez, hacer que un pulmón se colapse (se desinfle). Nadie sabe con qué frecuencia pasa esto. Desde julio de 2024, el seguro de la sociedad de fisioterapeutas del Reino Unido no cubre la punción alrededor de las costillas.',
    sessions:
      'Ninguna guía médica fija cuántas sesiones hacer. Los estudios usaron de 1 a 6 sesiones, a menudo una por semana.',
    optionExercise:
      'La Organización Mundial de la Salud aconseja el ejercicio para el dolor en la parte baja de la espalda que dura más de 3 meses. En un estudio de la espalda baja, sumar la punción al ejercicio ayudó más 3 meses después.',
    optionOtherPhysio: 'Para las tareas diarias, dos revisiones vieron que ayudó más o menos lo mismo que la punción.',
    optionManual:
      'Para el dolor de cuello, ayudó un poco menos que la punción por poco tiempo. Para el dolor de mandíbula, las dos funcionaron más o menos igual.',
    optionInjection:
      'Los primeros estudios vieron que las inyecciones y la punción funcionaron más o menos igual. Para el cuello, una inyección que adormece ayudó más de 9 a 28 días después. Para el dolor en el costado de la cadera, la punción funcionó tan bien como una inyección de esteroides.',
    optionAcupuncture:
      'Para el dolor en la parte baja de la espalda, ayudó menos que la punción justo después. Más adelante, las dos funcionaron más o menos igual.',
    optionWaiting: 'Le deja ver si el dolor se calma solo.',
    headlineHip:
      'Hay pocos estudios sobre la punción seca para el dolor de cadera. Podría ayudar por poco tiempo, o podría no ayudar.',
    headlineKnee:
      'Hay pocos estudios sobre la punción seca para el dolor de rodilla. Podría ayudar por poco tiempo, o podría no ayudar.',
    headlineHeadJaw:
      'Hay pocos estudios sobre la punción seca para el dolor de cabeza o de mandíbula. Podría ayudar un poco, o podría no ayudar.',
    headlineOtherFoot:
      'Para el dolor de tobillo o de pie que no está debajo del talón, no encontramos estudios de punción seca. No sabemos si ayuda.',
    headlineOtherArm:
      'Para el dolor de codo o de brazo que no es codo de tenista, no encontramos estudios de punción seca. No sabemos si ayuda.',
    reliefElsewhere:
      'Los estudios del dolor en otras partes del cuerpo vieron que la punción puede aliviar el dolor por poco tiempo. Nadie lo ha revisado para su tipo de dolor.',
    optionNeedling:
      'Dolor: una revisión vio que la punción fue un poco mejor que otro tipo de fisioterapia, por poco tiempo. Una revisión del dolor de cuello no vio ninguna diferencia.',
    shortTime: 'Aquí, poco tiempo quiere decir desde justo después de la punción hasta unas 12 semanas.',
    pairUnknown: 'Con qué combinarla: nadie ha estudiado la punción para este dolor, así que nadie lo sabe.',
    harmsSummary:
      'Efectos secundarios: en un estudio grande, hubo un problema leve, como un moretón, en unas 200 de cada 1000 sesiones. En otro, en 370 de cada 1000.',
    needleFeel:
      'Puede sentir que el músculo da un salto. En un estudio grande, hubo dolor con la aguja puesta en unas 30 de cada 1000 sesiones.',
    optionExerciseKnee:
      'Para el dolor de rodilla, los estudios que usamos no probaron solo el ejercicio. En un estudio de artrosis de rodilla, sumar la punción al ejercicio no ayudó más después de 1 año.',
    optionExerciseOther: 'Para su tipo de dolor, los estudios que usamos no probaron el ejercicio.',
    naturalCourse:
      'El dolor podría calmarse solo con el tiempo. Los estudios que usamos no tienen números sobre qué tan seguido pasa esto.',
  },
  guidance: {
    bloodThinners:
      'Medicinas que hacen que la sangre sea más líquida, o sangrar con facilidad: su fisioterapeuta debe saberlo antes. Los consejos de seguridad dicen que no se haga la punción donde no se pueda apretar para parar la sangre.',
    pregnancy: 'Embarazo: hay que tener más cuidado con la punción, y se evita en los primeros 3 meses.',
    lymphoedema:
      'El linfedema es una hinchazón que no se va. Las agujas no deben ponerse en un brazo o una pierna con linfedema.',
    weakImmunity: 'Pocas defensas contra los microbios: hay que tener más cuidado con la punción.',
    diabetes: 'Diabetes: hay que tener más cuidado con la punción.',
    vascular:
      'Problemas en los vasos sanguíneos: hay que tener más cuidado con la punción, sobre todo cerca de las várices.',
    epilepsy: 'Epilepsia o convulsiones: hay que tener más cuidado con la punción.',
    skinProblem:
      'Piel con heridas, roja o infectada: hay que tener más cuidado al hacer la punción cerca de ella. Su fisioterapeuta debe saberlo antes.',
    metalAllergy: 'Alergia a los metales: las agujas son de metal. Su fisioterapeuta debe saberlo antes.',
    implant:
      'Marcapasos u otro aparato en el cuerpo: dígaselo a su fisioterapeuta. Más que nada si le va a pasar corriente eléctrica por las agujas.',
    badReaction:
      'Una mala reacción a agujas o a inyecciones en el pasado: su fisioterapeuta debe saberlo antes. Los consejos de seguridad dicen que no se le haga la punción.',
    pastCancer:
      'Cáncer en el pasado: su fisioterapeuta debe saberlo. Está en las listas de señales de alarma. Por eso su fisioterapeuta tal vez quiera que un médico le haga una revisión antes.',
    needleChoice:
      'Nunca tiene que aceptar agujas. La punción necesita su "sí" claro, y puede pedir que paren en cualquier momento.',
    lungWarning:
      'Después de una punción cerca del pecho, busque ayuda urgente si tiene dolor en el pecho, dificultad para respirar o tos seca, o si se siente mal. Esto puede empezar 1 o 2 días después.',
  },
  physioQuestions: {
    sessions: '¿Cuántas sesiones me sugiere?',
    howKnowWorking: '¿Cómo vamos a saber si está funcionando?',
    exercisePlan: '¿Qué ejercicios debo hacer junto con la punción?',
    otherOptionsFirst: '¿Qué podemos hacer sin agujas?',
    nervousHelp: '¿Qué voy a sentir, y podemos parar si quiero?',
    safetyItems: '¿Es segura la punción con lo que marqué?',
    chestArea: '¿Va a poner agujas cerca de mi pecho o de mis pulmones?',
    injuryHealing: '¿Qué ayudará a que mi lesión sane?',
    newPain: 'Mi dolor es nuevo. ¿Podría calmarse solo?',
    soreness: '¿Qué hago si siento dolor después?',
  },
  optionCards: {
    dryNeedling: {
      name: 'Punción seca',
      what: 'Una aguja fina entra en un músculo tenso o que duele, a menudo una vez por semana.',
      downside:
        'Es común sentir dolor hasta por 3 días. Un problema leve, como un moretón: después de unas 200 a 370 de cada 1000 sesiones. Un problema grave: después de menos de 1 de cada 1000 sesiones.',
      effort: 'Sesiones en la clínica. Los estudios que usamos no dicen cuánto dura una sesión.',
    },
    exercise: {
      name: 'Ejercicio y trabajo de fuerza',
      what: 'Ejercicios que le enseña su fisioterapeuta. Usted los hace en casa casi todos los días.',
      downside:
        'Toma tiempo y esfuerzo casi todos los días. En los estudios que usamos no se contaron sus efectos secundarios.',
      effort:
        'Tiempo en casa casi todos los días, y sesiones para aprender los ejercicios. Los estudios que usamos no dicen cuánto dura una sesión.',
    },
    otherPhysio: {
      name: 'Otro tipo de fisioterapia',
      what: 'Consejos, ejercicio y tratamiento con las manos de su fisioterapeuta, sin agujas.',
      downside: 'Toma sesiones y tiempo. En los estudios que usamos no se contaron sus efectos secundarios.',
      effort: 'Sesiones en la clínica. Los estudios que usamos no dicen cuánto dura una sesión.',
    },
    manual: {
      name: 'Terapia con las manos',
      what: 'Su fisioterapeuta mueve, presiona o da masaje en la zona que duele.',
      downside: 'Toma sesiones y tiempo. En los estudios que usamos no se contaron sus efectos secundarios.',
      effort: 'Sesiones en la clínica. Los estudios que usamos no dicen cuánto dura una sesión.',
    },
    injection: {
      name: 'Inyecciones',
      what: 'Un médico inyecta una medicina, como una que adormece o un esteroide.',
      downside: 'Usa una aguja y una medicina. En los estudios que usamos no se contaron sus efectos secundarios.',
      effort: 'Citas con un médico. Los estudios que usamos no dicen cuánto dura una sesión.',
    },
    acupuncture: {
      name: 'Acupuntura',
      what: 'Agujas puestas en puntos de la medicina china.',
      downside: 'También usa agujas. En los estudios que usamos no se contaron sus efectos secundarios.',
      effort: 'Sesiones en la clínica. Los estudios que usamos no dicen cuánto dura una sesión.',
    },
    waiting: {
      name: 'Esperar y cuidarse',
      what: 'Siga moviéndose, descanse cuando lo necesite y vea cómo va.',
      downside: 'El dolor podría durar más. No tenemos números sobre qué tan probable es eso.',
      effort: 'Sin sesiones. Usted se cuida en casa.',
    },
  },
  sourceNames: {
    R1: 'Gattie 2017',
    R2: 'Kietrys 2013',
    R3: 'Revisión de revisiones 2023',
    R4: 'Revisión de cuello 2020',
    R5: 'Liu 2015',
    R6: 'Revisión de cuello',
    R7: 'Revisión de hombro',
    R8: 'Revisión de hombro 2018',
    R9: 'Liu 2018',
    R10: 'Revisión de espalda baja',
    R11: 'Furlan 2005',
    R12: 'Organización Mundial de la Salud 2023',
    R13: 'Estudio de espalda baja',
    R14: 'Revisión de codo',
    R15: 'Revisión de codo 2024',
    R16: 'Estudio de cadera',
    R17: 'Huguenin',
    R18: 'Haser 2017',
    R19: 'Geist 2016',
    R20: 'Estudio del muslo',
    R21: 'Revisión del muslo 2024',
    R22: 'Boyles 2015',
    R23: 'Revisión de rodilla',
    R24: 'Estudio de artrosis de rodilla',
    R25: 'Estudio de punción con corriente',
    R26: 'Cotchett 2014',
    R27: 'Revisión de talón',
    R28: 'Revisión de dolor de cabeza',
    R29: 'Revisión de dolor de cabeza (8 estudios)',
    R30: 'Revisión de mandíbula',
    R31: 'Estudio de mandíbula 2023',
    R32: 'Brady 2014',
    R33: 'Boyce 2020',
    R34: 'Revisión del dolor después',
    R35: 'Estudio del dolor después',
    R36: 'Estudio de los primeros días',
    R37: 'Informe de pulmón colapsado',
    R38: 'Casos de pulmón colapsado',
    R39: 'Seguro de fisioterapeutas del Reino Unido 2024',
    R40: 'Junta de salud de Sudáfrica',
    R41: 'Lista de seguridad de una clínica',
    R42: 'Guía de seguridad de la punción',
    R43: 'Medscape',
    R44: 'Guía de punción en el embarazo',
    R45: 'IFOMPT 2020',
    R46: 'Lista de señales de alarma 2006',
    R47: 'Cummings 2001',
    R48: 'Revisión de punción falsa (4 estudios)',
    R49: 'Tough 2011',
    R50: 'Cómo funciona la punción, revisión 2013',
    R51: 'Cómo funciona la punción, revisión',
    R52: 'Dommerholt 2011',
    R53: 'Shah 2008',
    R54: 'Estudio de puntos gatillo 2013',
    R55: 'Revisión de tendón',
    R56: 'Revisión de tendón y ejercicio',
    R57: 'APTA',
    R58: 'Revisión de deportistas 2024',
    R60: 'Revisión de cuello 2023',
  },
  layers: {
    takeawayTitle: 'En pocas palabras',
    labelHelp: '¿Qué tan segura es la investigación?',
    labelHelpLead: 'Cada dato tiene una etiqueta. Dice qué tan segura es la investigación sobre ese dato.',
    noneKinds: {
      notStudied: 'No hay estudios',
      noBenefit: 'Los estudios no vieron ayuda',
    },
    noneMeaning: {
      notStudied: 'No encontramos estudios sobre esto.',
      noBenefit: 'Hay estudios sobre esto, y no vieron ninguna ayuda extra.',
    },
    sourcesOpen: 'Fuentes',
    gridTitle: 'Sus opciones, una al lado de la otra',
    gridLead: 'La punción seca es una opción. Cada opción tiene las mismas filas, para que pueda compararlas.',
    gridRows: {
      what: 'Qué es, y cómo es una sesión',
      help: 'Cuánto podría ayudar, y por cuánto tiempo',
      downsides: 'Desventajas',
      effort: 'Tiempo y esfuerzo',
      sure: 'Qué tan segura es la investigación',
    },
    noFigure: 'Los estudios que usamos no dan números sobre esto.',
    iconArrays: {
      visits: (count, total) => `Unas ${number(count)} de cada ${number(total)} sesiones`,
      people: (count, total) => `Unas ${number(count)} de cada ${number(total)} personas`,
      morePeople: (count, total) => `Unas ${number(count)} personas más de cada ${number(total)}`,
    },
    iconCaptions: {
      firstStudy: 'Primer estudio',
      secondStudy: 'Segundo estudio',
      needling: 'Punción',
      sham: 'Punción falsa',
      moreNeedling: 'Personas de más que se sintieron mejor con la punción',
    },
    aboutPainTitle: 'Sobre su dolor',
    aboutPainBody: [
      'Esta guía es sobre el dolor en los músculos y las articulaciones. Por ejemplo, el dolor de cuello, de espalda o de rodilla.',
    ],
    readingScore: 83,
    readingLevel: (score) =>
      `Nivel de lectura: ${number(score)} en la escala de Fernández Huerta (bastante fácil o más), medido en todo el texto en español de esta guía.`,
    reviewDates: (published, nextReview) => `Escrita en ${published}. Próxima revisión antes de ${nextReview}.`,
    aboutBody: [
      'Cómo elegimos los datos: tomamos dos artículos sobre la punción seca para pacientes. Vimos si cada dato está de acuerdo con los estudios. Sumamos lo que faltaba, como los efectos secundarios y otras opciones.',
      'Quién la revisó: el equipo que hizo esta guía. Cada dato muestra qué tan segura es la investigación y de dónde viene.',
      'La clínica que le da esta guía podría ofrecer la punción seca.',
      'Ninguna empresa pagó por esto. Se escribió para la clínica. Nadie que lo escribió gana más si usted elige la punción.',
      'Lo revisamos al menos cada 2 años, y antes si hay estudios nuevos que cambien lo que dice.',
    ],
  },
  handBack: {
    finished: 'Terminé',
    title: '¿Terminó? Por favor, devuelva la tableta en recepción',
    body: 'Gracias. En recepción le darán a su fisioterapeuta un resumen de sus respuestas.',
    clinicianTitle: 'Debe ver primero a un profesional de la salud',
    clinicianBody:
      'Esta persona marcó una señal de alarma. Debe hablar con un profesional de la salud antes de cualquier tratamiento.',
    staff: 'Personal',
  },
  values: {
    next: 'Siguiente: lo que le importa',
    title: '¿Qué le importa a usted?',
    lead: 'Elija cuánto le importa cada cosa. Puede dejar sin marcar las que quiera. No hay respuestas correctas.',
    items: {
      quickRelief: 'Tener menos dolor pronto',
      lastingFix: 'Una mejora que dure',
      avoidNeedles: 'No tener agujas',
      timeEffort: 'El tiempo y el esfuerzo que toma',
      sideEffects: 'Los efectos, como el dolor después',
    },
    weights: {
      aLot: 'Me importa mucho',
      aLittle: 'Me importa un poco',
      notMuch: 'No me importa mucho',
    },
  },
  leaning: {
    title: '¿Hacia dónde se inclina?',
    lead: 'Esto es solo para usted y su fisioterapeuta. "Aún no sé" está bien. Puede cambiar de idea cuando quiera.',
    options: {
      needling: 'La punción seca como parte de mi tratamiento',
      otherFirst: 'Primero otras opciones',
      notSure: 'Aún no sé',
    },
    sureTitle: '¿Ya puede elegir?',
    sureLead: 'Responda sí o no. Un no está bien. Le muestra qué preguntar a su fisioterapeuta.',
    sure: {
      sure: '¿Tiene claro cuál es la mejor opción para usted?',
      informed: '¿Sabe lo bueno y lo malo de cada opción?',
      valuesClear: '¿Tiene claro lo que más le importa?',
      support: '¿Tiene la ayuda y los consejos que necesita para elegir?',
    },
    answers: {
      yes: 'Sí',
      no: 'No',
    },
    nextStepsTitle: 'Qué preguntar a su fisioterapeuta',
    nextSteps: {
      sure: 'Dígale a su fisioterapeuta que aún no sabe. Pregunte qué le puede ayudar a elegir.',
      informed: 'Pida a su fisioterapeuta que le explique lo bueno y lo malo de cada opción.',
      valuesClear: 'Cuente a su fisioterapeuta lo que le importa. Pregunte cómo encaja cada opción con eso.',
      support: 'Pida más tiempo o más ayuda. Puede venir con alguien de confianza.',
    },
  },
  decisionSummary: {
    title: 'Su resumen',
    lead: 'Esto es lo que nos dijo. Muéstrelo a su fisioterapeuta, imprímalo o lléveselo en su teléfono.',
    valuesTitle: 'Lo que le importa a la persona',
    noValues: 'No marcó nada.',
    leaningTitle: 'Hacia dónde se inclina la persona',
    notChosen: 'No eligió',
    sureTitle: '¿Ya puede elegir?',
    notAnswered: 'Sin respuesta',
    clinicTitle: 'Sobre esta clínica',
    clinicOffers: 'Esta clínica ofrece punción seca. Cobra cuando usted la recibe.',
  },
  clinicInterest: {
    offersLabel: 'Esta clínica ofrece punción seca',
    statementLabel: 'Lo que dice la clínica sobre su interés',
    statementHint:
      'Se muestra en cada resumen. Por ejemplo: A nuestros fisioterapeutas se les paga por visita, no por tratamiento.',
  },
  summary: {
    title: 'Resumen para el fisioterapeuta',
    made: (date) => `Hecho el ${date}.`,
    noName: 'No se pidió el nombre.',
    warningTitle: 'Señal de alarma',
    warning: 'Debe ver a un profesional de la salud antes de cualquier tratamiento.',
    answersTitle: 'Respuestas',
    notAnswered: 'Sin respuesta',
    safetyTitle: 'Notas de seguridad',
    noSafety: 'No marcó nada.',
    expectationTitle: 'Lo que se le dijo al paciente que podía esperar',
    questionsTitle: 'Preguntas que el paciente podría hacer',
  },
};
