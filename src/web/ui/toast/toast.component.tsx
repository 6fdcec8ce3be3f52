import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import './toast.css';

export type ToastTone = 'success' | 'error' | 'info';

interface ToastItem {
  id: number;
  tone: ToastTone;
  message: string;
}

type Notify = (message: string, tone?: ToastTone) => void;

const ToastContext = createContext<Notify>(() => {});

const ICON: Record<ToastTone, string> = { success: '✓', error: '✕', info: 'i' };
const WORD: Record<ToastTone, string> = { success: 'Done', error: 'Error', info: 'Note' };
const LIFETIME_MS = 7000;

/** Short notices after an action ("Token revoked"); errors stay until dismissed. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((all) => all.filter((t) => t.id !== id)), []);
  const notify = useCallback<Notify>(
    (message, tone = 'success') => {
      const id = nextId.current++;
      setItems((all) => [...all.slice(-3), { id, tone, message }]);
      if (tone !== 'error') window.setTimeout(() => dismiss(id), LIFETIME_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <section className="toasts" aria-label="Notifications">
        <div role="status" aria-live="polite" className="toasts__live">
          {items
            .filter((t) => t.tone !== 'error')
            .map((t) => (
              <Toast key={t.id} item={t} onDismiss={dismiss} />
            ))}
        </div>
        <div className="toasts__live">
          {items
            .filter((t) => t.tone === 'error')
            .map((t) => (
              <div key={t.id} role="alert">
                <Toast item={t} onDismiss={dismiss} />
              </div>
            ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function Toast({ item, onDismiss }: { item: ToastItem; onDismiss: (id: number) => void }) {
  return (
    <div className={`toast toast--${item.tone}`}>
      <span className="toast__icon" aria-hidden="true">
        {ICON[item.tone]}
      </span>
      <p className="toast__message">
        <span className="visually-hidden">{WORD[item.tone]}: </span>
        {item.message}
      </p>
      <button
        type="button"
        className="button button--ghost button--small toast__close"
        onClick={() => onDismiss(item.id)}
        aria-label="Dismiss notification"
      >
        ✕
      </button>
    </div>
  );
}

/** `const toast = useToast(); toast('Account created');` or `toast(problem.detail, 'error')`. */
export function useToast(): Notify {
  return useContext(ToastContext);
}
