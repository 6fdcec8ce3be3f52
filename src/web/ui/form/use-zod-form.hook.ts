import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiProblem } from '../../api/problem';

type Values = Record<string, unknown>;
export type FieldErrors = Record<string, string>;

/** `body.email` → `email`; `body.grants.1` → `grants`; fields the form does not have stay as they are. */
export function fieldOf(path: string): string {
  const parts = path.split('.');
  if (parts.length > 1 && (parts[0] === 'body' || parts[0] === 'query' || parts[0] === 'params')) {
    return parts[1] ?? path;
  }
  return parts[0] ?? path;
}

/** The field messages of a zod failure, first message per field. */
function zodErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

export interface ZodForm<In extends Values, Out> {
  values: In;
  errors: FieldErrors;
  /** An error that belongs to no field (the server's detail, a network failure). */
  formError: unknown;
  submitting: boolean;
  set: <K extends keyof In>(name: K, value: In[K]) => void;
  reset: (values?: In) => void;
  /** Wraps the submit handler: validates, then runs `action` with the parsed values. */
  handleSubmit: (action: (data: Out) => Promise<void> | void) => (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * Form state validated with a zod schema. Field messages come from the schema, and after a submit
 * from the API's problem+json `errors[]` (`body.email` is shown under the `email` field); anything
 * else becomes the form's error. On a failed submit the first invalid field gets the focus.
 */
export function useZodForm<S extends z.ZodType<unknown, Values>>(
  schema: S,
  initial: z.input<S>,
): ZodForm<z.input<S>, z.output<S>> {
  type In = z.input<S>;
  const [values, setValues] = useState<In>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const valuesRef = useRef(values);
  valuesRef.current = values;

  const set = useCallback(<K extends keyof In>(name: K, value: In[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => {
      if (!(String(name) in e)) return e;
      const { [String(name)]: _gone, ...rest } = e;
      return rest;
    });
  }, []);

  const reset = useCallback(
    (next?: In) => {
      setValues(next ?? initial);
      setErrors({});
      setFormError(null);
    },
    [initial],
  );

  const handleSubmit = useCallback(
    (action: (data: z.output<S>) => Promise<void> | void) => async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      const focusFirstInvalid = () =>
        window.requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      setFormError(null);
      const parsed = schema.safeParse(valuesRef.current);
      if (!parsed.success) {
        setErrors(zodErrors(parsed.error));
        focusFirstInvalid();
        return;
      }
      setErrors({});
      setSubmitting(true);
      try {
        await action(parsed.data as z.output<S>);
      } catch (err) {
        if (err instanceof ApiProblem && err.errors.length > 0) {
          const known = Object.keys(valuesRef.current);
          const fields: FieldErrors = {};
          const rest: string[] = [];
          for (const e of err.errors) {
            const name = fieldOf(e.field);
            if (known.includes(name)) fields[name] ??= e.message;
            else rest.push(`${e.field}: ${e.message}`);
          }
          setErrors(fields);
          if (rest.length > 0 || Object.keys(fields).length === 0) setFormError(err);
          focusFirstInvalid();
        } else {
          setFormError(err);
        }
      } finally {
        setSubmitting(false);
      }
    },
    [schema],
  );

  return { values, errors, formError, submitting, set, reset, handleSubmit };
}
