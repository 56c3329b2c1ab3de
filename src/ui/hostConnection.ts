import { contrastRatio, darken, minimumTextContrast } from '../domain/contrast';
import { hostMessage, type HostMessage, type PublicStep } from '../domain/embedProtocol';
import type { Content } from '../content/schema';
import type { Settings } from '../domain/settings';
import type { Step } from '../machine/journeyMachine';

// The link to a clinic's page around the frame (embed mode), loaded only there. The app posts
// only to that page's exact origin, once the browser has confirmed it; it listens to no messages.

interface HostPage {
  readonly origin: string;
  post(message: HostMessage): void;
}

/** Undefined until tried; null when there is no page to talk to. */
let page: HostPage | null | undefined;
let started = false;
let shown: PublicStep | undefined;
let finished = false;

/**
 * What the accent colours: the primary button behind white text, and links and outlines on white
 * and on the pale panels (`--paper` and `--soft` in styles.css). Each needs WCAG AA contrast.
 */
const accentBackgrounds = ['#ffffff', '#eef4f8'];

/** The origin of the page around this frame, as the browser reports it (not as the URL claims). */
function browserParentOrigin(): string | undefined {
  if (window.parent === window) return undefined;
  // Chromium and WebKit list the embedding origins. Firefox does not, but sends the referrer,
  // which embed.js asks to be the page's origin (`referrerpolicy`).
  const ancestor = (window.location.ancestorOrigins as DOMStringList | undefined)?.item(0);
  if (ancestor && ancestor !== 'null') return ancestor;
  try {
    return new URL(document.referrer).origin;
  } catch {
    return undefined;
  }
}

function connect(parentOrigin: string): HostPage | null {
  if (page !== undefined) return page;
  if (browserParentOrigin() !== parentOrigin) {
    console.warn(`mode=embed: this frame is not in a page from ${parentOrigin}, so the page is told nothing.`);
    return (page = null);
  }
  const root = document.documentElement;
  const parent = window.parent;
  const post = (message: HostMessage) => parent.postMessage(message, parentOrigin);
  // The page sets the frame's height from these, so the frame never needs a scrollbar.
  let height = -1;
  new ResizeObserver(() => {
    const now = Math.ceil(root.getBoundingClientRect().height);
    if (now === height) return;
    height = now;
    post(hostMessage.resize(now));
  }).observe(root);
  placeDialogsNearThePatient();
  return (page = { origin: parentOrigin, post });
}

/**
 * The frame is as tall as its content, so the middle of the frame, where a modal dialog opens,
 * can be far from the part of the clinic's page the patient is looking at. A dialog opens beside
 * what they last pressed instead (Modal.tsx focuses it without scrolling the page).
 */
function placeDialogsNearThePatient(): void {
  let lastY: number | undefined;
  window.addEventListener('pointerdown', (event) => (lastY = event.clientY), { capture: true, passive: true });
  window.addEventListener(
    'keydown',
    () => {
      const rect = document.activeElement?.getBoundingClientRect();
      if (rect && document.activeElement !== document.body) lastY = rect.top + rect.height / 2;
    },
    { capture: true, passive: true },
  );
  new MutationObserver((changes) => {
    for (const { target } of changes) {
      if (!(target instanceof HTMLDialogElement) || !target.open || lastY === undefined) continue;
      const margin = 16;
      const top = Math.min(lastY - target.offsetHeight / 2, window.innerHeight - target.offsetHeight - margin);
      target.style.margin = `${Math.max(margin, top)}px auto auto`;
    }
  }).observe(document.body, { subtree: true, attributeFilter: ['open'] });
}

/**
 * As soon as this module loads (main.tsx loads it straight after the first paint in embed mode),
 * so that the frame gets its height before the rest of the app has arrived.
 */
function connectEarly(): void {
  const params = new URLSearchParams(window.location.search);
  if (params.get('mode') !== 'embed') return;
  document.documentElement.classList.add('embedded');
  // Before the app has arrived, only an exact match with the origin the browser reports will do.
  // The settings module reads the parameter properly for the rest (`start`).
  const parent = params.get('parent');
  if (parent !== null && parent === browserParentOrigin()) connect(parent);
}
connectEarly();

/** When the app has started: link up with the page, in the clinic's colour and name, and say so. */
function start({ host, clinic }: Settings, content: Content): void {
  const { parentOrigin, accent } = host;
  const root = document.documentElement;
  root.classList.add('embedded');
  if (parentOrigin === undefined) {
    console.warn('mode=embed needs parent=<the origin of the page around the frame>: the page is told nothing.');
    return;
  }
  const linked = connect(parentOrigin);
  if (!linked || linked.origin !== parentOrigin) return;
  if (accent !== undefined) {
    if (accentBackgrounds.every((background) => contrastRatio(accent, background) >= minimumTextContrast)) {
      root.style.setProperty('--brand', accent);
      root.style.setProperty('--brand-dark', darken(accent, 0.75));
    } else {
      console.warn(`Ignored the URL parameter accent: white text on ${accent} is below ${minimumTextContrast}:1.`);
    }
  }
  // Plain text, outside the app's own tree, and only inside the clinic's own page: a link made up
  // to show another name, opened on its own, shows none.
  if (clinic.clinicName && !document.querySelector('.clinic-line')) {
    const footer = document.createElement('footer');
    footer.className = 'clinic-line';
    footer.append(
      Object.assign(document.createElement('p'), { textContent: content.embed.offeredBy(clinic.clinicName) }),
    );
    document.getElementById('root')?.after(footer);
  }
  linked.post(hostMessage.ready());
}

function publicStep(step: Step): PublicStep | undefined {
  switch (step) {
    // The steps after the results are `end` too: naming them would tell the page that this
    // patient had no warning sign.
    case 'results':
    case 'values':
    case 'leaning':
    case 'summary':
    case 'stop':
      return 'end';
    case 'handBack':
      return undefined;
    default:
      return step;
  }
}

/**
 * Called by useHostPage.ts whenever the step changes: the first time, link up and say the app is
 * ready; then each new step by its public name, and the end of the guide once per journey.
 */
export function update(step: Step, settings: Settings, content: Content): void {
  const name = publicStep(step);
  if (!started) {
    started = true;
    start(settings, content);
  }
  if (!page || !name || name === shown) return;
  const first = shown === undefined;
  shown = name;
  if (first) return;
  page.post(hostMessage.step(name));
  if (name === 'welcome') finished = false;
  if (name === 'end' && !finished) {
    finished = true;
    page.post(hostMessage.finished());
  }
}
