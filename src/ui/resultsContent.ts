import { enResults } from '../content/enResults';
import { esResults } from '../content/esResults';
import type { Language } from '../content/languages';
import type { ResultsContent } from '../content/schema';
import { useContent } from './content';

const byLanguage: Readonly<Record<Language, ResultsContent>> = { en: enResults, es: esResults };

/**
 * What the results say, in the patient's language. Only the screens after the questions import
 * this, so its text arrives with them (in the background) and not before the welcome screen.
 */
export function useResultsContent(): ResultsContent {
  return byLanguage[useContent().lang];
}
