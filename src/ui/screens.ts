import { preloadable } from './preloadable';

// Screens loaded apart from the first screen, fetched in the background once the app runs.
export const results = preloadable(
  () => import('./ResultsPage'),
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
