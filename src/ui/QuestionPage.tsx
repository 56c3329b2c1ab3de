import { memo, useEffect, useRef, type FormEvent } from 'react';
import type { QuestionId } from '../content/schema';
import { isMulti, optionsOf, type Answers } from '../domain/answers';
import { BackButton } from './BackButton';
import { useContent } from './content';

interface Props {
  question: QuestionId;
  /** This question's answer so far. */
  value: Answers[QuestionId];
  showError: boolean;
  position: number;
  total: number;
  onAnswer: (question: QuestionId, option: string) => void;
  onContinue: () => void;
  onBack: () => void;
}

/**
 * One question per page: the question is the legend and the page heading (GOV.UK pattern).
 * Rendered again only when its own props change, so the next question, made ready unseen, is not
 * redrawn at each answer to this one.
 */
export const QuestionPage = memo(function QuestionPage({
  question,
  value,
  showError,
  position,
  total,
  onAnswer,
  onContinue,
  onBack,
}: Props) {
  const content = useContent();
  const text = content.questions[question];
  const multi = isMulti(question);
  const selected: readonly string[] = value === undefined ? [] : Array.isArray(value) ? value : [value as string];
  const firstInput = useRef<HTMLInputElement>(null);
  const hintId = `${question}-hint`;
  const errorId = `${question}-error`;

  // After a Continue with no answer, put the patient on the first option: a screen reader
  // then reads the question with its error message.
  useEffect(() => {
    if (showError) firstInput.current?.focus();
  }, [showError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onContinue();
  };

  const options = optionsOf[question] as readonly string[];
  const labels = text.options as Readonly<Record<string, string>>;
  const hints = (text.optionHints ?? {}) as Readonly<Record<string, string | undefined>>;

  return (
    <>
      <BackButton onBack={onBack} />
      <form onSubmit={submit} noValidate>
        <fieldset
          className={showError ? 'question has-error' : 'question'}
          aria-describedby={showError ? `${hintId} ${errorId}` : hintId}
        >
          <legend>
            <span className="progress">{content.common.progress(position, total)}</span>
            {/* A new heading element per question, so that focusing it is always announced. */}
            <h1 tabIndex={-1} key={question}>
              {text.title}
            </h1>
          </legend>
          <p className="hint" id={hintId}>
            {text.hint}
          </p>
          {showError && (
            <p className="error-message" id={errorId}>
              <span className="visually-hidden">{content.common.errorPrefix}</span> {text.error}
            </p>
          )}
          <div className={multi ? 'choices checkboxes' : 'choices radios'}>
            {options.map((option, index) => {
              const id = `${question}-${option}`;
              const hint = hints[option];
              return (
                <div key={option} className={option === 'none' ? 'choice choice-none' : 'choice'}>
                  <input
                    ref={index === 0 ? firstInput : undefined}
                    id={id}
                    type={multi ? 'checkbox' : 'radio'}
                    name={question}
                    value={option}
                    checked={selected.includes(option)}
                    onChange={() => onAnswer(question, option)}
                    aria-describedby={hint ? `${id}-hint` : undefined}
                  />
                  <label htmlFor={id}>{labels[option]}</label>
                  {hint && (
                    <span className="choice-hint" id={`${id}-hint`}>
                      {hint}
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button primary">
            {content.common.continue}
          </button>
        </div>
      </form>
    </>
  );
});
