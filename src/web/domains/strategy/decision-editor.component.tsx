import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { ProblemView } from '../../ui/problem/problem-view.component';
import {
  DECISION_STATUSES,
  type DecisionDetail,
  type DecisionStatus,
  splitNames,
  statusLook,
} from './decision-data';

interface Draft {
  title: string;
  status: DecisionStatus;
  date: string;
  deciders: string;
  consulted: string;
  informed: string;
  context: string;
  options: string;
  outcome: string;
  consequences: string;
  prosCons: string;
  serviceIds: number[];
  radar: string[];
  supersededBy: string;
}

function draftOf(d: DecisionDetail | null): Draft {
  return {
    title: d?.title ?? '',
    status: d?.status ?? 'proposed',
    date: d?.date ?? new Date().toISOString().slice(0, 10),
    deciders: d?.deciders.join(', ') ?? '',
    consulted: d?.consulted.join(', ') ?? '',
    informed: d?.informed.join(', ') ?? '',
    context: d?.sections.context ?? '',
    options: d?.sections.options ?? '',
    outcome: d?.sections.outcome ?? '',
    consequences: d?.sections.consequences ?? '',
    prosCons: d?.sections.prosCons ?? '',
    serviceIds: d?.services.map((s) => s.id) ?? [],
    radar: d?.radar.map((r) => r.key) ?? [],
    supersededBy: d?.supersededBy !== null && d?.supersededBy !== undefined ? String(d.supersededBy) : '',
  };
}

const SECTIONS: { key: keyof Draft; label: string; hint: string }[] = [
  {
    key: 'context',
    label: 'Context and problem statement',
    hint: 'What forces the decision, in two or three sentences.',
  },
  { key: 'options', label: 'Considered options', hint: 'One option per line, as a Markdown list.' },
  { key: 'outcome', label: 'Decision outcome', hint: 'Chosen option: "…", because …' },
  { key: 'consequences', label: 'Consequences', hint: '* Good, because … / * Bad, because …' },
  { key: 'prosCons', label: 'Pros and cons of the options', hint: 'Optional.' },
];

/**
 * Writes or edits a decision record. On an imported record only the fields you change are rewritten in
 * its MADR file; the rest of the file stays as it was.
 */
export function DecisionEditor({
  decision,
  onDone,
}: {
  decision: DecisionDetail | null;
  onDone?: () => void;
}) {
  const id = useId();
  const navigate = useNavigate();
  const [d, setD] = useState<Draft>(() => draftOf(decision));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const options = useApi('adrs:link-options', (signal) =>
    unwrap(api.GET('/api/v1/strategy/adrs/link-options', { signal })),
  );
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    const body = {
      title: d.title.trim(),
      status: d.status,
      date: d.date || null,
      deciders: splitNames(d.deciders),
      consulted: splitNames(d.consulted),
      informed: splitNames(d.informed),
      context: d.context,
      options: d.options,
      outcome: d.outcome,
      consequences: d.consequences,
      prosCons: d.prosCons,
      serviceIds: d.serviceIds,
      radar: d.radar,
      supersededBy: d.status === 'superseded' && d.supersededBy ? Number(d.supersededBy) : null,
    };
    try {
      const saved = decision
        ? await unwrap(
            api.PATCH('/api/v1/strategy/adrs/{number}', {
              params: { path: { number: decision.number } },
              body,
            }),
          )
        : await unwrap(api.POST('/api/v1/strategy/adrs', { body }));
      onDone?.();
      navigate(`/strategy/decisions/${saved.number}`);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="panel decision-editor" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{decision ? 'Edit this decision' : 'Record a decision'}</h2>
      {error ? <ProblemView error={error} heading="h3" /> : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>
          Title
        </label>
        <input
          id={`${id}-title`}
          type="text"
          required
          value={d.title}
          onChange={(e) => set('title', e.target.value)}
          placeholder="Use PostgreSQL for transactional data"
        />
      </div>
      <div className="decision-editor__grid">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            Status
          </label>
          <select
            id={`${id}-status`}
            value={d.status}
            onChange={(e) => set('status', e.target.value as DecisionStatus)}
          >
            {DECISION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLook(s).word}
              </option>
            ))}
          </select>
        </div>
        {d.status === 'superseded' ? (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-by`}>
              Superseded by record number
            </label>
            <input
              id={`${id}-by`}
              type="number"
              min={0}
              required
              value={d.supersededBy}
              onChange={(e) => set('supersededBy', e.target.value)}
            />
          </div>
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-date`}>
            Date
          </label>
          <input id={`${id}-date`} type="date" value={d.date} onChange={(e) => set('date', e.target.value)} />
        </div>
      </div>
      <div className="decision-editor__grid">
        {(['deciders', 'consulted', 'informed'] as const).map((k) => (
          <div className="field" key={k}>
            <label className="field__label" htmlFor={`${id}-${k}`}>
              {k === 'deciders' ? 'Decision-makers' : k === 'consulted' ? 'Consulted' : 'Informed'}
            </label>
            <input
              id={`${id}-${k}`}
              type="text"
              value={d[k]}
              onChange={(e) => set(k, e.target.value)}
              aria-describedby={`${id}-names`}
            />
          </div>
        ))}
      </div>
      <p className="field__hint" id={`${id}-names`}>
        Names separated by commas.
      </p>
      {SECTIONS.map((s) => (
        <div className="field" key={s.key}>
          <label className="field__label" htmlFor={`${id}-${s.key}`}>
            {s.label}
          </label>
          <textarea
            id={`${id}-${s.key}`}
            rows={s.key === 'prosCons' ? 4 : 5}
            value={d[s.key] as string}
            onChange={(e) => set(s.key, e.target.value)}
            aria-describedby={`${id}-${s.key}-hint`}
          />
          <p className="field__hint" id={`${id}-${s.key}-hint`}>
            {s.hint}
          </p>
        </div>
      ))}
      <div className="decision-editor__grid">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-services`}>
            Services it applies to
          </label>
          <select
            id={`${id}-services`}
            multiple
            size={6}
            value={d.serviceIds.map(String)}
            onChange={(e) =>
              set(
                'serviceIds',
                [...e.target.selectedOptions].map((o) => Number(o.value)),
              )
            }
          >
            {(options.data?.services ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-radar`}>
            Radar entries
          </label>
          <select
            id={`${id}-radar`}
            multiple
            size={6}
            value={d.radar}
            onChange={(e) =>
              set(
                'radar',
                [...e.target.selectedOptions].map((o) => o.value),
              )
            }
          >
            {(options.data?.radar ?? []).map((r) => (
              <option key={r.key} value={r.key}>
                {r.name} ({r.ring})
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="field__hint">Hold Ctrl (⌘ on a Mac) to pick several; Space selects with the keyboard.</p>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : decision ? 'Save changes' : 'Record the decision'}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => (onDone ? onDone() : navigate('/strategy/decisions'))}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
