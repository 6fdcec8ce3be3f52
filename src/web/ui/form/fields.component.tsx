import { type ReactNode, useId } from 'react';
import { ApiProblem } from '../../api/problem';
import './form.css';

interface FieldShell {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled control with its hint and its error message, wired with aria-describedby. */
function Field({
  label,
  hint,
  error,
  children,
}: FieldShell & { children: (ids: { id: string; describedBy: string | undefined }) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children({ id, describedBy })}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  name,
  value,
  onChange,
  type = 'text',
  autoComplete,
  required,
  placeholder,
  autoFocus,
}: FieldShell & {
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'number';
  autoComplete?: string;
  required?: boolean;
  placeholder?: string;
  autoFocus?: boolean;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <input
          id={id}
          name={name}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete={autoComplete}
          required={required}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          // biome-ignore lint/a11y/noAutofocus: the first field of a sign-in or creation form
          autoFocus={autoFocus}
        />
      )}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  error,
  name,
  value,
  onChange,
  options,
}: FieldShell & {
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <select
          id={id}
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Several checkboxes under one legend (grants, token scopes). */
export function CheckboxGroup({
  legend,
  hint,
  error,
  name,
  value,
  onChange,
  options,
}: {
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  name: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  options: readonly { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <fieldset
      className={`field field--group${error ? ' field--invalid' : ''}`}
      aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined}
    >
      <legend className="field__label">{legend}</legend>
      <div className="field__options">
        {options.map((o) => (
          <label key={o.value} className="field__option">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={value.includes(o.value)}
              aria-invalid={error ? true : undefined}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))
              }
            />
            {o.label}
          </label>
        ))}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The error of a whole form (wrong password, a conflict, the server unreachable). */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const text =
    error instanceof ApiProblem ? error.detail : error instanceof Error ? error.message : String(error);
  const requestId = error instanceof ApiProblem ? error.requestId : null;
  return (
    <div className="form-error" role="alert">
      <span aria-hidden="true">✕ </span>
      {text}
      {requestId && error instanceof ApiProblem && error.status >= 500 ? (
        <span className="form-error__request"> (request id {requestId})</span>
      ) : null}
    </div>
  );
}
