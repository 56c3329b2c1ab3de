import { useState } from 'react';
import { en } from '../content/en';
import type { Content } from '../content/schema';
import { ContentContext } from './content';
import { ErrorBoundary } from './ErrorBoundary';
import { Journey, storageKey } from './Journey';
import { sessionStore } from './sessionStore';

export function App({ content = en }: { content?: Content }) {
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
        <Journey key={attempt} />
      </ContentContext>
    </ErrorBoundary>
  );
}
