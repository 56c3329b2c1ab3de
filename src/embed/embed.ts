// embed.js: the one line a clinic pastes into its website. It puts the decision aid in a frame
// where the script tag is (or into `data-container`), keeps the frame exactly as tall as its
// content, and passes the app's messages on to the page as DOM events on the frame. It runs on
// someone else's page: no dependencies, no globals, nothing written into that page but the frame.
import { messageTypes } from '../domain/embedProtocol';
import { frameUrl, readHostMessage } from './frame';

/** The frame's title in each language the guide speaks (`appTitle`), set by vite.embed.config.ts. */
declare const __FRAME_TITLES__: Readonly<Record<string, string>>;
const titles = __FRAME_TITLES__;

/** Until the app says how tall it is: about the welcome screen on a phone. */
const initialHeight = '760px';

function warn(text: string): void {
  console.warn(`Dry needling guide (embed.js): ${text}`);
}

/**
 * A step begins at the top of the frame. If the patient scrolled down past that top (to press
 * Continue), bring it back into view; if it is in view, the page does not move at all.
 */
function showTop(frame: HTMLIFrameElement): void {
  const top = frame.getBoundingClientRect().top;
  const clear = parseFloat(getComputedStyle(frame).scrollMarginTop) || 0;
  if (top < clear || top > window.innerHeight) frame.scrollIntoView({ block: 'start' });
}

function embed(script: HTMLScriptElement): void {
  const app = new URL('./', script.src);
  const options = { ...script.dataset };
  let lang = options['lang'] ?? 'en';
  if (!Object.prototype.hasOwnProperty.call(titles, lang)) {
    warn(`ignored data-lang: the guide speaks ${Object.keys(titles).join(', ')}.`);
    lang = 'en';
  }
  options['lang'] = lang;
  const frame = document.createElement('iframe');
  frame.src = frameUrl(app.href, window.location.origin, options);
  frame.title = titles[lang] ?? '';
  // The app checks that it is in this page by the referrer: send the page's origin, never its path.
  frame.referrerPolicy = 'strict-origin';
  // The frame is always as tall as its content, so it never needs a scrollbar of its own.
  frame.setAttribute('scrolling', 'no');
  Object.assign(frame.style, { display: 'block', width: '100%', height: initialHeight, border: '0' });

  window.addEventListener('message', (event) => {
    // Only this frame, showing the app: any other window or origin is ignored.
    if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
    const message = readHostMessage(event.data);
    if (!message) return;
    if (message.type === messageTypes.resize) frame.style.height = `${message.height}px`;
    if (message.type === messageTypes.step) showTop(frame);
    frame.dispatchEvent(new CustomEvent(message.type, { bubbles: true, detail: message }));
  });

  const selector = options['container'];
  if (selector === undefined) {
    if (script.closest('body')) script.after(frame);
    else warn('put the script where the guide should appear, or name an element in data-container.');
    return;
  }
  const place = () => {
    let container: Element | null = null;
    try {
      container = document.querySelector(selector);
    } catch {
      // Not a selector: said below.
    }
    if (container) container.append(frame);
    else if (script.closest('body')) {
      warn(`found no element for data-container; the guide is shown where the script is.`);
      script.after(frame);
    } else warn(`found no element for data-container.`);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', place);
  else place();
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement) embed(script);
else warn('load embed.js with a plain <script src> tag, not as a module.');
