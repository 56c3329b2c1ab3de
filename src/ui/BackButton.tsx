import { useContent } from './content';

export function BackButton({ onBack }: { onBack: () => void }) {
  const { common } = useContent();
  return (
    <button type="button" className="back" onClick={onBack}>
      <span aria-hidden="true">‹ </span>
      {common.back}
    </button>
  );
}
