// A modal question with a few answers, on the native <dialog> element: the
// browser provides the focus trap, Escape and the inert background, and
// screen readers announce it as a dialog with its title and message.

import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogChoice<C extends string> {
  value: C;
  label: string;
  primary?: boolean;
}

interface Props<C extends string> {
  title: string;
  message: ReactNode;
  choices: DialogChoice<C>[];
  /** The answer Escape gives (normally "cancel"). */
  cancelValue: C;
  onChoose: (choice: C) => void;
}

export function ModalDialog<C extends string>({ title, message, choices, cancelValue, onChoose }: Props<C>) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={(event) => {
        event.preventDefault();
        onChoose(cancelValue);
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={messageId} className="modal-message">
        {message}
      </div>
      <div className="modal-actions">
        {choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            className={choice.primary ? 'button primary' : 'button'}
            autoFocus={choice.primary}
            onClick={() => onChoose(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
