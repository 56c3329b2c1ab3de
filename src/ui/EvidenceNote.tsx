import type { EvidenceLabel, ReferenceKey } from '../content/schema';
import { useContent } from './content';

/** The strength of the research behind a statement, and where it comes from. */
export function EvidenceNote({ label, keys }: { label?: EvidenceLabel; keys: readonly ReferenceKey[] }) {
  const { common } = useContent();
  return (
    <p className="evidence">
      {label ? (
        <span className={`badge badge-${label}`}>
          {common.evidence}: {common.labels[label]}
        </span>
      ) : (
        <span className="badge badge-guidance">{common.guidanceSource}</span>
      )}
      {keys.length > 0 && (
        <span className="sources">
          {common.sources}: {keys.join(', ')}
        </span>
      )}
    </p>
  );
}
