import { renderToString } from 'react-dom/server';
import { directions, languages, pageName, type Language } from './content/languages';
import { loadContent } from './content/load';
import type { Content } from './content/schema';
import { App } from './ui/App';

export interface PrerenderedPage {
  readonly lang: Language;
  readonly dir: 'ltr' | 'rtl';
  /** The file in dist/: index.html for the default language, `es.html` for Spanish. */
  readonly file: string;
  readonly content: Content;
  /** The welcome screen as HTML, so it paints in the page's language before any script runs. */
  readonly body: string;
}

/** The welcome page in every language the app speaks, each for its own HTML file. */
export async function prerender(): Promise<PrerenderedPage[]> {
  return Promise.all(
    languages.map(async (lang) => {
      const content = await loadContent(lang);
      const body = renderToString(<App content={content} />);
      return { lang, dir: directions[lang], file: pageName(lang) || 'index.html', content, body };
    }),
  );
}
