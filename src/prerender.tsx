import { renderToString } from 'react-dom/server';
import { App } from './ui/App';

/** The welcome page as HTML, written into index.html at build time so it paints before any script runs. */
export function prerender(): string {
  return renderToString(<App />);
}
