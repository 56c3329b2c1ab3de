import { useState } from 'react';
import { en } from '../content/en';
import type { Content } from '../content/schema';
import type { JourneySnapshot } from '../machine/journeyMachine';
import { ContentContext } from './content';
import { ErrorBoundary } from './ErrorBoundary';
import { Journey, storageKey } from './Journey';
import { sessionStore } from './sessionStore';

interface Props {
  content?: Content;
  /** A journey restored after a reload; dropped if the app has crashed since. */
  saved?: JourneySnapshot | undefined;
}

export function App({ content = en, saved }: Props) {
  // A new key after a crash mounts a fresh journey; the saved one is dropped in case it caused it.
  const [attempt, setAttempt] = useState(0);
  return (
    <ErrorBoundary
      onReset={() => {
        sessionStore.remove(storageKey);
        setAttempt((n) => n + 1);
      }}
    >
      <ContentContext value={content}>
        <Journey key={attempt} saved={attempt === 0 ? saved : undefined} />
      </ContentContext>
    </ErrorBoundary>
  );
}
