import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useRef } from 'react';
import { questionIds, type QuestionId } from '../content/schema';
import { isComplete, isQuestion } from '../domain/answers';
import { journeyMachine, type JourneySnapshot, type Step } from '../machine/journeyMachine';
import { saveJourney } from '../machine/savedJourney';
import { applyWaitingUpdate } from './appUpdate';
import { useContent } from './content';
import { QuestionPage } from './QuestionPage';
import { ResultsPage } from './ResultsPage';
import { ReviewPage } from './ReviewPage';
import { sessionStore } from './sessionStore';
import { StopPage } from './StopPage';
import { WelcomePage } from './WelcomePage';

export const storageKey = 'dry-needling-journey';

/** The browser history entries this app pushes carry their place in the journey. */
interface HistoryMark {
  journeyIndex: number;
}

function indexOf(state: unknown): number | undefined {
  const index = (state as Partial<HistoryMark> | null)?.journeyIndex;
  return typeof index === 'number' ? index : undefined;
}

export function Journey({ saved }: { saved?: JourneySnapshot | undefined }) {
  const content = useContent();
  const actor = useActorRef(journeyMachine, saved ? { snapshot: saved } : {});
  const step = useSelector(actor, (snapshot) => snapshot.value as Step);
  const context = useSelector(actor, (snapshot) => snapshot.context);
  const main = useRef<HTMLElement>(null);
  const shownStep = useRef<Step | null>(null);
  const historyIndex = useRef(0);
  /** The step now changing came from the browser's Back button: it has its history entry already. */
  const fromHistory = useRef(false);

  // Keep the patient's place across an accidental reload, and forget it on Start again.
  useEffect(() => {
    const subscription = actor.subscribe((snapshot) => {
      if (snapshot.value === 'welcome') sessionStore.remove(storageKey);
      else sessionStore.write(storageKey, saveJourney(snapshot));
    });
    return () => subscription.unsubscribe();
  }, [actor]);

  // The browser's Back button walks back through the questions instead of leaving the app.
  useEffect(() => {
    historyIndex.current = indexOf(window.history.state) ?? 0;
    window.history.replaceState({ ...window.history.state, journeyIndex: historyIndex.current }, '');
    const onPopState = (event: PopStateEvent) => {
      const index = indexOf(event.state);
      if (index === undefined) return;
      const wentBack = index < historyIndex.current;
      historyIndex.current = index;
      if (!wentBack) return;
      const before = actor.getSnapshot().value;
      actor.send({ type: 'back' });
      fromHistory.current = actor.getSnapshot().value !== before;
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [actor]);

  // Each new step gets a history entry, a page title, and focus on its heading, so that a
  // screen reader announces the new page as if it had loaded.
  useEffect(() => {
    const heading = main.current?.querySelector('h1');
    const title = heading?.textContent ?? content.appTitle;
    document.title = title === content.appTitle ? title : `${title} - ${content.appTitle}`;
    const changed = shownStep.current !== null && shownStep.current !== step;
    shownStep.current = step;
    if (!changed) return;
    if (fromHistory.current) {
      fromHistory.current = false;
    } else {
      historyIndex.current += 1;
      window.history.pushState({ journeyIndex: historyIndex.current } satisfies HistoryMark, '');
    }
    heading?.focus();
  }, [step, content.appTitle]);

  const send = actor.send;
  const back = () => send({ type: 'back' });
  const restart = () => {
    send({ type: 'restart' });
    // Between patients, with the answers erased: the only moment a new version may load.
    applyWaitingUpdate();
  };

  let page;
  if (isQuestion(step)) {
    page = (
      <QuestionPage
        question={step}
        answers={context.answers}
        showError={context.showError}
        position={questionIds.indexOf(step) + 1}
        total={questionIds.length}
        onAnswer={(option) => send({ type: 'answer.select', question: step, option })}
        onContinue={() => send({ type: 'continue' })}
        onBack={back}
      />
    );
  } else if (step === 'stop') {
    page = <StopPage answers={context.answers} onBack={back} onRestart={restart} />;
  } else if (step === 'review') {
    page = (
      <ReviewPage
        answers={context.answers}
        onChange={(question: QuestionId) => send({ type: 'change', question })}
        onContinue={() => send({ type: 'continue' })}
        onBack={back}
      />
    );
  } else if (step === 'results') {
    // The machine only reaches the results with every answer; anything else is a bug for the
    // error page, never a welcome page whose Start cannot work here.
    if (!isComplete(context.answers)) throw new Error('The results were reached without every answer.');
    page = <ResultsPage answers={context.answers} onBack={back} onRestart={restart} />;
  } else {
    page = <WelcomePage onStart={() => send({ type: 'start' })} />;
  }

  return (
    <main ref={main} lang={content.lang}>
      {page}
    </main>
  );
}
