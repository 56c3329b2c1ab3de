import { isLanguage, pageName } from '../content/languages';
import { questionIds } from '../content/schema';
import {
  hostMessage,
  maxFrameHeight,
  messageTypes,
  protocolVersion,
  type HostMessage,
  type PublicStep,
} from '../domain/embedProtocol';

// embed.js's side of the protocol (domain/embedProtocol.ts): the frame's address, and the check of
// every message that comes from it.

const publicSteps: readonly unknown[] = ['welcome', ...questionIds, 'review', 'end'];

/**
 * A message from the frame, rebuilt field by field so that nothing else reaches the page; undefined
 * for anything else. Written out by hand rather than with Valibot: embed.js must stay under 2 kB.
 */
export function readHostMessage(data: unknown): HostMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, version, height, step } = data as Record<string, unknown>;
  if (version !== protocolVersion) return undefined;
  switch (type) {
    case messageTypes.ready:
      return hostMessage.ready();
    case messageTypes.finished:
      return hostMessage.finished();
    case messageTypes.resize:
      return typeof height === 'number' && height >= 0 && height <= maxFrameHeight
        ? hostMessage.resize(Math.ceil(height))
        : undefined;
    case messageTypes.step:
      return publicSteps.includes(step) ? hostMessage.step(step as PublicStep) : undefined;
    default:
      return undefined;
  }
}

/** The snippet's `data-` options that travel to the app, as the clinic wrote them: the app checks each. */
export const snippetOptions = ['lang', 'accent', 'clinic', 'idle'] as const;

/** The frame's address: the app in embed mode, told the page's origin and the snippet's options. */
export function frameUrl(
  appUrl: string,
  parentOrigin: string,
  options: Readonly<Partial<Record<string, string | undefined>>>,
): string {
  // Each language has its own page, which paints in it from the start (the app checks `lang` too).
  const lang = options['lang'];
  const url = new URL(isLanguage(lang) ? pageName(lang) : '', appUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set('mode', 'embed');
  url.searchParams.set('parent', parentOrigin);
  for (const key of snippetOptions) {
    const value = options[key];
    if (value !== undefined) url.searchParams.set(key, value);
  }
  return url.href;
}
