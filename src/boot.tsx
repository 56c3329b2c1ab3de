import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { readSettings } from './domain/settings';
import { parseSharedLink } from './domain/sharedLink';
import { restoreJourney } from './machine/savedJourney';
import { App } from './ui/App';
import { registerServiceWorker } from './ui/appUpdate';
import { deviceStore, sessionStore, storageKeys } from './ui/storage';

// Started by main.tsx once the first screen has painted.
const root = document.getElementById('root');
if (root) {
  const { settings, warnings } = readSettings(window.location.search, deviceStore.read(storageKeys.clinic));
  // For whoever set the page up; a patient never sees these.
  for (const warning of warnings) console.warn(warning);
  const shared = parseSharedLink(window.location.hash);
  const saved = settings.effects.saveSession ? restoreJourney(sessionStore.read(storageKeys.journey)) : undefined;
  const app = (
    <StrictMode>
      <App settings={settings} saved={saved} shared={shared} />
    </StrictMode>
  );
  // The built page holds the prerendered welcome screen. Hydrate it, unless a reload is
  // bringing the patient back to a later step, or a QR link opens results: then render afresh.
  if (root.hasChildNodes() && shared.kind === 'none' && (!saved || saved.value === 'welcome')) {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
  // Not in a frame on a clinic's website: it would keep the app's files in that site's storage.
  if (!settings.effects.hostPage) registerServiceWorker();
}
