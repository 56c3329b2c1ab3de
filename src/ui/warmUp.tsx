import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { initialTransition, transition } from 'xstate';
import { questionIds } from '../content/schema';
import { emptyAnswers } from '../domain/answers';
import { journeyMachine } from '../machine/journeyMachine';
import { QuestionPage } from './QuestionPage';

const noop = () => undefined;

/**
 * The tap on Start would otherwise be the first time the browser runs the question page's code
 * and the journey's first transitions, which costs it several times a later tap. While the
 * patient reads the welcome page, run both once, unseen: the first question is rendered into
 * an element that is never part of the page, then removed.
 */
export function warmUp(): void {
  const [welcome] = initialTransition(journeyMachine);
  transition(journeyMachine, welcome, { type: 'start' });

  const root = createRoot(document.createElement('div'));
  flushSync(() =>
    root.render(
      <QuestionPage
        question={questionIds[0]}
        answers={emptyAnswers}
        showError={false}
        position={1}
        total={questionIds.length}
        onAnswer={noop}
        onContinue={noop}
        onBack={noop}
      />,
    ),
  );
  root.unmount();
}
