import { useEffect, useRef, type RefObject } from 'react';
import { useSettings } from './settings';

/**
 * Each new screen gets a page title and focus on its heading, so that a screen reader
 * announces it as if a new page had loaded. Nothing moves on the first screen.
 */
export function useScreenFocus(screen: string, container: RefObject<HTMLElement | null>, appTitle: string): void {
  const shown = useRef<string | null>(null);
  // In a frame on a clinic's website, focusing would scroll the clinic's page to the frame.
  const preventScroll = useSettings().settings.effects.hostPage;
  useEffect(() => {
    const heading = container.current?.querySelector('h1');
    const title = heading?.textContent ?? appTitle;
    document.title = title === appTitle ? title : `${title} - ${appTitle}`;
    const changed = shown.current !== null && shown.current !== screen;
    shown.current = screen;
    if (!changed || !heading) return;
    // When a modal dialog closed in this same update (Start again, the idle erase), WebKit
    // ignores focus() on the new heading until the page's layout has been brought up to date:
    // reading it does that. Without it, focus stays on the page and a screen reader is lost.
    heading.getBoundingClientRect();
    heading.focus({ preventScroll });
  }, [screen, container, appTitle, preventScroll]);
}
