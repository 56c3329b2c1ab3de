import './ui/styles.css';
import { registerServiceWorker } from './ui/appUpdate';

// The welcome screen is already in the HTML. Let the browser paint it first, then fetch and
// start the app, so a slow tablet never holds the first screen back while it parses scripts.
requestAnimationFrame(() =>
  setTimeout(() => {
    // Once the app runs, the service worker fetches the rest of it in the background.
    import('./boot').then(registerServiceWorker, () => {
      // The Wi-Fi dropped, or a new version replaced the file: say so, never a dead Start button.
      document.getElementById('load-failed')?.removeAttribute('hidden');
    });
  }),
);
