import { useContent } from './content';

export function WelcomePage({ onStart }: { onStart: () => void }) {
  const { welcome, common } = useContent();
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
        <button type="button" className="button primary" onClick={onStart}>
          {common.start}
        </button>
      </div>
    </>
  );
}
