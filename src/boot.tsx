import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { restoreJourney } from './machine/savedJourney';
import { App } from './ui/App';
import { storageKey } from './ui/Journey';
import { sessionStore } from './ui/sessionStore';

// Started by main.tsx once the first screen has painted.
const root = document.getElementById('root');
if (root) {
  const saved = restoreJourney(sessionStore.read(storageKey));
  const app = (
    <StrictMode>
      <App saved={saved} />
    </StrictMode>
  );
  // The built page holds the prerendered welcome screen. Hydrate it, unless a reload is
  // bringing the patient back to a later step: then render that step afresh.
  if (root.hasChildNodes() && (!saved || saved.value === 'welcome')) {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
}
