import { Suspense, useMemo, useState } from 'react';
import type { CompleteAnswers } from '../domain/answers';
import type { Deciding } from '../domain/deciding';
import { encodeSharedLink } from '../domain/sharedLink';
import { summarize } from '../domain/summary';
import { BackButton } from './BackButton';
import { useContent } from './content';
import { useResultsContent } from './resultsContent';
import { PhysioSummary } from './PhysioSummary';
import { preloadable } from './preloadable';
import { QuietBoundary } from './QuietBoundary';
import { useSettings } from './settings';

// The QR encoder is its own small chunk, fetched in the background with the results.
const qr = preloadable(
  () => import('./QrCode'),
  (module) => module.QrCode,
);
export const preloadQr = qr.preload;
const QrCode = qr.Component;

/** The app's own address with the answers in the fragment: no query, so the phone opens it as a patient. */
const linkTo = (answers: CompleteAnswers, deciding: Deciding) =>
  `${window.location.origin}${window.location.pathname}${encodeSharedLink(answers, deciding)}`;

const openInNewTab = (url: string) => window.open(url, '_blank', 'noopener');

interface Props {
  answers: CompleteAnswers;
  deciding: Deciding;
  /** Under the results opened from a QR link: no Back, no QR code, and a way to start one's own. */
  readOnly?: boolean;
  onBack: () => void;
  /** Start again at the end of the journey; from a QR link, start one's own answers. */
  onRestart: () => void;
  /** The waiting-room tablet's way on to the hand-back step. */
  onFinish?: (() => void) | undefined;
}

/**
 * The patient's summary to take in: the same one the front desk and the QR link show, on one
 * screen and one printed page, with the QR code and Print.
 */
export function SummaryPage({ answers, deciding, readOnly = false, onBack, onRestart, onFinish }: Props) {
  const { takeHome, common } = useContent();
  const { decisionSummary, handBack } = useResultsContent();
  const { effects } = useSettings().settings;
  const summary = useMemo(() => summarize(answers, deciding), [answers, deciding]);
  const [madeOn] = useState(() => new Date());
  const link = linkTo(answers, deciding);
  return (
    <>
      {readOnly ? (
        // Below the read-only results, which hold the page's one main heading.
        <h2>{decisionSummary.title}</h2>
      ) : (
        <>
          <BackButton onBack={onBack} />
          <h1 tabIndex={-1}>{decisionSummary.title}</h1>
        </>
      )}
      <p className="no-print">{decisionSummary.lead}</p>
      <PhysioSummary summary={summary} madeOn={madeOn} />

      <section aria-labelledby="take-home" className="take-home no-print">
        <h2 id="take-home">{takeHome.title}</h2>
        {!readOnly && (
          <div className="qr-box">
            <QuietBoundary>
              <Suspense fallback={<div className="qr" />}>
                <QrCode text={link} label={takeHome.qrLabel} />
              </Suspense>
            </QuietBoundary>
            <p>{takeHome.qrHelp}</p>
          </div>
        )}
        <div className="actions">
          {/* Printing inside a clinic's frame is unreliable: there the same summary opens, read-only, in a new tab. */}
          <button
            type="button"
            className="button secondary"
            onClick={effects.hostPage ? () => openInNewTab(link) : () => window.print()}
          >
            {effects.hostPage ? takeHome.printInNewTab : takeHome.print}
          </button>
        </div>
      </section>

      <div className="actions">
        {onFinish && !readOnly && (
          <button type="button" className="button primary" onClick={onFinish}>
            {handBack.finished}
          </button>
        )}
        <button type="button" className={readOnly ? 'button primary' : 'button secondary'} onClick={onRestart}>
          {readOnly ? takeHome.startOwn : common.startAgain}
        </button>
      </div>
    </>
  );
}
