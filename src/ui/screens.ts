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
