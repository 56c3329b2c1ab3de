import { useRef } from 'react';
import { useContent } from './content';
import { Modal } from './Modal';

/** One stray tap must not erase a patient's answers: Start again asks first. */
export function RestartDialog({
  open,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { restart } = useContent();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Modal open={open} titleId="restart-title" bodyId="restart-body" initialFocus={cancel} onCancel={onCancel}>
      <h2 id="restart-title">{restart.title}</h2>
      <p id="restart-body">{restart.body}</p>
      <div className="actions">
        <button ref={cancel} type="button" className="button primary" onClick={onCancel}>
          {restart.cancel}
        </button>
        <button type="button" className="button secondary" onClick={onConfirm}>
          {restart.confirm}
        </button>
      </div>
    </Modal>
  );
}
