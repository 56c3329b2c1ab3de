import type { QuestionId } from '../content/schema';

// The messages from the app in its frame to embed.js on a clinic's page (README: "On a clinic's
// website"). Namespaced and versioned, so a page that hears other messages can tell these apart.
// They say where the patient is, never what they answered: no answer or result leaves the frame.

export const protocolVersion = 1;

export const messageTypes = {
  /** The app has started: Start works. */
  ready: 'dryneedling:ready',
  /** The frame's content is this tall, in CSS px. */
  resize: 'dryneedling:resize',
  /** A new step is on screen. */
  step: 'dryneedling:step',
  /** The patient has reached the end of the guide (once per journey). */
  finished: 'dryneedling:finished',
} as const;

/**
 * A step as the clinic's page sees it. The results, the steps after them (what matters, the
 * leaning, the summary) and the "see a doctor first" page are all `end`: which of them a patient
 * reaches depends on their answers.
 */
export type PublicStep = 'welcome' | QuestionId | 'review' | 'end';

export type HostMessage =
  | { readonly type: typeof messageTypes.ready; readonly version: typeof protocolVersion }
  | { readonly type: typeof messageTypes.resize; readonly version: typeof protocolVersion; readonly height: number }
  | { readonly type: typeof messageTypes.step; readonly version: typeof protocolVersion; readonly step: PublicStep }
  | { readonly type: typeof messageTypes.finished; readonly version: typeof protocolVersion };

/** A frame taller than this is a mistake or a trick, not a page. */
export const maxFrameHeight = 100_000;

export const hostMessage = {
  ready: (): HostMessage => ({ type: messageTypes.ready, version: protocolVersion }),
  resize: (height: number): HostMessage => ({ type: messageTypes.resize, version: protocolVersion, height }),
  step: (step: PublicStep): HostMessage => ({ type: messageTypes.step, version: protocolVersion, step }),
  finished: (): HostMessage => ({ type: messageTypes.finished, version: protocolVersion }),
};
