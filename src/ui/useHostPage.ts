import { useEffect } from 'react';
import type { Step } from '../machine/journeyMachine';
import { useContent } from './content';
import { useSettings } from './settings';

/** On a clinic's website: the link to the page around the frame (hostConnection.ts, loaded only there). */
export function useHostPage(step: Step): void {
  const { settings } = useSettings();
  const content = useContent();
  useEffect(() => {
    if (!settings.effects.hostPage) return;
    import('./hostConnection').then(
      (host) => host.update(step, settings, content),
      // The Wi-Fi dropped: the frame keeps its height, and the guide works on.
      () => undefined,
    );
  }, [step, settings, content]);
}
