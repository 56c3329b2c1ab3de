import { hasRedFlag, type Answers } from '../domain/answers';
import { BackButton } from './BackButton';
import { useResultsContent } from './resultsContent';

/**
 * The waiting-room tablet's last step. A warning sign is said in large words that the front
 * desk can read across the counter: speak to a clinician before any treatment.
 */
export function HandBackPage({
  answers,
  onBack,
  onStaff,
}: {
  answers: Answers;
  onBack: () => void;
  onStaff: () => void;
}) {
  const { handBack } = useResultsContent();
  return (
    <>
      <BackButton onBack={onBack} />
      <h1 tabIndex={-1}>{handBack.title}</h1>
      {hasRedFlag(answers) && (
        <div className="clinician-first" role="note">
          <p className="clinician-first-title">{handBack.clinicianTitle}</p>
          <p>{handBack.clinicianBody}</p>
        </div>
      )}
      <p>{handBack.body}</p>
      <div className="actions">
        <button type="button" className="button secondary" onClick={onStaff}>
          {handBack.staff}
        </button>
      </div>
    </>
  );
}
