import { questionIds } from '../content/schema';
import type { Summary } from '../domain/summary';
import { AnswerText } from './AnswerText';
import { useContent } from './content';
import { EvidenceNote } from './EvidenceNote';
import { useResultsContent } from './resultsContent';
import { useSettings } from './settings';

/** One screen and one printed page for the physio. No name is ever asked or shown. */
export function PhysioSummary({ summary, madeOn }: { summary: Summary; madeOn: Date }) {
  const content = useContent();
  const { questions } = content;
  const { guidance, claims, physioQuestions, summary: text, decisionSummary, values, leaning } = useResultsContent();
  const { clinicName, offersNeedling, interestStatement } = useSettings().settings.clinic;
  const date = new Intl.DateTimeFormat(content.lang, { dateStyle: 'long', timeStyle: 'short' }).format(madeOn);
  return (
    <section aria-labelledby="physio-summary" className="physio-summary">
      <h2 id="physio-summary">{text.title}</h2>
      {clinicName && <p className="clinic-name">{clinicName}</p>}
      <p>
        {text.made(date)} {text.noName}
      </p>
      {summary.warningSigns.length > 0 && (
        <div className="clinician-first">
          <h3>{text.warningTitle}</h3>
          <p>{text.warning}</p>
          <ul>
            {summary.warningSigns.map((flag) => (
              <li key={flag}>{questions.redFlags.options[flag]}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>{text.safetyTitle}</h3>
      {summary.safetyNotes.length === 0 ? (
        <p>{text.noSafety}</p>
      ) : (
        <ul className="statements">
          {summary.safetyNotes.map((note) => (
            <li key={note.id}>
              <p>{guidance[note.id]}</p>
              <EvidenceNote keys={note.keys} />
            </li>
          ))}
        </ul>
      )}
      {summary.headline && (
        <>
          <h3>{text.expectationTitle}</h3>
          <p>{claims[summary.headline.id]}</p>
          <EvidenceNote label={summary.headline.label} keys={summary.headline.keys} />
          <h3>{decisionSummary.valuesTitle}</h3>
          {summary.values.length === 0 ? (
            <p>{decisionSummary.noValues}</p>
          ) : (
            <dl className="summary">
              {summary.values.map(({ id, weight }) => (
                <div className="summary-row" key={id}>
                  <dt>{values.items[id]}</dt>
                  <dd>{values.weights[weight]}</dd>
                </div>
              ))}
            </dl>
          )}
          <h3>{decisionSummary.leaningTitle}</h3>
          <p>{summary.leaning ? leaning.options[summary.leaning] : decisionSummary.notChosen}</p>
          <h3>{decisionSummary.sureTitle}</h3>
          <dl className="summary">
            {summary.sure.map(({ id, answer }) => (
              <div className="summary-row" key={id}>
                <dt>{leaning.sure[id]}</dt>
                <dd>{answer ? leaning.answers[answer] : decisionSummary.notAnswered}</dd>
              </div>
            ))}
          </dl>
          {summary.nextSteps.length > 0 && (
            <>
              <h3>{leaning.nextStepsTitle}</h3>
              <ul>
                {summary.nextSteps.map((id) => (
                  <li key={id}>{leaning.nextSteps[id]}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <h3>{text.answersTitle}</h3>
      <dl className="summary">
        {questionIds.map((question) => (
          <div className="summary-row" key={question}>
            <dt>{questions[question].reviewLabel}</dt>
            <dd>
              <AnswerText answers={summary.answers} question={question} fallback={text.notAnswered} />
            </dd>
          </div>
        ))}
      </dl>
      {summary.questions.length > 0 && (
        <>
          <h3>{text.questionsTitle}</h3>
          <ul className="questions">
            {summary.questions.map((id) => (
              <li key={id}>{physioQuestions[id]}</li>
            ))}
          </ul>
        </>
      )}
      {(offersNeedling || interestStatement) && (
        <>
          <h3>{decisionSummary.clinicTitle}</h3>
          {offersNeedling && <p>{decisionSummary.clinicOffers}</p>}
          {interestStatement && <p>{interestStatement}</p>}
        </>
      )}
    </section>
  );
}
