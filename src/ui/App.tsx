import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { en } from '../content/en';
import type { Content } from '../content/schema';
import { serializeClinicSettings, updateClinicSettings, type ClinicSettings, type Settings } from '../domain/settings';
import type { SharedLink } from '../domain/sharedLink';
import type { JourneySnapshot } from '../machine/journeyMachine';
import { ContentContext } from './content';
import { ErrorBoundary } from './ErrorBoundary';
import { Journey } from './Journey';
import { sharedResults } from './screens';
import { defaultSettings, SettingsContext, type SettingsValue } from './settings';
import { deviceStore, sessionStore, storageKeys } from './storage';

interface Props {
  content?: Content;
  /** Read once at start by domain/settings.ts: the mode from the URL, the clinic's saved settings. */
  settings?: Settings;
  /** A journey restored after a reload; dropped if the app has crashed since. */
  saved?: JourneySnapshot | undefined;
  tapSettleMs?: number | undefined;
  /** Results opened from a QR link (`#r=...`), or a broken one: shown instead of a journey. */
  shared?: SharedLink | undefined;
}

const SharedResults = sharedResults.Component;

export function App({ content = en, settings = defaultSettings, saved, tapSettleMs, shared }: Props) {
  const [link, setLink] = useState(shared);
  const startOwn = () => {
    // Drop the fragment, so a reload starts the patient's own journey too.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    setLink(undefined);
  };
  // A new key after a crash mounts a fresh journey; the saved one is dropped in case it caused it.
  const [attempt, setAttempt] = useState(0);
  const [clinic, setClinic] = useState(settings.clinic);
  const updateClinic = useCallback(
    (change: Partial<ClinicSettings>) => setClinic((current) => updateClinicSettings(current, change)),
    [],
  );
  // Only a clinic's change is written: a patient's visit leaves nothing in this device's storage.
  useEffect(() => {
    if (clinic !== settings.clinic) deviceStore.write(storageKeys.clinic, serializeClinicSettings(clinic));
  }, [clinic, settings.clinic]);
  const value = useMemo<SettingsValue>(
    () => ({ settings: { ...settings, clinic }, updateClinic }),
    [settings, clinic, updateClinic],
  );
  return (
    <ErrorBoundary
      content={content}
      onReset={() => {
        sessionStore.remove(storageKeys.journey);
        setAttempt((n) => n + 1);
      }}
    >
      <ContentContext value={content}>
        <SettingsContext value={value}>
          {link && link.kind !== 'none' ? (
            <Suspense fallback={<p role="status">{content.common.loading}</p>}>
              <SharedResults link={link} onStart={startOwn} />
            </Suspense>
          ) : (
            <Journey key={attempt} saved={attempt === 0 ? saved : undefined} tapSettleMs={tapSettleMs} />
          )}
        </SettingsContext>
      </ContentContext>
    </ErrorBoundary>
  );
}
