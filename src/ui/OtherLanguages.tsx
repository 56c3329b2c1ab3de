import { languageNames, languages, pageName } from '../content/languages';
import { useContent } from './content';
import { useHydrated } from './useHydrated';

/** Links to the same page in each other language, each named in itself. */
export function OtherLanguages() {
  const { lang, welcome } = useContent();
  const ready = useHydrated();
  const others = languages.filter((code) => code !== lang);
  if (others.length === 0) return null;
  // Once the page runs, the link keeps its query (a kiosk's mode, say), but not a `lang` that
  // would send the patient back. The prerendered link has no query.
  const query = new URLSearchParams(ready ? window.location.search : '');
  query.delete('lang');
  const search = query.size > 0 ? `?${query}` : '';
  return (
    <nav aria-label={welcome.languages} className="languages">
      <ul>
        {others.map((code) => (
          <li key={code}>
            <a href={`./${pageName(code)}${search}`} lang={code} hrefLang={code}>
              {languageNames[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
