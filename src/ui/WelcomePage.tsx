import { useEffect, useState } from 'react';
import { useContent } from './content';

export function WelcomePage({ onStart }: { onStart: () => void }) {
  const { welcome, common } = useContent();
  // The prerendered button stays disabled until the app has taken over the page, so that
  // a tap on a slow connection is never silently lost.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
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
    </>
  );
}
