import './ui/styles.css';

// The welcome screen is already in the HTML. Let the browser paint it first, then fetch and
// start the app, so a slow tablet never holds the first screen back while it parses scripts.
requestAnimationFrame(() => setTimeout(() => void import('./boot')));
