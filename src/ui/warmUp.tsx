import { startTransition, useEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialTransition, transition } from 'xstate';
import { questionIds } from '../content/schema';
import { emptyAnswers } from '../domain/answers';
import { journeyMachine } from '../machine/journeyMachine';
import { whenIdle } from './nextTask';
import { QuestionPage } from './QuestionPage';

const noop = () => undefined;

/** Calls `onShown` once its children are in the (unseen) page. */
function Shown({ onShown, children }: { onShown: () => void; children: ReactNode }) {
  useEffect(onShown, [onShown]);
  return children;
}

/**
 * The tap on Start would otherwise be the first time the browser runs the question page's code
 * and the journey's first transitions, which costs it several times a later tap. While the
 * patient reads the welcome page, run both once, unseen: the first question is rendered into
 * an element that is never part of the page, then removed. Each step is a short task of its
 * own (the render a transition, in slices), so a tap meanwhile is answered at once.
 */
export function warmUp(): void {
  const [welcome] = initialTransition(journeyMachine);
  transition(journeyMachine, welcome, { type: 'start' });
  whenIdle(renderUnseen);
}

function renderUnseen(): void {
  const root = createRoot(document.createElement('div'));
  const unmount = () => whenIdle(() => root.unmount());
  startTransition(() =>
    root.render(
      <Shown onShown={unmount}>
        <QuestionPage
          question={questionIds[0]}
          answers={emptyAnswers}
          showError={false}
          position={1}
          total={questionIds.length}
          onAnswer={noop}
          onContinue={noop}
          onBack={noop}
        />
      </Shown>,
    ),
  );
}
