import type { QuestionId } from '../content/schema';
import type { Answers } from '../domain/answers';
import { useContent } from './content';

/**
 * The patient's answer to a question in words: one answer as text, several as a list (a list
 * is read out as one, with its length, where words joined by commas run together).
 */
export function AnswerText({
  answers,
  question,
  fallback = '',
}: {
  answers: Answers;
  question: QuestionId;
  /** Shown when the question has no answer. */
  fallback?: string;
}) {
  const { questions } = useContent();
  const value = answers[question];
  const options = questions[question].options as Readonly<Record<string, string>>;
  const chosen: readonly string[] = value === undefined ? [] : Array.isArray(value) ? value : [value as string];
  if (chosen.length > 1) {
    return (
      <ul className="answer-list">
        {chosen.map((option) => (
          <li key={option}>{options[option]}</li>
        ))}
      </ul>
    );
  }
  return <>{chosen[0] === undefined ? fallback : options[chosen[0]]}</>;
}
