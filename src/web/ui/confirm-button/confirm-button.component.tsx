import { useEffect, useRef, useState } from 'react';

/**
 * A destructive action in two steps, without a modal: the first press asks "Revoke token ci?", the
 * second does it; "Cancel" (or Escape) goes back.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  disabled = false,
}: {
  label: string;
  question: string;
  confirmLabel?: string;
  onConfirm: () => Promise<void> | void;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={startRef}
        type="button"
        className="button button--small button--danger"
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };
  return (
    <fieldset className="row confirm-button" aria-label={question}>
      <span>{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className="button button--small button--danger"
        disabled={busy}
        onKeyDown={(e) => e.key === 'Escape' && cancel()}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {confirmLabel ?? label}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={cancel}
        onKeyDown={(e) => e.key === 'Escape' && cancel()}
      >
        Cancel
      </button>
    </fieldset>
  );
}
