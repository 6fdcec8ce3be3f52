import { useId } from 'react';
import { z } from 'zod';
import { api, unwrap } from '../../api/client';
import { FormError, SelectField, TextField } from '../../ui/form/fields.component';
import { useZodForm } from '../../ui/form/use-zod-form.hook';
import { useToast } from '../../ui/toast/toast.component';
import type { RadarData, RadarEntryData } from './radar.types';

const today = () => new Date().toISOString().slice(0, 10);

/** A labelled multi-line field (descriptions, notes). */
export function TextAreaField({
  label,
  hint,
  error,
  name,
  value,
  onChange,
  rows = 4,
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
  name: string;
  value: string;
  onChange: (v: string) => void;
  rows?: number;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
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
    </div>
  );
}

/** `Title | https://…` per line → links; lines without a URL are refused. */
export function parseLinks(text: string): { url: string; title: string }[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const bar = l.lastIndexOf('|');
      const url = (bar >= 0 ? l.slice(bar + 1) : l).trim();
      const title = (bar >= 0 ? l.slice(0, bar) : url).trim() || url;
      return { url, title };
    });
}

const linksText = (links: { url: string; title: string }[]) =>
  links.map((l) => (l.title && l.title !== l.url ? `${l.title} | ${l.url}` : l.url)).join('\n');

const EntrySchema = z.object({
  name: z.string().trim().min(1, 'Enter a name'),
  quadrantId: z.string().min(1, 'Choose a quadrant'),
  ringId: z.string(),
  date: z.string(),
  description: z.string(),
  url: z
    .string()
    .trim()
    .refine((v) => v === '' || /^https?:\/\//.test(v), 'Enter a web address (https://…) or leave it empty'),
  links: z
    .string()
    .refine(
      (v) => parseLinks(v).every((l) => /^https?:\/\//.test(l.url)),
      'Each line: a title, "|", and an https:// address',
    ),
  isNew: z.string(),
});

/** Adds an entry (with its ring and date) or edits one (its ring changes by a move). */
export function EntryForm({
  radar,
  entry,
  onDone,
  onCancel,
}: {
  radar: RadarData;
  entry?: RadarEntryData;
  onDone: (key: string) => void;
  onCancel: () => void;
}) {
  const toast = useToast();
  const form = useZodForm(EntrySchema, {
    name: entry?.name ?? '',
    quadrantId: String(entry?.quadrantId ?? radar.quadrants[0]?.id ?? ''),
    ringId: String(radar.rings.find((r) => r.stance === 'assess')?.id ?? radar.rings[0]?.id ?? ''),
    date: today(),
    description: entry?.description ?? '',
    url: entry?.url ?? '',
    links: linksText(entry?.links ?? []),
    isNew: entry ? String(entry.isNew) : 'true',
  });
  const { values, errors, set } = form;
  return (
    <form
      className="form"
      noValidate
      aria-label={entry ? `Edit ${entry.name}` : 'Add an entry'}
      onSubmit={form.handleSubmit(async (v) => {
        const common = {
          name: v.name,
          quadrantId: Number(v.quadrantId),
          description: v.description,
          url: v.url || null,
          links: parseLinks(v.links),
          isNew: v.isNew === 'true',
        };
        const saved = entry
          ? await unwrap(
              api.PATCH('/api/v1/strategy/radar/entries/{key}', {
                params: { path: { key: entry.key } },
                body: common,
              }),
            )
          : await unwrap(
              api.POST('/api/v1/strategy/radar/entries', {
                body: { ...common, ringId: Number(v.ringId), date: v.date || undefined },
              }),
            );
        toast(entry ? `${saved.name} saved` : `${saved.name} added to ${saved.ring}`);
        onDone(saved.key);
      })}
    >
      <FormError error={form.formError} />
      <TextField
        label="Name"
        name="name"
        value={values.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
      />
      <SelectField
        label="Quadrant"
        name="quadrantId"
        value={values.quadrantId}
        onChange={(v) => set('quadrantId', v)}
        error={errors.quadrantId}
        options={radar.quadrants.map((q) => ({ value: String(q.id), label: q.name }))}
      />
      {entry ? null : (
        <>
          <SelectField
            label="Ring"
            name="ringId"
            value={values.ringId}
            onChange={(v) => set('ringId', v)}
            error={errors.ringId}
            options={radar.rings.map((r) => ({ value: String(r.id), label: r.name }))}
          />
          <TextField
            label="Placed on"
            name="date"
            type="date"
            value={values.date}
            onChange={(v) => set('date', v)}
            error={errors.date}
          />
        </>
      )}
      <TextAreaField
        label="Description"
        name="description"
        value={values.description}
        onChange={(v) => set('description', v)}
        error={errors.description}
        hint="Why this ring: what teams should do with it."
      />
      <TextField
        label="Main page (optional)"
        name="url"
        value={values.url}
        onChange={(v) => set('url', v)}
        error={errors.url}
      />
      <TextAreaField
        label="Links (optional)"
        name="links"
        rows={3}
        value={values.links}
        onChange={(v) => set('links', v)}
        error={errors.links}
        hint="One per line: Title | https://…"
      />
      <SelectField
        label="Flag as new on the radar"
        name="isNew"
        value={values.isNew}
        onChange={(v) => set('isNew', v)}
        options={[
          { value: 'true', label: 'Yes, new' },
          { value: 'false', label: 'No' },
        ]}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : entry ? 'Save' : 'Add to the radar'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const MoveSchema = z.object({
  ringId: z.string().min(1, 'Choose a ring'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date'),
  note: z.string().trim().min(1, 'Say why it moves (the history keeps it)'),
});

/** Moves an entry to another ring on a date with a note. */
export function MoveForm({
  radar,
  entry,
  onDone,
}: {
  radar: RadarData;
  entry: RadarEntryData;
  onDone: () => void;
}) {
  const toast = useToast();
  const other = radar.rings.find((r) => r.id !== entry.ringId);
  const form = useZodForm(MoveSchema, { ringId: String(other?.id ?? ''), date: today(), note: '' });
  const { values, errors, set } = form;
  return (
    <form
      className="form"
      noValidate
      aria-label={`Move ${entry.name}`}
      onSubmit={form.handleSubmit(async (v) => {
        const moved = await unwrap(
          api.POST('/api/v1/strategy/radar/entries/{key}/moves', {
            params: { path: { key: entry.key } },
            body: { ringId: Number(v.ringId), date: v.date, note: v.note },
          }),
        );
        toast(`${moved.name} is in ${moved.ring}`);
        form.reset({ ringId: v.ringId, date: today(), note: '' });
        onDone();
      })}
    >
      <FormError error={form.formError} />
      <SelectField
        label="To ring"
        name="ringId"
        value={values.ringId}
        onChange={(v) => set('ringId', v)}
        error={errors.ringId}
        options={radar.rings.map((r) => ({
          value: String(r.id),
          label: r.id === entry.ringId ? `${r.name} (now)` : r.name,
        }))}
      />
      <TextField
        label="On"
        name="date"
        type="date"
        value={values.date}
        onChange={(v) => set('date', v)}
        error={errors.date}
      />
      <TextAreaField
        label="Note"
        name="note"
        rows={3}
        value={values.note}
        onChange={(v) => set('note', v)}
        error={errors.note}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Moving…' : 'Move'}
        </button>
      </div>
    </form>
  );
}
