// Spanish syllables, words and sentences, and the two Spanish reading-ease scores built on them.
// No maintained npm package does this: `text-readability` and its kin count English syllables, and
// the one Spanish syllabifier on npm (silabea 1.0.0, a 2018 port) ships mocha and chai as runtime
// dependencies, keeps its state in globals and has no types. Counting is all a score needs, and
// Spanish spelling says how a word sounds, so a few rules are enough (RAE, Ortografía 2010, 4.1):
// - every syllable has one vowel nucleus;
// - a, e, o are strong vowels: two side by side are two syllables (hiatus: "le-er", "a-ho-ra");
// - i, u (and ü) are weak: beside another vowel they glide into its syllable (diphthong: "cui-da-do",
//   "fi-sio-te-ra-peu-ta"), unless written with an accent, which makes them strong ("dí-a", "re-ú-ne");
// - h between vowels changes nothing ("a-ho-ra", "prohi-bir");
// - the u of "que", "qui", "gue", "gui" is silent; "güe", "güi" sound it, as a glide;
// - y is a weak vowel at the end of a word or alone ("muy", "hay", "y"), and a consonant before a vowel.

const strong = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const weak = new Set(['i', 'u', 'ü']);
const isVowel = (letter: string) => strong.has(letter) || weak.has(letter);

/** The syllables of one Spanish word, as it is spoken. Every word has at least one. */
export function syllables(word: string): number {
  const letters = [...word.toLowerCase().normalize('NFC')]
    .filter((letter) => /\p{L}/u.test(letter))
    // The u of que, qui, gue, gui is only spelling.
    .filter(
      (letter, index, all) =>
        !(letter === 'u' && /[qg]/.test(all[index - 1] ?? '') && /[eéiíy]/.test(all[index + 1] ?? '')),
    )
    // y is a vowel where no vowel follows it ("muy", "y"); before a vowel it is a consonant ("ayuda").
    .map((letter, index, all) => (letter === 'y' && !isVowel(all[index + 1] ?? '') ? 'i' : letter))
    // h sounds like nothing, so the vowels either side of it meet ("ahora", "rehusar").
    .filter((letter) => letter !== 'h');

  let count = 0;
  let run: string[] = [];
  const closeRun = () => {
    if (run.length === 0) return;
    // Each strong vowel is a nucleus of its own; weak vowels join one. A run of weak vowels only
    // ("u", "ui", "iu") is one syllable.
    const strongVowels = run.filter((letter) => strong.has(letter)).length;
    count += Math.max(strongVowels, 1);
    run = [];
  };
  for (const letter of letters) {
    if (isVowel(letter)) run.push(letter);
    else closeRun();
  }
  closeRun();
  return Math.max(count, 1);
}

const ones = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const tenToTwentyNine = [
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const tens = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const hundreds = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

function belowThousand(n: number): string[] {
  if (n === 100) return ['cien'];
  const words: string[] = [];
  const hundred = Math.floor(n / 100);
  const rest = n % 100;
  if (hundred > 0) words.push(hundreds[hundred] ?? '');
  if (rest >= 30) {
    words.push(tens[Math.floor(rest / 10)] ?? '');
    if (rest % 10 > 0) words.push('y', ones[rest % 10] ?? '');
  } else if (rest >= 10) words.push(tenToTwentyNine[rest - 10] ?? '');
  else if (rest > 0 || hundred === 0) words.push(ones[rest] ?? '');
  return words;
}

/**
 * A number as it is read aloud ("28" is "veintiocho", "1,5" is "uno coma cinco"), so that its
 * words and syllables count as a reader says them. Whole numbers up to 999 999, and a decimal comma.
 */
export function numberWords(numeral: string): string[] {
  const [whole = '', decimals] = numeral.replace(/\./g, '').split(',');
  const n = Number(whole);
  if (!Number.isInteger(n) || n > 999_999) throw new Error(`cannot read the number ${numeral}`);
  const thousands = Math.floor(n / 1000);
  const words = [
    ...(thousands === 0 ? [] : thousands === 1 ? ['mil'] : [...belowThousand(thousands), 'mil']),
    ...(thousands > 0 && n % 1000 === 0 ? [] : belowThousand(n % 1000)),
  ];
  return decimals === undefined ? words : [...words, 'coma', ...numberWords(decimals)];
}

/** The words of a text as it is read aloud: numbers spelled out, punctuation and symbols left out. */
export function words(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)*|\p{L}+/gu) ?? []).flatMap((token) =>
    /^\d/.test(token) ? numberWords(token) : [token],
  );
}

/**
 * The sentences of a text: each ends at a full stop, question mark or exclamation mark. Like
 * textstat (the English scorer), sentences of one or two words ("Sí.", "Qué esperar.") are read but
 * not counted as sentences, so short labels make a score stricter, never kinder.
 */
export function sentenceCount(text: string): number {
  const sentences = text.split(/(?<=[.?!…])\s+/).filter((sentence) => words(sentence).length > 2);
  return Math.max(sentences.length, 1);
}

export interface Counts {
  readonly words: number;
  readonly syllables: number;
  readonly sentences: number;
}

export function counts(text: string): Counts {
  const all = words(text);
  return {
    words: all.length,
    syllables: all.reduce((sum, word) => sum + syllables(word), 0),
    sentences: sentenceCount(text),
  };
}

const round = (score: number) => Math.round(score * 10) / 10;

/**
 * Fernández Huerta (1959), the Spanish Flesch: L = 206.84 − 0.60 P − 1.02 F, with P the syllables
 * per 100 words and F the words per sentence. It is often printed with F as sentences per 100 words,
 * which makes shorter sentences score harder; that is a misprint (G. Law, LINGUIST List 22.2332,
 * 2011): F as words per sentence is what adapts Flesch. 70 to 80 is "fairly easy" (grade 6), 80 to
 * 90 "easy", 90 to 100 "very easy".
 */
export function fernandezHuerta(text: string): number {
  const { words: w, syllables: s, sentences } = counts(text);
  return round(206.84 - 0.6 * ((100 * s) / w) - 1.02 * (w / sentences));
}

/**
 * Szigriszt-Pazos (1993), read on the INFLESZ scale (Barrio-Cantalejo et al., 2008, validated on
 * Spanish health texts for patients): 206.835 − 62.3 × syllables/words − words/sentences. 65 to 80 is
 * "bastante fácil" (fairly easy: primary school), over 80 "muy fácil".
 */
export function szigrisztPazos(text: string): number {
  const { words: w, syllables: s, sentences } = counts(text);
  return round(206.835 - (62.3 * s) / w - w / sentences);
}

/** "Fairly easy" or easier on each scale. */
export const fairlyEasy = { fernandezHuerta: 70, szigrisztPazos: 65 } as const;
