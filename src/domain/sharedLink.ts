import * as v from 'valibot';
import { questionIds } from '../content/schema';
import { hasRedFlag, isComplete, isMulti, optionsOf, type Answers, type CompleteAnswers } from './answers';

// A patient's results travel to their own phone in the link's fragment (`#r=...`), which
// browsers never send to a server. Short links make small QR codes that phones read easily:
// each answer is its option's place in the list, and a tick-all answer a bit mask, in base 36.
// This is the one place such a link is read; anything edited or cut short is refused.

// Version 2: the places and safety items of November 2026. A link of an older version
// would read its numbers against the wrong lists, so it is refused.
const version = '2';
const prefix = `#r=${version}.`;

export type SharedLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'broken' }
  | { readonly kind: 'results'; readonly answers: CompleteAnswers };

export function encodeSharedLink(answers: CompleteAnswers): string {
  const fields = questionIds.map((question) => {
    const options = optionsOf[question] as readonly string[];
    const value = answers[question] as string | readonly string[];
    if (typeof value === 'string') return options.indexOf(value).toString(36);
    return value.reduce((mask, option) => mask | (1 << options.indexOf(option)), 0).toString(36);
  });
  return prefix + fields.join('.');
}

function decode(fields: string[]): Answers | undefined {
  const answers: Record<string, unknown> = {};
  for (const [index, question] of questionIds.entries()) {
    const options = optionsOf[question] as readonly string[];
    const field = fields[index] ?? '';
    const number = parseInt(field, 36);
    // One spelling per answer ("07" is not "7"): an edited link is refused, not guessed at.
    if (number.toString(36) !== field) return undefined;
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

const LinkSchema = v.pipe(
  v.string(),
  v.startsWith(prefix),
  v.transform((hash) => hash.slice(prefix.length).split('.')),
  v.check((fields) => fields.length === questionIds.length && fields.every((field) => /^[0-9a-z]{1,4}$/.test(field))),
  v.transform(decode),
  // Results are never shown for a warning sign: that patient saw the stop page, not results.
  v.check((answers) => answers !== undefined && isComplete(answers) && !hasRedFlag(answers)),
);

export function parseSharedLink(hash: string): SharedLink {
  if (!hash.startsWith('#r=')) return { kind: 'none' };
  const result = v.safeParse(LinkSchema, hash);
  return result.success ? { kind: 'results', answers: result.output as CompleteAnswers } : { kind: 'broken' };
}
