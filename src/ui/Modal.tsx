import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useSettings } from './settings';

interface Props {
  open: boolean;
  /** `alertdialog` when the patient must answer it (an erase is coming). */
  role?: 'dialog' | 'alertdialog';
  titleId: string;
  bodyId: string;
  /** Where focus goes when it opens: the safe choice. */
  initialFocus: RefObject<HTMLButtonElement | null>;
  /** Escape, or the Android back gesture, answers with the safe choice. */
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A native modal dialog: the browser keeps focus and the screen reader inside it, and the page
 * behind cannot be tapped. Focus goes back where it was when it closes.
 */
export function Modal({ open, role = 'dialog', titleId, bodyId, initialFocus, onCancel, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // In a frame on a clinic's website the dialog is placed where the patient is (hostConnection.ts).
  const preventScroll = useSettings().settings.effects.hostPage;
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      initialFocus.current?.focus({ preventScroll });
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, initialFocus, preventScroll]);
  return (
    <dialog
      ref={dialog}
      className="modal"
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open && children}
    </dialog>
  );
}
