import { Suspense, useRef } from 'react';
import type { SharedLink } from '../domain/sharedLink';
import { useContent } from './content';
import { results } from './screens';
import { useScreenFocus } from './useScreenFocus';

const ResultsPage = results.Component;

/**
 * Results opened from a QR link on the patient's own phone: read-only, and saved nowhere. A link
 * that was cut short or changed gets a calm message, never made-up results.
 */
export function SharedResults({ link, onStart }: { link: Exclude<SharedLink, { kind: 'none' }>; onStart: () => void }) {
  const content = useContent();
  const main = useRef<HTMLElement>(null);
  useScreenFocus(link.kind, main, content.appTitle);
  return (
    <main ref={main} lang={content.lang}>
      {link.kind === 'broken' ? (
        <>
          <h1 tabIndex={-1}>{content.takeHome.brokenTitle}</h1>
          <p>{content.takeHome.brokenBody}</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={onStart}>
              {content.common.start}
            </button>
          </div>
        </>
      ) : (
        <Suspense fallback={<p role="status">{content.common.loading}</p>}>
          <ResultsPage answers={link.answers} readOnly onBack={onStart} onRestart={onStart} />
        </Suspense>
      )}
    </main>
  );
}
