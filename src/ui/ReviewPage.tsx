import { questionIds, type QuestionId } from '../content/schema';
import type { Answers } from '../domain/answers';
import { AnswerText } from './AnswerText';
import { BackButton } from './BackButton';
import { useContent } from './content';

interface Props {
  answers: Answers;
  onChange: (question: QuestionId) => void;
  onContinue: () => void;
  onBack: () => void;
}

export function ReviewPage({ answers, onChange, onContinue, onBack }: Props) {
  const { review, questions, common } = useContent();
  return (
    <>
      <BackButton onBack={onBack} />
      <h1 tabIndex={-1}>{review.title}</h1>
      <p>{review.lead}</p>
      <dl className="summary">
        {questionIds.map((question) => (
          <div className="summary-row" key={question}>
            <dt>{questions[question].reviewLabel}</dt>
            <dd>
              <AnswerText answers={answers} question={question} />
            </dd>
            <dd>
              <button type="button" className="link" onClick={() => onChange(question)}>
                {common.change} <span className="visually-hidden">{questions[question].reviewLabel}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" className="button primary" onClick={onContinue}>
          {common.seeResults}
        </button>
      </div>
    </>
  );
}
