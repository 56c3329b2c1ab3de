import { useRef } from 'react';
import { useContent } from './content';
import { Modal } from './Modal';

/** The waiting-room tablet's warning before an erase, with one large way to stay. */
export function IdleDialog({ open, secondsLeft, onStay }: { open: boolean; secondsLeft: number; onStay: () => void }) {
  const { idle } = useContent();
  const stay = useRef<HTMLButtonElement>(null);
  return (
    <Modal open={open} role="alertdialog" titleId="idle-title" bodyId="idle-body" initialFocus={stay} onCancel={onStay}>
      <h2 id="idle-title">{idle.title}</h2>
      <p id="idle-body">{idle.body(secondsLeft)}</p>
      <div className="actions">
        <button ref={stay} type="button" className="button primary large" onClick={onStay}>
          {idle.stay}
        </button>
      </div>
    </Modal>
  );
}
