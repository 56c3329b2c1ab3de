import './ui/styles.css';

// The welcome screen is already in the HTML. Let the browser paint it first, then fetch and
// start the app, so a slow tablet never holds the first screen back while it parses scripts.
requestAnimationFrame(() =>
  setTimeout(() => {
    // In a frame on a clinic's website, the page is told the frame's height now, not once the
    // whole app has arrived: the module links up as it loads (and checks the URL properly).
    if (location.search.includes('mode=embed')) import('./ui/hostConnection').catch(() => undefined);
    import('./boot').catch(() => {
      // The Wi-Fi dropped, or a new version replaced the file: say so, never a dead Start button.
      document.getElementById('load-failed')?.removeAttribute('hidden');
    });
  }),
);
