import { pageName, type Language } from '../content/languages';

/**
 * The address of a language's own page (index.html, es.html), beside the page at `from`, with its
 * query (a kiosk's `mode`, say). `lang` in that query is set to the language (a patient's choice,
 * which beats the tablet's own language) or dropped (the tablet's language again); the fragment
 * is kept only with `keepHash`.
 */
export function languagePageUrl(
  lang: Language,
  from: string,
  { queryLang, keepHash = false }: { queryLang: 'set' | 'drop' | 'keep'; keepHash?: boolean },
): URL {
  const here = new URL(from);
  const page = new URL(pageName(lang) || './', here);
  page.search = here.search;
  if (queryLang === 'set') page.searchParams.set('lang', lang);
  if (queryLang === 'drop') page.searchParams.delete('lang');
  page.hash = keepHash ? here.hash : '';
  return page;
}
