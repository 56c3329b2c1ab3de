import { references } from '../content/references';
import type { EvidenceLabel, NoneKind, ReferenceKey } from '../content/schema';
import type { Statement } from '../domain/assess';
import { useContent } from './content';
import { useResultsContent } from './resultsContent';

/** The label a patient reads: "none" says which kind of none it is, when the claim tells. */
function useLabelText(label: EvidenceLabel, none: NoneKind | undefined): string {
  const { common } = useContent();
  const { layers } = useResultsContent();
  return label === 'none' && none ? layers.noneKinds[none] : common.labels[label];
}

/** One source's full reference, with its web address when it has one. */
export function Citation({ source }: { source: ReferenceKey }) {
  const { citation, url } = references[source];
  return (
    <>
      {citation}
      {url && <span className="url"> {url}</span>}
    </>
  );
}

/** The sources by author and year, with each full reference on request. */
export function Sources({ keys }: { keys: readonly ReferenceKey[] }) {
  const { layers, sourceNames } = useResultsContent();
  if (keys.length === 0) return null;
  return (
    <details className="sources">
      <summary>
        {layers.sourcesOpen}: {keys.map((key) => sourceNames[key]).join(', ')}
      </summary>
      <div className="citations">
        {keys.map((key) => (
          <p key={key}>
            <Citation source={key} />
          </p>
        ))}
      </div>
    </details>
  );
}

interface Props {
  label?: EvidenceLabel | undefined;
  none?: NoneKind | undefined;
  keys: readonly ReferenceKey[];
  /** Where several statements share one list of sources (the takeaway), each shows its label only. */
  showSources?: boolean;
}

/** The strength of the research behind a statement, and where it comes from. */
export function EvidenceNote({ label, none, keys, showSources = true }: Props) {
  const { common } = useContent();
  return (
    <div className="evidence">
      {label ? (
        <Badge label={label} none={none} />
      ) : (
        <span className="badge badge-guidance">{common.guidanceSource}</span>
      )}
      {showSources && <Sources keys={keys} />}
    </div>
  );
}

export function Badge({ label, none }: { label: EvidenceLabel; none: NoneKind | undefined }) {
  const { common } = useContent();
  return (
    <span className={`badge badge-${label}`}>
      {common.evidence}: {useLabelText(label, none)}
    </span>
  );
}

/** A statement's label and sources. */
export function StatementNote({ statement, showSources }: { statement: Statement; showSources?: boolean }) {
  return (
    <EvidenceNote
      label={statement.label}
      none={statement.label === 'none' ? statement.none : undefined}
      keys={statement.keys}
      showSources={showSources ?? true}
    />
  );
}
