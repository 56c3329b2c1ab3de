/** The languages the app speaks. A new one is one more code here and one more `Content` object. */
export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

/** The language of index.html, and of anything that names none the app speaks. */
export const defaultLanguage: Language = 'en';

/**
 * Which way each language is written. The page's `<html dir>` is set from it at build time, and
 * the layout uses logical properties only (margin-inline-start, not margin-left), so a
 * right-to-left language needs nothing more than `'rtl'` here.
 */
export const directions: Readonly<Record<Language, 'ltr' | 'rtl'>> = { en: 'ltr', es: 'ltr' };

/** Each language named in itself, as the picker on the welcome screen shows it. */
export const languageNames: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

export function isLanguage(code: string | null | undefined): code is Language {
  return (languages as readonly (string | null | undefined)[]).includes(code);
}

/**
 * Each language has its own page, prerendered in it, beside index.html (scripts/prerender.mjs):
 * `es.html` for Spanish. The default language's page is the folder's own address (index.html).
 */
export function pageName(lang: Language): string {
  return lang === defaultLanguage ? '' : `${lang}.html`;
}
