import { useContent } from './content';
import { useHydrated } from './useHydrated';

export function WelcomePage({ onStart, onStaff }: { onStart: () => void; onStaff?: (() => void) | undefined }) {
  const { welcome, common, staff } = useContent();
  // The prerendered Start button stays disabled until the app runs: it never looks ready when it is not.
  const ready = useHydrated();
  return (
    <>
      <h1 tabIndex={-1}>{welcome.title}</h1>
      <p className="lead">{welcome.lead}</p>
      <ul className="points">
        {welcome.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p className="privacy">{welcome.privacy}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onStart} disabled={!ready}>
          {common.start}
        </button>
      </div>
      {/* The waiting-room tablet's discreet way in for the front desk; not in the prerendered page. */}
      {ready && onStaff && (
        <button type="button" className="link staff-corner" onClick={onStaff}>
          {staff.open}
        </button>
      )}
    </>
  );
}
