import { ticked, type Answers } from '../domain/answers';
import { BackButton } from './BackButton';
import { useContent } from './content';
import { useResultsContent } from './resultsContent';
import { useSettings } from './settings';

/** A warning sign was ticked: a calm stop that promises nothing about needling. */
export function StopPage({
  answers,
  onBack,
  onRestart,
  onFinish,
}: {
  answers: Answers;
  onBack: () => void;
  onRestart: () => void;
  /** The waiting-room tablet's way on to the hand-back step. */
  onFinish?: (() => void) | undefined;
}) {
  const { stop, common, questions } = useContent();
  const { handBack } = useResultsContent();
  const { emergencyNumber } = useSettings().settings.clinic;
  const flags = ticked(answers, 'redFlags');
  return (
    <>
      <BackButton onBack={onBack} />
      <h1 tabIndex={-1}>{stop.title}</h1>
      {/* Urgent help stands alone: nothing calming ("it may be nothing serious") sits beside it. */}
      {flags.includes('chestBreathing') ? (
        <div className="urgent" role="alert">
          <h2>{stop.urgentTitle}</h2>
          <p>{emergencyNumber ? stop.urgentCall(emergencyNumber) : stop.urgent}</p>
        </div>
      ) : (
        stop.body.map((line) => <p key={line}>{line}</p>)
      )}
      <p>{stop.youTicked}</p>
      <ul className="ticked">
        {flags.map((flag) => (
          <li key={flag}>{questions.redFlags.options[flag]}</li>
        ))}
      </ul>
      <div className="actions">
        {onFinish && (
          <button type="button" className="button primary" onClick={onFinish}>
            {handBack.finished}
          </button>
        )}
        <button type="button" className="button secondary" onClick={onBack}>
          {stop.backToAnswers}
        </button>
        <button type="button" className="button secondary" onClick={onRestart}>
          {common.startAgain}
        </button>
      </div>
    </>
  );
}
