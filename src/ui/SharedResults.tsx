import { Suspense, useRef } from 'react';
import type { SharedLink } from '../domain/sharedLink';
import { useContent } from './content';
import { results, summaryScreen } from './screens';
import { useScreenFocus } from './useScreenFocus';

const ResultsPage = results.Component;
const SummaryPage = summaryScreen.Component;

/**
 * Results and the summary opened from a QR link on the patient's own phone: read-only, and saved nowhere. A link
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
          {/* On paper, the one-page summary alone: the same as the patient's own print. */}
          <div className="no-print">
            <ResultsPage answers={link.answers} readOnly onBack={onStart} />
          </div>
          <SummaryPage answers={link.answers} deciding={link.deciding} readOnly onBack={onStart} onRestart={onStart} />
        </Suspense>
      )}
    </main>
  );
}
