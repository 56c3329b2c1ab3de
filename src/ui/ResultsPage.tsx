import { useDeferredValue, useMemo } from 'react';
import { publication } from '../content/evidence';
import { referenceKeys } from '../content/schema';
import type { CompleteAnswers } from '../domain/answers';
import { assess, type Assessment, type GuidanceNote } from '../domain/assess';
import { BackButton } from './BackButton';
import { useContent } from './content';
import { Badge, Citation, EvidenceNote, Sources } from './EvidenceNote';
import { LabelHelp, LabelMeanings, Layer, OptionsGrid, StatementList } from './ResultsLayers';
import { useResultsContent } from './resultsContent';
import { useSettings } from './settings';

function GuidanceList({ items }: { items: readonly GuidanceNote[] }) {
  const { guidance } = useResultsContent();
  return (
    <ul className="statements">
      {items.map((item) => (
        <li key={item.id}>
          <p>{guidance[item.id]}</p>
          <EvidenceNote keys={item.keys} />
        </li>
      ))}
    </ul>
  );
}

interface Props {
  answers: CompleteAnswers;
  /** A copy opened from a QR link: no Back, and no way on (the summary follows on the same page). */
  readOnly?: boolean;
  onBack: () => void;
  /** On to what matters to the patient; absent when the machine allows no way on. */
  onNext?: (() => void) | undefined;
}

/** What to expect: benefits and harms in the same form and detail, and the choice left to the patient. */
export function ResultsPage({ answers, readOnly = false, onBack, onNext }: Props) {
  const { lang, results, takeHome } = useContent();
  const printedOn = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
  const assessment = useMemo(() => assess(answers), [answers]);
  // The page is long. The tap that opens it paints the top first (the answer to the patient's
  // question and the safety notes); the rest follows in the background, below the fold.
  const complete = useDeferredValue(true, false);

  return (
    <>
      {readOnly ? <p className="read-only">{takeHome.readOnly}</p> : <BackButton onBack={onBack} />}
      <h1 tabIndex={-1}>{results.title}</h1>
      <p className="print-only">{takeHome.printed(printedOn)}</p>
      <Takeaway assessment={assessment} />

      {/* What must not be missed comes first, right under the answer to the patient's question. */}
      {assessment.safetyNotes.length > 0 && (
        <section aria-labelledby="safety-notes" className="safety">
          <h2 id="safety-notes">{results.safetyTitle}</h2>
          <p>{results.safetyLead}</p>
          <GuidanceList items={assessment.safetyNotes} />
        </section>
      )}
      {/* Your right to say no, and when to get urgent help after needling near the chest: never folded away. */}
      <div className="warnings">
        <GuidanceList items={assessment.warnings} />
      </div>

      {complete && <ResultsDetails assessment={assessment} readOnly={readOnly} onNext={onNext} />}
    </>
  );
}

/** A date as a patient says it ("November 2026"), in the page's language. */
const inWords = (date: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(date));

/**
 * The first screen: how likely relief is and for how long, what to pair needling with, and the
 * main harm with its number, each with its label; what the labels mean beside the first; one list
 * of their sources.
 */
function Takeaway({ assessment }: { assessment: Assessment }) {
  const { claims, layers } = useResultsContent();
  const keys = new Set(assessment.takeaway.flatMap((item) => item.keys));
  return (
    <section aria-label={layers.takeawayTitle} className="takeaway">
      <ul>
        {assessment.takeaway.map((item, index) => (
          <li key={item.id} className={index === 0 ? 'headline' : undefined}>
            <p>
              {claims[item.id]} <Badge label={item.label} none={item.label === 'none' ? item.none : undefined} />
            </p>
            {index === 0 && <LabelHelp />}
          </li>
        ))}
      </ul>
      <Sources keys={referenceKeys.filter((key) => keys.has(key))} />
    </section>
  );
}

interface DetailsProps extends Pick<Props, 'readOnly' | 'onNext'> {
  assessment: Assessment;
}

function ResultsDetails({ assessment, readOnly = false, onNext }: DetailsProps) {
  const { lang, results } = useContent();
  const { layers, physioQuestions, sourceNames, values, decisionSummary } = useResultsContent();
  const { clinic } = useSettings().settings;
  const { contactLine, offersNeedling, interestStatement } = clinic;
  return (
    <>
      <p className="decision">{results.decision}</p>

      <Layer id="may-do" title={results.mayDo}>
        <StatementList items={assessment.mayDo} />
      </Layer>

      <Layer id="will-not-do" title={results.willNotDo}>
        <StatementList items={assessment.willNotDo} />
      </Layer>

      <Layer id="feels-like" title={results.feelsLike}>
        <StatementList items={assessment.feelsLike} />
      </Layer>

      <Layer id="options" title={layers.gridTitle}>
        <OptionsGrid options={assessment.options} />
      </Layer>

      <Layer id="about-pain" title={layers.aboutPainTitle}>
        {layers.aboutPainBody.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <StatementList items={assessment.aboutPain} />
      </Layer>

      <Layer id="ask" title={results.questionsTitle}>
        <p>{results.questionsLead}</p>
        <ul className="questions">
          {assessment.questions.map((id) => (
            <li key={id}>{physioQuestions[id]}</li>
          ))}
        </ul>
      </Layer>

      <section aria-labelledby="decide" className="decide">
        <h2 id="decide">{results.decideTitle}</h2>
        <p>{results.decide}</p>
        {contactLine && <p className="contact">{contactLine}</p>}
      </section>

      {!readOnly && onNext && (
        <div className="actions">
          <button type="button" className="button primary" onClick={onNext}>
            {values.next}
          </button>
        </div>
      )}

      <section aria-labelledby="about" className="about">
        <h2 id="about">{results.aboutTitle}</h2>
        {layers.aboutBody.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {/* The clinic's own interest, as it stated it on the staff screen. */}
        {offersNeedling && <p>{decisionSummary.clinicOffers}</p>}
        {interestStatement && <p>{interestStatement}</p>}
        <p>{layers.readingLevel(layers.readingScore)}</p>
        <p>{layers.reviewDates(inWords(publication.published, lang), inWords(publication.nextReview, lang))}</p>
        <dl className="dates">
          <div>
            <dt>{results.published}</dt>
            <dd>
              <time dateTime={publication.published}>{inWords(publication.published, lang)}</time>
            </dd>
          </div>
          <div>
            <dt>{results.nextReview}</dt>
            <dd>
              <time dateTime={publication.nextReview}>{inWords(publication.nextReview, lang)}</time>
            </dd>
          </div>
        </dl>
        <h3>{results.labelsTitle}</h3>
        <LabelMeanings />
        {/* The full list is long on a phone: it opens on request. */}
        <details className="references-box">
          <summary>
            {results.referencesTitle} ({assessment.references.length})
          </summary>
          <ol className="references">
            {assessment.references.map((key) => (
              <li key={key}>
                <strong>{sourceNames[key]}</strong> <Citation source={key} />
              </li>
            ))}
          </ol>
        </details>
        {/* On paper the list cannot be opened: it is printed in full, and hidden from the screen. */}
        <ol className="references print-only">
          {assessment.references.map((key) => (
            <li key={key}>
              <Citation source={key} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
