import type { QuestionId } from '../content/schema';
import type { Answers } from '../domain/answers';
import { useContent } from './content';

/** The patient's answer to a question in words, as a comma-separated list for tick-all questions. */
export function useAnswerText(): (answers: Answers, question: QuestionId) => string {
  const { questions } = useContent();
  return (answers, question) => {
    const value = answers[question];
    const options = questions[question].options as Readonly<Record<string, string>>;
    const chosen: readonly string[] = value === undefined ? [] : Array.isArray(value) ? value : [value as string];
    return chosen.map((option) => options[option]).join(', ');
  };
}
