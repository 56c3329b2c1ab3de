import './ui/styles.css';
import { whenIdle } from './ui/nextTask';

// In a frame on a clinic's website, the page is told the frame's height now, not once the whole
// app has arrived: the module links up as it loads (and checks the URL properly).
if (location.search.includes('mode=embed')) import('./ui/hostConnection').catch(() => undefined);

// The built page starts this script only after its first paint, and fetches the app alongside it
// (scripts/firstPaint.ts): the welcome screen is already in the HTML.
import('./boot').then(
  () => {
    // Then, once the app has taken over the page: the screens loaded later, in the background,
    // so a journey survives a Wi-Fi drop (and the install manifest).
    whenIdle(() => {
      const later = document.getElementById('later-chunks');
      if (later instanceof HTMLTemplateElement) document.head.append(later.content);
    });
  },
  () => {
    // The Wi-Fi dropped, or a new version replaced the file: say so, never a dead Start button.
    document.getElementById('load-failed')?.removeAttribute('hidden');
  },
);
