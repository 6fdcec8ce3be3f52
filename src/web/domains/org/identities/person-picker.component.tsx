import { type Ref, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { Person } from '../../../api/types';
import '../../../ui/form/form.css';

const DEBOUNCE_MS = 200;
const LIMIT = 8;

export interface PickedPerson {
  id: number;
  name: string;
  email: string;
}

export interface PersonPickerHandle {
  /** Fills the search with a name (an identity's display name) and opens the matches. */
  search: (text: string) => void;
  /** Empties the search (after the choice was used). */
  clear: () => void;
}

/**
 * A person search as an ARIA combobox: type a name or e-mail, move with the arrow keys, Enter (or a
 * click) chooses. Searches the active people of the directory.
 */
export function PersonPicker({
  label,
  value,
  onChange,
  hint,
  ref,
}: {
  label: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  hint?: string;
  ref?: Ref<PersonPickerHandle>;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [results, setResults] = useState<Person[]>([]);
  const [state, setState] = useState<'idle' | 'loading' | 'error'>('idle');

  useImperativeHandle(ref, () => ({
    search(next: string) {
      onChange(null);
      setText(next);
      setOpen(true);
      input.current?.focus();
    },
    clear() {
      onChange(null);
      setText('');
      setOpen(false);
    },
  }));

  useEffect(() => {
    if (value) setText(value.name);
  }, [value]);

  useEffect(() => {
    if (!open) return;
    const q = text.trim();
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setState('loading');
      unwrap(
        api.GET('/api/v1/org/people', {
          params: { query: { q: q || undefined, status: 'active', sort: 'name', limit: LIMIT } },
          signal: controller.signal,
        }),
      ).then(
        (page) => {
          setResults(page.items);
          setActive(0);
          setState('idle');
        },
        () => {
          if (!controller.signal.aborted) setState('error');
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, open]);

  const choose = (p: Person) => {
    onChange({ id: p.id, name: p.name, email: p.email });
    setText(p.name);
    setOpen(false);
  };
  const activeId = open && results[active] ? `${id}-option-${results[active].id}` : undefined;

  return (
    <div className="field person-picker">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={hint ? `${id}-hint` : undefined}
        placeholder="Search by name or e-mail"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          if (value) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(results.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter' && open && results[active]) {
            e.preventDefault();
            choose(results[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="person-picker__popup" hidden={!open}>
        <div id={listId} role="listbox" aria-label={`${label}: matches`} className="person-picker__list">
          {results.map((p, i) => (
            // Keyboard use is on the combobox (aria-activedescendant), as the ARIA pattern has it.
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
            <div
              tabIndex={-1}
              key={p.id}
              id={`${id}-option-${p.id}`}
              role="option"
              aria-selected={i === active}
              className={`person-picker__option${i === active ? ' person-picker__option--active' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(p)}
            >
              <span className="person-picker__name">{p.name}</span>
              <span className="person-picker__meta">{[p.title, p.email].filter(Boolean).join(' · ')}</span>
            </div>
          ))}
        </div>
        {state === 'loading' && results.length === 0 ? (
          <p className="person-picker__note">Searching…</p>
        ) : null}
        {state === 'error' ? (
          <p className="person-picker__note">The search failed; type again to retry.</p>
        ) : null}
        {state === 'idle' && results.length === 0 ? (
          <p className="person-picker__note">Nobody matches “{text.trim()}”.</p>
        ) : null}
      </div>
    </div>
  );
}
