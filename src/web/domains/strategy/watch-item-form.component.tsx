import { useId, useState } from 'react';
import { z } from 'zod';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { FormError, SelectField, TextField } from '../../ui/form/fields.component';
import { useZodForm } from '../../ui/form/use-zod-form.hook';
import { useToast } from '../../ui/toast/toast.component';
import type { RadarData, WatchItemData } from './radar.types';
import { TextAreaField } from './radar-forms.component';

export const WATCH_STATUSES = [
  { value: 'watching', label: 'Watching' },
  { value: 'assessing', label: 'Assessing' },
  { value: 'decided', label: 'Decided' },
  { value: 'dropped', label: 'Dropped' },
] as const;

const Schema = z.object({
  name: z.string().trim().min(1, 'Enter a name'),
  category: z.string(),
  status: z.enum(['watching', 'assessing', 'decided', 'dropped']),
  owner: z.string(),
  notes: z.string(),
  decision: z.string(),
  decisionRef: z
    .string()
    .trim()
    .refine((v) => v === '' || /^ADR-\d{1,6}$/i.test(v), 'Like ADR-0007, or leave it empty'),
  radarEntryKey: z.string(),
});

/** The owner: type a name, pick from the people who match (the org's directory). */
function OwnerField({
  value,
  onChange,
  error,
  onResolved,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  onResolved: (people: { id: number; name: string }[]) => void;
}) {
  const id = useId();
  const q = value.trim();
  const people = useApi(q.length >= 2 ? `people:${q}` : null, async (signal) => {
    const res = await unwrap(
      api.GET('/api/v1/org/people', { params: { query: { q, limit: 20, status: 'active' } }, signal }),
    );
    onResolved(res.items);
    return res.items;
  });
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        Owner
      </label>
      <input
        id={id}
        name="owner"
        list={`${id}-people`}
        value={value}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
      <datalist id={`${id}-people`}>
        {(people.data ?? []).map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="field__hint">
        Type two letters of a name and pick the person; leave empty for nobody yet.
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Adds or edits a watch-list item. */
export function WatchItemForm({
  item,
  radar,
  onDone,
  onCancel,
}: {
  item?: WatchItemData;
  radar: RadarData | undefined;
  onDone: () => void;
  onCancel: () => void;
}) {
  const toast = useToast();
  const [known, setKnown] = useState<{ id: number; name: string }[]>(
    item?.ownerPersonId && item.ownerName ? [{ id: item.ownerPersonId, name: item.ownerName }] : [],
  );
  const form = useZodForm(Schema, {
    name: item?.name ?? '',
    category: item?.category ?? '',
    status: item?.status ?? 'watching',
    owner: item?.ownerName ?? '',
    notes: item?.notes ?? '',
    decision: item?.decision ?? '',
    decisionRef: item?.decisionRef ?? '',
    radarEntryKey: item?.radarEntryKey ?? '',
  });
  const { values, errors, set } = form;
  return (
    <form
      className="form"
      noValidate
      aria-label={item ? `Edit ${item.name}` : 'Add to the watch list'}
      onSubmit={form.handleSubmit(async (v) => {
        const owner = v.owner.trim()
          ? known.find((p) => p.name.toLowerCase() === v.owner.trim().toLowerCase())
          : null;
        if (owner === undefined)
          throw new Error(`Pick the owner from the list: nobody named “${v.owner.trim()}” was found.`);
        const body = {
          name: v.name,
          category: v.category,
          status: v.status,
          ownerPersonId: owner?.id ?? null,
          notes: v.notes,
          decision: v.decision,
          decisionRef: v.decisionRef || null,
          radarEntryKey: v.radarEntryKey || null,
        };
        if (item)
          await unwrap(
            api.PATCH('/api/v1/strategy/watch-list/{id}', { params: { path: { id: item.id } }, body }),
          );
        else await unwrap(api.POST('/api/v1/strategy/watch-list', { body }));
        toast(item ? `${v.name} saved` : `${v.name} is on the watch list`);
        onDone();
      })}
    >
      <FormError error={form.formError} />
      <TextField
        label="Technology"
        name="name"
        value={values.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
      />
      <TextField
        label="Category"
        name="category"
        value={values.category}
        onChange={(v) => set('category', v)}
        placeholder="AI tooling, Platforms…"
      />
      <SelectField
        label="Status"
        name="status"
        value={values.status}
        onChange={(v) => set('status', v as (typeof WATCH_STATUSES)[number]['value'])}
        options={WATCH_STATUSES}
      />
      <OwnerField
        value={values.owner}
        onChange={(v) => set('owner', v)}
        error={errors.owner}
        onResolved={(people) => setKnown((k) => [...k, ...people])}
      />
      <TextAreaField
        label="Assessment notes"
        name="notes"
        rows={6}
        value={values.notes}
        onChange={(v) => set('notes', v)}
        hint="Markdown: what was tried, what was found."
      />
      <TextAreaField
        label="Decision"
        name="decision"
        rows={2}
        value={values.decision}
        onChange={(v) => set('decision', v)}
      />
      <TextField
        label="Decision record"
        name="decisionRef"
        value={values.decisionRef}
        onChange={(v) => set('decisionRef', v)}
        error={errors.decisionRef}
        placeholder="ADR-0007"
      />
      <SelectField
        label="Radar entry"
        name="radarEntryKey"
        value={values.radarEntryKey}
        onChange={(v) => set('radarEntryKey', v)}
        error={errors.radarEntryKey}
        options={[
          { value: '', label: 'None' },
          ...(radar?.entries ?? [])
            .slice()
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((e) => ({ value: e.key, label: `${e.name} (${e.ring})` })),
        ]}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : item ? 'Save' : 'Add to the watch list'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
