import { useDeferredValue, useMemo } from 'react';
import { pictograms, publication } from '../content/evidence';
import { references } from '../content/references';
import { evidenceLabels } from '../content/schema';
import type { CompleteAnswers } from '../domain/answers';
import { assess, type Assessment, type GuidanceNote, type Statement } from '../domain/assess';
import { BackButton } from './BackButton';
import { useContent } from './content';
import { EvidenceNote } from './EvidenceNote';
import { Pictogram } from './Pictogram';
import { useResultsContent } from './resultsContent';
import { useSettings } from './settings';

function StatementList({ items }: { items: readonly Statement[] }) {
  const { results } = useContent();
  const { claims } = useResultsContent();
  return (
    <ul className="statements">
      {items.map((item) => {
        const pictogram = pictograms[item.id];
        return (
          <li key={item.id}>
            <p>{claims[item.id]}</p>
            {pictogram && <Pictogram {...pictogram} label={results.iconArrayLabel(pictogram.count, pictogram.total)} />}
            <EvidenceNote label={item.label} keys={item.keys} />
          </li>
        );
      })}
    </ul>
  );
}

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
  const { claims } = useResultsContent();
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
      <p className="decision">{results.decision}</p>
      <div className="headline">
        <p>{claims[assessment.headline.id]}</p>
        <EvidenceNote label={assessment.headline.label} keys={assessment.headline.keys} />
      </div>

      {/* What must not be missed comes first: before any benefit or harm. */}
      {assessment.safetyNotes.length > 0 && (
        <section aria-labelledby="safety-notes" className="safety">
          <h2 id="safety-notes">{results.safetyTitle}</h2>
          <p>{results.safetyLead}</p>
          <GuidanceList items={assessment.safetyNotes} />
        </section>
      )}

      {complete && <ResultsDetails assessment={assessment} readOnly={readOnly} onNext={onNext} />}
    </>
  );
}

interface DetailsProps extends Pick<Props, 'readOnly' | 'onNext'> {
  assessment: Assessment;
}

function ResultsDetails({ assessment, readOnly = false, onNext }: DetailsProps) {
  const { results, common } = useContent();
  const { claims, optionCards, physioQuestions, values } = useResultsContent();
  const { clinic } = useSettings().settings;
  const { contactLine } = clinic;
  return (
    <>
      <section aria-labelledby="may-do">
        <h2 id="may-do">{results.mayDo}</h2>
        <StatementList items={assessment.mayDo} />
      </section>

      <section aria-labelledby="will-not-do">
        <h2 id="will-not-do">{results.willNotDo}</h2>
        <StatementList items={assessment.willNotDo} />
      </section>

      <section aria-labelledby="feels-like">
        <h2 id="feels-like">{results.feelsLike}</h2>
        <StatementList items={assessment.feelsLike} />
        <GuidanceList items={assessment.warnings} />
      </section>

      <section aria-labelledby="options">
        <h2 id="options">{results.optionsTitle}</h2>
        <p>{results.optionsLead}</p>
        <ul className="cards">
          {assessment.options.map((card) => (
            <li key={card.id} className="card">
              <h3>{optionCards[card.id].name}</h3>
              <p>{optionCards[card.id].what}</p>
              <h4>{results.benefitHeading}</h4>
              <p>{claims[card.benefit.id]}</p>
              <EvidenceNote label={card.benefit.label} keys={card.benefit.keys} />
              <h4>{results.downsideHeading}</h4>
              <p>{optionCards[card.id].downside}</p>
              {card.harms && <EvidenceNote label={card.harms.label} keys={card.harms.keys} />}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="ask">
        <h2 id="ask">{results.questionsTitle}</h2>
        <p>{results.questionsLead}</p>
        <ul className="questions">
          {assessment.questions.map((id) => (
            <li key={id}>{physioQuestions[id]}</li>
          ))}
        </ul>
      </section>

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
        {results.aboutBody.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <dl className="dates">
          <div>
            <dt>{results.published}</dt>
            <dd>
              <time dateTime={publication.published}>{publication.published}</time>
            </dd>
          </div>
          <div>
            <dt>{results.nextReview}</dt>
            <dd>
              <time dateTime={publication.nextReview}>{publication.nextReview}</time>
            </dd>
          </div>
        </dl>
        <h3>{results.labelsTitle}</h3>
        <dl className="labels">
          {evidenceLabels.map((label) => (
            <div key={label}>
              <dt>{common.labels[label]}</dt>
              <dd>{common.labelMeaning[label]}</dd>
            </div>
          ))}
        </dl>
        {/* The full list is long on a phone: it opens on request. */}
        <details className="references-box">
          <summary>
            {results.referencesTitle} ({assessment.references.length})
          </summary>
          <ol className="references">
            {assessment.references.map((key) => (
              <li key={key}>
                <strong>{key}</strong> {references[key].citation}
                {references[key].url && <span className="url"> {references[key].url}</span>}
              </li>
            ))}
          </ol>
        </details>
        {/* On paper the list cannot be opened: it is printed in full, and hidden from the screen. */}
        <ol className="references print-only">
          {assessment.references.map((key) => (
            <li key={key}>
              {references[key].citation}
              {references[key].url && <span className="url"> {references[key].url}</span>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
