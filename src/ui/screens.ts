import { nextTask } from './nextTask';
import { preloadable } from './preloadable';

// Screens loaded apart from the first screen, fetched in the background once the app runs.
export const results = preloadable(
  // The results' text first, then the page's code: each runs for the first time in a task of its
  // own, so neither is one long enough to hold up a tap.
  () => import('./resultsContent').then(() => nextTask()).then(() => import('./ResultsPage')),
  (module) => module.ResultsPage,
);

export const staffScreen = preloadable(
  () => import('./StaffScreen'),
  (module) => module.StaffScreen,
);

// The steps after the results: what matters, the leaning, the summary to take in.
export const valuesScreen = preloadable(
  () => import('./ValuesPage'),
  (module) => module.ValuesPage,
);

export const leaningScreen = preloadable(
  () => import('./LeaningPage'),
  (module) => module.LeaningPage,
);

export const summaryScreen = preloadable(
  () => import('./SummaryPage'),
  (module) => module.SummaryPage,
);
