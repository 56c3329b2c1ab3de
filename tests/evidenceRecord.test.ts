import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { enResults } from '../src/content/enResults';
import { claims, guidance, publication } from '../src/content/evidence';
import { references } from '../src/content/references';
import type { ReferenceKey } from '../src/content/schema';

// docs/evidence.md is the record a clinic audits: each statement's words, label, sources and why.
// These tests keep it and the app in step, so that neither can change without the other.

const record = readFileSync(resolve(__dirname, '../docs/evidence.md'), 'utf8');

interface Entry {
  readonly says: string | undefined;
  readonly label: string | undefined;
  readonly sources: readonly string[] | undefined;
  readonly why: string | undefined;
}

/** Each `#### id` heading and the fields listed under it. */
const entries = new Map<string, Entry>(
  record
    .split(/^#### /m)
    .slice(1)
    .map((block) => {
      const [id = '', ...lines] = block.split('\n');
      const field = (name: string) =>
        lines.find((line) => line.startsWith(`- **${name}:** `))?.slice(`- **${name}:** `.length);
      const sources = field('Sources');
      return [
        id.trim(),
        {
          says: field('Says'),
          label: field('Label'),
          sources: sources === undefined ? undefined : sources === '—' ? [] : sources.split(', '),
          why: field('Why'),
        },
      ];
    }),
);

/** The record names which kind of "none" a claim is, as the patient reads it. */
const noneKind = { notStudied: 'none (no studies found)', noBenefit: 'none (studies found no help)' } as const;

const statements = [
  ...Object.entries(claims).map(([id, claim]) => ({
    id,
    label: claim.label === 'none' ? noneKind[claim.none] : claim.label,
    keys: claim.keys,
    text: enResults.claims[id as keyof typeof enResults.claims],
  })),
  ...Object.entries(guidance).map(([id, note]) => ({
    id,
    label: 'guidance',
    keys: note.keys,
    text: enResults.guidance[id as keyof typeof enResults.guidance],
  })),
];

describe('the evidence record, docs/evidence.md', () => {
  test('has an entry for every claim and every piece of safety advice, and for nothing else', () => {
    expect([...entries.keys()].sort()).toEqual(statements.map(({ id }) => id).sort());
  });

  test.each(statements)('$id: same words, label and sources as the app, and a reason', ({ id, label, keys, text }) => {
    const entry = entries.get(id);
    expect(entry?.says, `${id}: Says`).toBe(text);
    expect(entry?.label, `${id}: Label`).toBe(label);
    expect(entry?.sources, `${id}: Sources`).toEqual(keys);
    expect(entry?.why?.length ?? 0, `${id}: Why`).toBeGreaterThan(20);
  });

  test('lists every reference as the app cites it', () => {
    const rows = new Map(
      [...record.matchAll(/^\| (R\d+) +\| (.+?) +\| (.+?) +\|$/gm)].map(([, key, citation, url]) => [
        key,
        { citation, url },
      ]),
    );
    for (const [key, reference] of Object.entries(references)) {
      expect(rows.get(key as ReferenceKey), key).toEqual({ citation: reference.citation, url: reference.url ?? '—' });
    }
    expect(rows.size).toBe(Object.keys(references).length);
  });

  test('gives the publication and next review dates the app shows', () => {
    expect(record).toContain(`- **Published:** ${publication.published}`);
    expect(record).toContain(`- **Next review:** ${publication.nextReview}`);
  });
});
