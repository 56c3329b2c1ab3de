import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { defaultLanguage, directions, isLanguage, type Language } from './content/languages';
import { loadContent } from './content/load';
import type { Content } from './content/schema';
import { readSettings, type Settings } from './domain/settings';
import type { SharedLink } from './domain/sharedLink';
import { restoreJourney } from './machine/savedJourney';
import { App } from './ui/App';
import { registerServiceWorker } from './ui/appUpdate';
import { languagePageUrl } from './ui/languagePage';
import { nextTask, whenIdle } from './ui/nextTask';
import { deviceStore, sessionStore, storageKeys } from './ui/storage';
import { markHydrating } from './ui/useHydrated';

// Started by main.tsx once the first screen has painted.

/** The language the page was prerendered in (scripts/prerender.mjs sets `<html lang>`). */
function pageLanguage(): Language {
  const lang = document.documentElement.lang;
  return isLanguage(lang) ? lang : defaultLanguage;
}

/** A QR link's results, read by their own code: only a page opened with a link (`#…`) loads it. */
async function readSharedLink(hash: string): Promise<SharedLink> {
  if (hash === '') return { kind: 'none' };
  const { parseSharedLink } = await import('./domain/sharedLink');
  return parseSharedLink(hash);
}

function start(
  root: HTMLElement,
  settings: Settings,
  content: Content,
  shared: SharedLink,
  prerendered: boolean,
): void {
  const saved = settings.effects.saveSession ? restoreJourney(sessionStore.read(storageKeys.journey)) : undefined;
  const app = (
    <StrictMode>
      <App content={content} settings={settings} saved={saved} shared={shared} />
    </StrictMode>
  );
  // The built page holds the prerendered welcome screen. Hydrate it, unless a reload is
  // bringing the patient back to a later step, or a QR link opens results: then render afresh.
  if (prerendered && root.hasChildNodes() && shared.kind === 'none' && (!saved || saved.value === 'welcome')) {
    // As a transition, React hydrates in slices of a few milliseconds, not in one long task:
    // the page stays responsive, and the welcome screen is already there to read meanwhile.
    markHydrating();
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
  // Not in a frame on a clinic's website: it would keep the app's files in that site's storage.
  if (!settings.effects.hostPage) whenIdle(registerServiceWorker);
}

/** Reads the settings and the content, then starts the app in this page, or opens the language's own. */
function open(root: HTMLElement): void {
  const { settings, warnings } = readSettings(window.location.search, deviceStore.read(storageKeys.clinic));
  // For whoever set the page up; a patient never sees these.
  for (const warning of warnings) console.warn(warning);
  const prerenderedIn = pageLanguage();
  // A patient's choice (`?lang=`, from the language links), else the tablet's, else the page's.
  const lang = settings.lang ?? settings.clinic.language ?? prerenderedIn;
  const page = languagePageUrl(lang, window.location.href, { queryLang: 'keep', keepHash: true });
  if (lang !== prerenderedIn && page.pathname !== window.location.pathname) {
    // Another language than this page's: open its own page, which paints in it from the start.
    window.location.replace(page.href);
    return;
  }
  Promise.all([loadContent(lang), readSharedLink(window.location.hash)]).then(
    async ([content, shared]) => {
      await nextTask();
      // Where the language's page is not there (the dev server), this page switches itself.
      if (lang !== prerenderedIn) {
        document.documentElement.lang = content.lang;
        document.documentElement.dir = directions[content.lang];
        document.title = content.appTitle;
      }
      start(root, settings, content, shared, lang === prerenderedIn);
    },
    () => document.getElementById('load-failed')?.removeAttribute('hidden'),
  );
}

const root = document.getElementById('root');
// The app's code has just run for the first time, in one long task: each step of the start
// (the settings and storage, then the hydration) waits for a task of its own.
if (root) void nextTask().then(() => open(root));
