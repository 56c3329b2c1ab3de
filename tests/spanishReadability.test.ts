import {
  counts,
  fernandezHuerta,
  numberWords,
  sentenceCount,
  syllables,
  szigrisztPazos,
  words,
} from './spanishReadability';

// The Spanish scorer of tests/readabilityEs.test.ts, checked on words whose syllables are known.

describe('syllables', () => {
  it.each([
    // Plain consonant and vowel.
    ['aguja', 3], // a-gu-ja
    ['agujas', 3],
    ['espalda', 3],
    ['linfedema', 4],
    ['médico', 3],
    // Diphthongs: a weak vowel (i, u) glides into the next vowel's syllable.
    ['punción', 2], // pun-ción
    ['fisioterapeuta', 6], // fi-sio-te-ra-peu-ta
    ['cuidado', 3], // cui-da-do: two weak vowels are one syllable
    ['ciudad', 2], // ciu-dad
    ['estudios', 3], // es-tu-dios
    ['construir', 2], // cons-truir
    ['Paraguay', 3], // pa-ra-guay: a triphthong
    // Hiatus: two strong vowels, or a weak one with an accent.
    ['leer', 2], // le-er
    ['poeta', 3], // po-e-ta
    ['aéreo', 4], // a-é-re-o
    ['día', 2], // dí-a
    ['país', 2], // pa-ís
    ['reúne', 3], // re-ú-ne
    ['oído', 3], // o-í-do
    // h changes nothing between vowels.
    ['ahora', 3], // a-ho-ra
    ['rehusar', 2], // rehu-sar
    ['huevo', 2], // hue-vo
    // The silent u of qu and gu before e or i, and the sounded ü.
    ['que', 1],
    ['quién', 1],
    ['guerra', 2], // gue-rra
    ['guante', 2], // guan-te: before a, the u is sounded
    ['pingüino', 3], // pin-güi-no
    ['vergüenza', 3], // ver-güen-za
    // y: a vowel at the end of a word or alone, a consonant before a vowel.
    ['muy', 1],
    ['hay', 1],
    ['y', 1],
    ['ayuda', 3], // a-yu-da
    ['leyes', 2], // le-yes
    // Capitals and accents in any case.
    ['PUNCIÓN', 2],
    // No vowel at all still reads as one syllable.
    ['https', 1],
  ] as const)('%s has %i', (word, expected) => {
    expect(syllables(word)).toBe(expected);
  });
});

describe('numbers are read as words', () => {
  it.each([
    ['0', ['cero']],
    ['6', ['seis']],
    ['16', ['dieciséis']],
    ['28', ['veintiocho']],
    ['32', ['treinta', 'y', 'dos']],
    ['100', ['cien']],
    ['101', ['ciento', 'uno']],
    ['1000', ['mil']],
    ['1.000', ['mil']],
    ['2024', ['dos', 'mil', 'veinticuatro']],
    ['20464', ['veinte', 'mil', 'cuatrocientos', 'sesenta', 'y', 'cuatro']],
    ['1,5', ['uno', 'coma', 'cinco']],
  ] as const)('%s', (numeral, expected) => {
    expect(numberWords(numeral)).toEqual(expected);
  });

  it('counts a number as the words a reader says', () => {
    expect(words('¿Unas 28 de cada 100?')).toEqual(['Unas', 'veintiocho', 'de', 'cada', 'cien']);
  });
});

describe('sentences', () => {
  it('ends a sentence at a full stop, question mark or exclamation mark', () => {
    expect(sentenceCount('¿Le duele el cuello? Marque lo que sea cierto. ¡Gracias por esperar!')).toBe(3);
  });

  it('does not count one- or two-word labels as sentences, as textstat does not', () => {
    expect(sentenceCount('Qué esperar. Usted decide. La aguja no lleva medicina.')).toBe(1);
  });

  it('does not end a sentence inside a number', () => {
    expect(sentenceCount('El dolor bajó unos 1,5 puntos. Fueron menos de 1.000 sesiones en total.')).toBe(2);
  });
});

describe('scores', () => {
  const simple = 'El gato come. El perro duerme.';

  it('counts a worked example by hand', () => {
    // el(1) ga-to(2) co-me(2) el(1) pe-rro(2) duer-me(2): 10 syllables, 6 words, 2 sentences.
    expect(counts(simple)).toEqual({ words: 6, syllables: 10, sentences: 2 });
    // 206.84 − 60 × 10/6 − 1.02 × 6/2 = 103.78
    expect(fernandezHuerta(simple)).toBe(103.8);
    // 206.835 − 62.3 × 10/6 − 6/2 = 100.0
    expect(szigrisztPazos(simple)).toBe(100);
  });

  it('scores longer sentences and longer words as harder', () => {
    const longSentence = 'El gato come y el perro duerme y la vaca mira y el niño juega en el patio de la casa.';
    const longWords = 'La administración recomendó documentación complementaria. Los procedimientos continuaron.';
    for (const score of [fernandezHuerta, szigrisztPazos]) {
      expect(score(longSentence)).toBeLessThan(score(simple));
      expect(score(longWords)).toBeLessThan(score(simple));
    }
  });
});
