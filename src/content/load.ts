import { en } from './en';
import type { Language } from './languages';
import type { Content } from './schema';

/**
 * Each language's text. English is part of every page (the app's default); another language is
 * its own chunk, fetched only by its own page, so no language adds to another's first load.
 */
const loaders: Readonly<Record<Language, () => Promise<Content>>> = {
  en: () => Promise.resolve(en),
  es: () => import('./es').then((module) => module.es),
};

export function loadContent(lang: Language): Promise<Content> {
  return loaders[lang]();
}
