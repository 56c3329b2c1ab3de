import { languageNames, languages, pageName } from '../content/languages';
import { useContent } from './content';
import { languagePageUrl } from './languagePage';
import { useHydrated } from './useHydrated';

/** Links to the same page in each other language, each named in itself. */
export function OtherLanguages() {
  const { lang, welcome } = useContent();
  const ready = useHydrated();
  const others = languages.filter((code) => code !== lang);
  if (others.length === 0) return null;
  // Once the page runs, a link keeps the page's query (a kiosk's mode, say) and names the language
  // chosen, which then beats the tablet's own. The prerendered link is the bare page.
  const href = (code: (typeof languages)[number]) =>
    ready ? languagePageUrl(code, window.location.href, { queryLang: 'set' }).href : `./${pageName(code)}`;
  return (
    <nav aria-label={welcome.languages} className="languages">
      <ul>
        {others.map((code) => (
          <li key={code}>
            <a href={href(code)} lang={code} hrefLang={code}>
              {languageNames[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
