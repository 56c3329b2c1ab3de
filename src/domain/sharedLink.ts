import * as v from 'valibot';
import { leaningOptions, questionIds, sureAnswers, sureIds, valueIds, valueWeights } from '../content/schema';
import { hasRedFlag, isComplete, isMulti, optionsOf, type Answers, type CompleteAnswers } from './answers';
import { emptyDeciding, type Deciding } from './deciding';

// A patient's results travel to their own phone in the link's fragment (`#r=...`), which
// browsers never send to a server. Short links make small QR codes that phones read easily:
// each answer is its option's place in the list, and a tick-all answer a bit mask, in base 36.
// This is the one place such a link is read; anything edited or cut short is refused.

// Version 2: the places and safety items of November 2026. A link of an older version
// would read its numbers against the wrong lists, so it is refused.
// Version 3: version 2's answers, then what matters, the leaning and the SURE answers, each one
// number (0 for "not marked", else the option's place plus one, in base 4 or 3 per item). A
// version 2 link still opens, with nothing marked.
const version = '3';
const prefix = `#r=${version}.`;
const previousPrefix = '#r=2.';

export type SharedLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'broken' }
  | { readonly kind: 'results'; readonly answers: CompleteAnswers; readonly deciding: Deciding };

/** Several optional picks as one number: each item a digit, 0 when not marked. */
function packDigits(picks: readonly (string | undefined)[], options: readonly string[]): string {
  const base = options.length + 1;
  return picks
    .reduceRight((total, pick) => total * base + (pick === undefined ? 0 : options.indexOf(pick) + 1), 0)
    .toString(36);
}

function unpackDigits(number: number, count: number, options: readonly string[]): (string | undefined)[] | undefined {
  const base = options.length + 1;
  if (number >= base ** count) return undefined;
  return Array.from({ length: count }, (_, index) => {
    const digit = Math.floor(number / base ** index) % base;
    return digit === 0 ? undefined : options[digit - 1];
  });
}

export function encodeSharedLink(answers: CompleteAnswers, deciding: Deciding = emptyDeciding): string {
  const fields = questionIds.map((question) => {
    const options = optionsOf[question] as readonly string[];
    const value = answers[question] as string | readonly string[];
    if (typeof value === 'string') return options.indexOf(value).toString(36);
    return value.reduce((mask, option) => mask | (1 << options.indexOf(option)), 0).toString(36);
  });
  const values = packDigits(
    valueIds.map((id) => deciding.values[id]),
    valueWeights,
  );
  const leaning = packDigits([deciding.leaning], leaningOptions);
  const sure = packDigits(
    sureIds.map((id) => deciding.sure[id]),
    sureAnswers,
  );
  return prefix + [...fields, values, leaning, sure].join('.');
}

/** One spelling per number ("07" is not "7"): an edited link is refused, not guessed at. */
function readNumber(field: string | undefined): number | undefined {
  const number = parseInt(field ?? '', 36);
  return number.toString(36) === field ? number : undefined;
}

function decode(fields: readonly string[]): Answers | undefined {
  const answers: Record<string, unknown> = {};
  for (const [index, question] of questionIds.entries()) {
    const options = optionsOf[question] as readonly string[];
    const number = readNumber(fields[index]);
    if (number === undefined) return undefined;
    if (isMulti(question)) {
      if (number <= 0 || number >= 1 << options.length) return undefined;
      const ticked = options.filter((_, bit) => number & (1 << bit));
      // "None of these" is never ticked beside another option.
      if (ticked.includes('none') && ticked.length > 1) return undefined;
      answers[question] = ticked;
    } else {
      if (!(number >= 0 && number < options.length)) return undefined;
      answers[question] = options[number];
    }
  }
  return answers as Answers;
}

function decodeDeciding(fields: readonly string[]): Deciding | undefined {
  const [values, leaning, sure] = [fields[0], fields[1], fields[2]].map(readNumber);
  if (values === undefined || leaning === undefined || sure === undefined) return undefined;
  const weights = unpackDigits(values, valueIds.length, valueWeights);
  const leanings = unpackDigits(leaning, 1, leaningOptions);
  const sures = unpackDigits(sure, sureIds.length, sureAnswers);
  if (!weights || !leanings || !sures) return undefined;
  return {
    values: Object.fromEntries(valueIds.flatMap((id, index) => (weights[index] ? [[id, weights[index]]] : []))),
    leaning: leanings[0] as Deciding['leaning'],
    sure: Object.fromEntries(sureIds.flatMap((id, index) => (sures[index] ? [[id, sures[index]]] : []))),
  };
}

const fieldsOf = (hash: string, start: string) => hash.slice(start.length).split('.');
const wellFormed = (count: number) => (fields: string[]) =>
  fields.length === count && fields.every((field) => /^[0-9a-z]{1,4}$/.test(field));

/** Version 3: the answers, then what matters, the leaning and the SURE answers. */
const LinkSchema = v.pipe(
  v.string(),
  v.startsWith(prefix),
  v.transform((hash) => fieldsOf(hash, prefix)),
  v.check<string[]>(wellFormed(questionIds.length + 3)),
  v.transform((fields) => ({
    answers: decode(fields.slice(0, questionIds.length)),
    deciding: decodeDeciding(fields.slice(questionIds.length)),
  })),
);

/** Version 2: the answers alone, from before the steps after the results. */
const PreviousLinkSchema = v.pipe(
  v.string(),
  v.startsWith(previousPrefix),
  v.transform((hash) => fieldsOf(hash, previousPrefix)),
  v.check<string[]>(wellFormed(questionIds.length)),
  v.transform((fields) => ({ answers: decode(fields), deciding: emptyDeciding as Deciding | undefined })),
);

const AnyLinkSchema = v.pipe(
  v.union([LinkSchema, PreviousLinkSchema]),
  // Results are never shown for a warning sign: that patient saw the stop page, not results.
  v.check(
    ({ answers, deciding }) =>
      answers !== undefined && isComplete(answers) && !hasRedFlag(answers) && deciding !== undefined,
  ),
);

export function parseSharedLink(hash: string): SharedLink {
  if (!hash.startsWith('#r=')) return { kind: 'none' };
  const result = v.safeParse(AnyLinkSchema, hash);
  if (!result.success) return { kind: 'broken' };
  const { answers, deciding } = result.output;
  return { kind: 'results', answers: answers as CompleteAnswers, deciding: deciding ?? emptyDeciding };
}
