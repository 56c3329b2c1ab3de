import { nextTask } from './nextTask';
import { preloadable } from './preloadable';

// Screens loaded apart from the first screen, fetched in the background once the app runs.
export const results = preloadable(
  // The results' text first, then the page's code: each runs for the first time in a task of its
  // own, so neither is one long enough to hold up a tap.
  () => import('./resultsContent').then(() => nextTask()).then(() => import('./ResultsPage')),
  (module) => module.ResultsPage,
);

// The questions: their code arrives just after the welcome screen's and is warmed up unseen.
export const questionScreen = preloadable(
  () => import('./QuestionPage'),
  (module) => module.QuestionPage,
);

// The screens between the questions and the results: the warning-sign stop, the check page.
export const stopScreen = preloadable(
  () => import('./StopPage'),
  (module) => module.StopPage,
);

export const reviewScreen = preloadable(
  () => import('./ReviewPage'),
  (module) => module.ReviewPage,
);

export const handBackScreen = preloadable(
  () => import('./HandBackPage'),
  (module) => module.HandBackPage,
);

// Results opened from a QR code: only such a link loads them, and the code that reads it.
export const sharedResults = preloadable(
  () => import('./SharedResults'),
  (module) => module.SharedResults,
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

/**
 * Every screen a journey can reach after the first, fetched in the background once the app runs,
 * so that a Wi-Fi drop later cannot stop a journey; the front-desk screens on the tablet only. A
 * failed fetch is tried again when the screen is needed.
 */
export function preloadJourneyScreens(frontDesk: boolean): void {
  const screens: { preload: () => Promise<unknown> }[] = [
    questionScreen,
    stopScreen,
    reviewScreen,
    results,
    valuesScreen,
    leaningScreen,
  ];
  if (frontDesk) screens.push(handBackScreen, staffScreen);
  for (const screen of screens) screen.preload().catch(() => undefined);
  summaryScreen
    .preload()
    .then((module) => module.preloadQr())
    .catch(() => undefined);
}
