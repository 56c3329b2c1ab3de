import { useActorRef, useSelector } from '@xstate/react';
import { Activity, Suspense, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { defaultLanguage } from '../content/languages';
import { questionIds, type QuestionId } from '../content/schema';
import { isComplete, isQuestion } from '../domain/answers';
import { journeyMachine, type JourneySnapshot, type Step } from '../machine/journeyMachine';
import { useContent } from './content';
import { applyWaitingUpdate } from './appUpdate';
import { IdleDialog } from './IdleDialog';
import { languagePageUrl } from './languagePage';
import { ListenButton } from './ListenButton';
import { OtherLanguages } from './OtherLanguages';
import { RestartDialog } from './RestartDialog';
import {
  handBackScreen,
  leaningScreen,
  questionScreen,
  results,
  reviewScreen,
  staffScreen,
  stopScreen,
  summaryScreen,
  valuesScreen,
} from './screens';
import { useSettings } from './settings';
import { sessionStore, storageKeys } from './storage';
import { useBrowserHistory } from './useBrowserHistory';
import { useHostPage } from './useHostPage';
import { useIdleErase } from './useIdleErase';
import { useSavedJourney } from './useSavedJourney';
import { useScreenFocus } from './useScreenFocus';
import { useTapSettle } from './useTapSettle';
import { WelcomePage } from './WelcomePage';

// Every screen after the first question is fetched in the background as soon as the app has
// started, so a Wi-Fi drop later cannot stop a journey.
const QuestionPage = questionScreen.Component;
const StopPage = stopScreen.Component;
const ReviewPage = reviewScreen.Component;
const HandBackPage = handBackScreen.Component;
const ResultsPage = results.Component;
const StaffScreen = staffScreen.Component;
const ValuesPage = valuesScreen.Component;
const LeaningPage = leaningScreen.Component;
const SummaryPage = summaryScreen.Component;

function ScreenFocus(props: { screen: string; container: RefObject<HTMLElement | null>; appTitle: string }) {
  useScreenFocus(props.screen, props.container, props.appTitle);
  return null;
}

interface Props {
  saved?: JourneySnapshot | undefined;
  /** How long a new screen ignores taps begun before it; tests that click as fast as a script can pass 0. */
  tapSettleMs?: number | undefined;
}

export function Journey({ saved, tapSettleMs }: Props) {
  const content = useContent();
  const { settings } = useSettings();
  const { effects, clinic } = settings;

  const actor = useActorRef(journeyMachine, saved ? { snapshot: saved } : {});
  const step = useSelector(actor, (snapshot) => snapshot.value as Step);
  const answers = useSelector(actor, (snapshot) => snapshot.context.answers);
  const showError = useSelector(actor, (snapshot) => snapshot.context.showError);
  const deciding = useSelector(actor, (snapshot) => snapshot.context.deciding);
  const canContinue = useSelector(actor, (snapshot) => snapshot.can({ type: 'continue' }));
  const canFinish = useSelector(actor, (snapshot) => snapshot.can({ type: 'finish' }));

  const [staffRequested, setStaffRequested] = useState(false);
  const staffOpen = effects.frontDesk && staffRequested;

  const [confirmingRestart, setConfirmingRestart] = useState(false);

  useEffect(() => {
    const later = setTimeout(() => {
      questionScreen.preload().catch(() => undefined);
      stopScreen.preload().catch(() => undefined);
      reviewScreen.preload().catch(() => undefined);
      results.preload().catch(() => undefined);
      valuesScreen.preload().catch(() => undefined);
      leaningScreen.preload().catch(() => undefined);
      summaryScreen
        .preload()
        .then((module) => module.preloadQr())
        .catch(() => undefined);
      if (effects.frontDesk) {
        handBackScreen.preload().catch(() => undefined);
        staffScreen.preload().catch(() => undefined);
      }
    }, 0);
    return () => clearTimeout(later);
  }, [effects.frontDesk]);

  /** Every trace of this patient goes: answers in memory and storage, the summary, any open screen. */
  const erase = useCallback(() => {
    setConfirmingRestart(false);
    setStaffRequested(false);
    actor.send({ type: 'restart' });
    sessionStore.remove(storageKeys.journey);
    // Between two patients is the only time a new version of the app may take over.
    applyWaitingUpdate();
    // On the waiting-room tablet the next patient starts in the tablet's language (staff screen),
    // whichever one the last patient chose.
    if (effects.frontDesk) {
      const chosen = new URLSearchParams(window.location.search).has('lang');
      const home = clinic.language ?? (chosen ? defaultLanguage : content.lang);
      if (chosen || home !== content.lang) {
        window.location.replace(languagePageUrl(home, window.location.href, { queryLang: 'drop' }).href);
      }
    }
  }, [actor, effects.frontDesk, clinic.language, content.lang]);

  const idle = useIdleErase(effects.idleErase && (step !== 'welcome' || staffOpen), clinic.idleMinutes, erase);

  const main = useRef<HTMLElement>(null);
  const screen = staffOpen ? 'staff' : step;
  useSavedJourney(actor, effects.saveSession);
  useBrowserHistory(actor, step, effects.browserHistory);
  useHostPage(step);
  useTapSettle(`${screen}${confirmingRestart ? '-confirm' : ''}${idle.warning ? '-idle' : ''}`, tapSettleMs);

  const send = actor.send;
  const back = () => send({ type: 'back' });
  const askRestart = () => setConfirmingRestart(true);
  const next = () => send({ type: 'continue' });
  // The hand-back is the waiting-room tablet's only: elsewhere the journey ends on the summary.
  const finish = effects.frontDesk && canFinish ? () => send({ type: 'finish' }) : undefined;
  const openStaff = effects.frontDesk ? () => setStaffRequested(true) : undefined;

  let page;
  if (staffOpen) {
    page = (
      <StaffScreen
        answers={answers}
        deciding={deciding}
        onNextPatient={erase}
        onClose={() => setStaffRequested(false)}
      />
    );
  } else if (isQuestion(step)) {
    page = (
      <QuestionPage
        question={step}
        answers={answers}
        showError={showError}
        position={questionIds.indexOf(step) + 1}
        total={questionIds.length}
        onAnswer={(option) => send({ type: 'answer.select', question: step, option })}
        onContinue={() => send({ type: 'continue' })}
        onBack={back}
      />
    );
  } else if (step === 'stop') {
    page = <StopPage answers={answers} onBack={back} onRestart={askRestart} onFinish={finish} />;
  } else if (step === 'review') {
    page = (
      <ReviewPage
        answers={answers}
        onChange={(question: QuestionId) => send({ type: 'change', question })}
        onContinue={() => send({ type: 'continue' })}
        onBack={back}
      />
    );
  } else if (step === 'results') {
    // The machine only reaches the results with every answer; anything else is a bug for the
    // error page, never a welcome page whose Start cannot work here.
    if (!isComplete(answers)) throw new Error('The results were reached without every answer.');
    // Shown below, where they were prepared while the patient checked the answers.
    page = null;
  } else if (step === 'values') {
    page = (
      <ValuesPage
        deciding={deciding}
        onMark={(value, weight) => send({ type: 'values.mark', value, weight })}
        onContinue={next}
        onBack={back}
      />
    );
  } else if (step === 'leaning') {
    page = (
      <LeaningPage
        deciding={deciding}
        onLean={(leaning) => send({ type: 'leaning.choose', leaning })}
        onSure={(question, answer) => send({ type: 'sure.answer', question, answer })}
        onContinue={next}
        onBack={back}
      />
    );
  } else if (step === 'summary') {
    if (!isComplete(answers)) throw new Error('The summary was reached without every answer.');
    page = <SummaryPage answers={answers} deciding={deciding} onBack={back} onRestart={askRestart} onFinish={finish} />;
  } else if (step === 'handBack') {
    page = <HandBackPage answers={answers} onBack={back} onStaff={() => setStaffRequested(true)} />;
  } else {
    page = <WelcomePage onStart={() => send({ type: 'start' })} onStaff={openStaff} />;
  }

  // While the patient checks the answers, the results are rendered unseen, at low priority; the tap
  // on "See what to expect" then only shows them. The same element in the same place on both steps,
  // so React keeps what it prepared. Hidden, it never shows the loading message while its code
  // arrives; shown, it waits inside the screen's own boundary, as every screen does.
  const resultsShown = !staffOpen && step === 'results';
  const prepared = (step === 'review' || resultsShown) && isComplete(answers) && (
    <Activity mode={resultsShown ? 'visible' : 'hidden'}>
      <ResultsPage answers={answers} onBack={back} onNext={canContinue ? next : undefined} />
    </Activity>
  );

  return (
    <>
      <main ref={main} lang={content.lang}>
        <div className="topbar">
          <ListenButton screen={screen} container={main} />
          {!staffOpen && step === 'welcome' && <OtherLanguages />}
          {!staffOpen && step !== 'welcome' && (
            <button type="button" className="link restart" onClick={askRestart}>
              {content.common.startAgain}
            </button>
          )}
        </div>
        <Suspense fallback={<p role="status">{content.common.loading}</p>}>
          {page}
          {prepared}
          {/* Inside the boundary: a screen whose code is still loading takes focus once it is there. */}
          <ScreenFocus screen={screen} container={main} appTitle={content.appTitle} />
        </Suspense>
      </main>
      <RestartDialog open={confirmingRestart} onConfirm={erase} onCancel={() => setConfirmingRestart(false)} />
      <IdleDialog open={idle.warning} secondsLeft={idle.secondsLeft} onStay={idle.stillHere} />
    </>
  );
}
