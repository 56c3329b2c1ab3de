import type { FormEvent } from 'react';
import {
  leaningOptions,
  sureAnswers,
  sureIds,
  type LeaningOption,
  type SureAnswer,
  type SureId,
} from '../content/schema';
import { sureNextSteps, type Deciding } from '../domain/deciding';
import { BackButton } from './BackButton';
import { useContent } from './content';
import { useResultsContent } from './resultsContent';

interface Props {
  deciding: Deciding;
  onLean: (leaning: LeaningOption) => void;
  onSure: (question: SureId, answer: SureAnswer) => void;
  onContinue: () => void;
  onBack: () => void;
}

/**
 * Which way the patient is leaning, and the SURE test of readiness. Nothing is required and
 * nothing is recommended: a "no" only shows what to ask the physio next.
 */
export function LeaningPage({ deciding, onLean, onSure, onContinue, onBack }: Props) {
  const { common } = useContent();
  const { leaning } = useResultsContent();
  const nextSteps = sureNextSteps(deciding);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onContinue();
  };
  return (
    <>
      <BackButton onBack={onBack} />
      <form onSubmit={submit} noValidate>
        <fieldset className="question" aria-describedby="leaning-hint">
          <legend>
            <h1 tabIndex={-1}>{leaning.title}</h1>
          </legend>
          <p className="hint" id="leaning-hint">
            {leaning.lead}
          </p>
          <div className="choices radios">
            {leaningOptions.map((option) => (
              <div key={option} className="choice">
                <input
                  id={`leaning-${option}`}
                  type="radio"
                  name="leaning"
                  value={option}
                  checked={deciding.leaning === option}
                  onChange={() => onLean(option)}
                />
                <label htmlFor={`leaning-${option}`}>{leaning.options[option]}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <section aria-labelledby="sure-title" className="sure">
          <h2 id="sure-title">{leaning.sureTitle}</h2>
          <p className="hint">{leaning.sureLead}</p>
          {sureIds.map((question) => (
            <fieldset key={question} className="question value">
              <legend>{leaning.sure[question]}</legend>
              <div className="choices radios yes-no">
                {sureAnswers.map((answer) => {
                  const id = `sure-${question}-${answer}`;
                  return (
                    <div key={answer} className="choice">
                      <input
                        id={id}
                        type="radio"
                        name={`sure-${question}`}
                        value={answer}
                        checked={deciding.sure[question] === answer}
                        onChange={() => onSure(question, answer)}
                      />
                      <label htmlFor={id}>{leaning.answers[answer]}</label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </section>

        {nextSteps.length > 0 && (
          <section aria-labelledby="next-steps" className="next-steps">
            <h2 id="next-steps">{leaning.nextStepsTitle}</h2>
            <ul>
              {nextSteps.map((id) => (
                <li key={id}>{leaning.nextSteps[id]}</li>
              ))}
            </ul>
          </section>
        )}

        <div className="actions">
          <button type="submit" className="button primary">
            {common.continue}
          </button>
        </div>
      </form>
    </>
  );
}
