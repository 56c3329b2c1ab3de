import { useActorRef, useSelector } from '@xstate/react';
import {
  startTransition,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { defaultLanguage } from '../content/languages';
import {
  questionIds,
  type LeaningOption,
  type QuestionId,
  type SureAnswer,
  type SureId,
  type ValueId,
  type ValueWeight,
} from '../content/schema';
import { isComplete, isQuestion } from '../domain/answers';
import { journeyMachine, type JourneySnapshot, type Step } from '../machine/journeyMachine';
import { useContent } from './content';
import { applyWaitingUpdate } from './appUpdate';
import { afterNextPaint } from './nextTask';
import { IdleDialog } from './IdleDialog';
import { languagePageUrl } from './languagePage';
import { ListenButton } from './ListenButton';
import { OtherLanguages } from './OtherLanguages';
import { RestartDialog } from './RestartDialog';
import {
  handBackScreen,
  leaningScreen,
  preloadJourneyScreens,
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
// started (preloadJourneyScreens), so a Wi-Fi drop later cannot stop a journey.
const QuestionPage = questionScreen.Component;
const firstQuestion = questionIds[0];
const lastQuestion = questionIds[questionIds.length - 1] as QuestionId;
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

/**
 * The next screen, made ready unseen while the patient is on the one before it, so that the tap
 * only shows it: rendered at low priority once the screen before has been drawn (so preparing
 * never delays it), then laid out in a box of no height that nobody can see, reach or tab to.
 * The same element in the same place on both steps, so React and the browser keep what they
 * prepared; shown, the box is an ordinary one.
 */
function Prepared({ shown, children }: { shown: boolean; children: ReactNode }) {
  const [begun, setBegun] = useState(shown);
  useEffect(() => {
    if (!begun) return afterNextPaint(() => startTransition(() => setBegun(true)));
  }, [begun]);
  if (!begun && !shown) return null;
  return (
    <div className={shown ? undefined : 'prepared'} aria-hidden={shown ? undefined : true} inert={!shown}>
      {children}
    </div>
  );
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
    const later = setTimeout(() => preloadJourneyScreens(effects.frontDesk), 0);
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
  // The same functions every time: the screens prepared unseen keep what was rendered for them.
  const back = useCallback(() => send({ type: 'back' }), [send]);
  const askRestart = useCallback(() => setConfirmingRestart(true), []);
  const next = useCallback(() => send({ type: 'continue' }), [send]);
  // The hand-back is the waiting-room tablet's only: elsewhere the journey ends on the summary.
  const finishJourney = useCallback(() => send({ type: 'finish' }), [send]);
  const finish = effects.frontDesk && canFinish ? finishJourney : undefined;
  const openStaff = effects.frontDesk ? () => setStaffRequested(true) : undefined;

  const answer = useCallback(
    (question: QuestionId, option: string) => send({ type: 'answer.select', question, option }),
    [send],
  );
  // The question on screen, and the one after it, made ready while the patient answers this one
  // (on the welcome page, the first question). Each keeps its place, keyed by the question, so the
  // one made ready is the one shown.
  const current = isQuestion(step) ? step : undefined;
  const following = step === 'welcome' ? firstQuestion : current && questionIds[questionIds.indexOf(current) + 1];
  const questionPages = [current, following].flatMap((question) =>
    question === undefined
      ? []
      : [
          <Prepared key={question} shown={!staffOpen && step === question}>
            <QuestionPage
              question={question}
              value={answers[question]}
              showError={step === question && showError}
              position={questionIds.indexOf(question) + 1}
              total={questionIds.length}
              onAnswer={answer}
              onContinue={next}
              onBack={back}
            />
          </Prepared>,
        ],
  );

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
    // Shown below, where it was made ready on the screen before.
    page = null;
  } else if (step === 'stop') {
    page = <StopPage answers={answers} onBack={back} onRestart={askRestart} onFinish={finish} />;
  } else if (step === 'review') {
    // Shown below, where it was made ready on the last question.
    page = null;
  } else if (step === 'results') {
    // The machine only reaches the results with every answer; anything else is a bug for the
    // error page, never a welcome page whose Start cannot work here.
    if (!isComplete(answers)) throw new Error('The results were reached without every answer.');
    // Shown below, where they were prepared while the patient checked the answers.
    page = null;
  } else if (step === 'values' || step === 'leaning') {
    // Shown below, where they were made ready on the screen before.
    page = null;
  } else if (step === 'summary') {
    if (!isComplete(answers)) throw new Error('The summary was reached without every answer.');
    // Shown below, where it was prepared while the patient chose a leaning.
    page = null;
  } else if (step === 'handBack') {
    page = <HandBackPage answers={answers} onBack={back} onStaff={() => setStaffRequested(true)} />;
  } else {
    page = <WelcomePage onStart={() => send({ type: 'start' })} onStaff={openStaff} />;
  }

  // Each screen from the check page on is made ready on the one before it: the check page on the
  // last question, the results while the patient checks the answers, what matters to them on the
  // results, the leaning while they mark what matters, the summary while they choose a leaning.
  const onNext = canContinue ? next : undefined;
  const complete = isComplete(answers) ? answers : undefined;
  // A screen made ready follows the answers and marks on the screen shown at low priority: a
  // mark is drawn at once, and the screen behind it catches up after.
  const preparedAnswers = useDeferredValue(answers);
  const preparedDeciding = useDeferredValue(deciding);
  const onScreen = <T,>(at: Step, live: T, prepared: T): T => (step === at ? live : prepared);
  const change = useCallback((question: QuestionId) => send({ type: 'change', question }), [send]);
  const reviewAnswers = onScreen('review', answers, preparedAnswers);
  const reviewPage = useMemo(
    () => <ReviewPage answers={reviewAnswers} onChange={change} onContinue={next} onBack={back} />,
    [reviewAnswers, change, next, back],
  );
  const resultsPage = useMemo(
    () => complete && <ResultsPage answers={complete} onBack={back} onNext={onNext} />,
    [complete, back, onNext],
  );
  const mark = useCallback(
    (value: ValueId, weight: ValueWeight) => send({ type: 'values.mark', value, weight }),
    [send],
  );
  const valuesDeciding = onScreen('values', deciding, preparedDeciding);
  const valuesPage = useMemo(
    () => <ValuesPage deciding={valuesDeciding} onMark={mark} onContinue={next} onBack={back} />,
    [valuesDeciding, mark, next, back],
  );
  const lean = useCallback((leaning: LeaningOption) => send({ type: 'leaning.choose', leaning }), [send]);
  const sure = useCallback(
    (question: SureId, answer: SureAnswer) => send({ type: 'sure.answer', question, answer }),
    [send],
  );
  const leaningDeciding = onScreen('leaning', deciding, preparedDeciding);
  const leaningPage = useMemo(
    () => <LeaningPage deciding={leaningDeciding} onLean={lean} onSure={sure} onContinue={next} onBack={back} />,
    [leaningDeciding, lean, sure, next, back],
  );
  const summaryDeciding = onScreen('summary', deciding, preparedDeciding);
  const summaryPage = useMemo(
    () =>
      complete && (
        <SummaryPage
          answers={complete}
          deciding={summaryDeciding}
          onBack={back}
          onRestart={askRestart}
          onFinish={finish}
        />
      ),
    [complete, summaryDeciding, back, askRestart, finish],
  );
  /** `element` for the step `at`, made ready on the step `before` it (Prepared); nothing elsewhere. */
  const prepared = (before: Step, at: Step, element: ReactNode) => {
    const shown = !staffOpen && step === at;
    return (step === before || shown) && element ? <Prepared shown={shown}>{element}</Prepared> : null;
  };

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
          {questionPages}
          {prepared(lastQuestion, 'review', reviewPage)}
          {prepared('review', 'results', resultsPage)}
          {prepared('results', 'values', valuesPage)}
          {prepared('values', 'leaning', leaningPage)}
          {prepared('leaning', 'summary', summaryPage)}
          {/* Inside the boundary: a screen whose code is still loading takes focus once it is there. */}
          <ScreenFocus screen={screen} container={main} appTitle={content.appTitle} />
        </Suspense>
      </main>
      <RestartDialog open={confirmingRestart} onConfirm={erase} onCancel={() => setConfirmingRestart(false)} />
      <IdleDialog open={idle.warning} secondsLeft={idle.secondsLeft} onStay={idle.stillHere} />
    </>
  );
}
